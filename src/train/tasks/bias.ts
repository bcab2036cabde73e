import { join } from 'node:path';
import { DEFAULT_FEATURES } from '../../models/features.js';
import { loadLexicon } from '../../models/lexicon.js';
import { tokenEvidence } from '../../models/token-evidence.js';
import { tokensOf } from '../../models/tokens-of.js';
import { biasLabel, readBabeFolder } from '../datasets/babe-sentences.js';
import { foldOf } from '../splits.js';
import { type BinaryExample, trainBinary } from '../train-binary.js';
import { type TaggedSentence, trainTokenTagger } from '../train-token-tagger.js';
import { labelAnnotatedWords, tokenPrf, wordMask } from '../word-labels.js';
import { binaryCard } from './model-card.js';
import type { TrainTask } from './types.js';

/** Topics held out as the dev split: those whose hash falls in fold 0 of 5. */
const isDevTopic = (topic: string, seed: number) => foldOf(topic, 5, seed + 7) === 0;

export const biasTask: TrainTask = {
  name: 'bias',
  description: 'biased vs neutral sentences (BABE) with a biased-word tagger (BABE biased_words)',
  run({ dataRoot, seed, log }) {
    const lexicon = loadLexicon();
    const rows = readBabeFolder(join(dataRoot, 'babe')).filter((r) => biasLabel(r) !== null);
    log(`bias: ${rows.length} labelled BABE/MBIC sentences`);
    const topicOf = new Map<string, string>();
    const tagged: TaggedSentence[] = rows.map((r) => {
      const tokens = tokensOf(r.text);
      const group = r.link || r.text;
      topicOf.set(group, r.topic);
      return { tokens, labels: labelAnnotatedWords(tokens, r.biasedWords), use: wordMask(tokens), group };
    });
    const isDevGroup = (g: string) => isDevTopic(topicOf.get(g) ?? '', seed);
    const tagger = trainTokenTagger(
      tagged,
      {
        name: 'bias-words',
        features: DEFAULT_FEATURES,
        train: { l2: 1e-4, iterations: 100, learningRate: 0.05 },
        folds: 5,
        seed,
        isDev: (s) => isDevGroup(s.group),
        data: ['babe/final_labels_SG2.csv', 'babe/final_labels_SG1.csv', 'babe/final_labels_MBIC.csv'],
        log,
      },
      lexicon,
    );
    // Word-level scores of the held-out tagger output, threshold tuned on the non-dev part.
    const dev = tagged.map((s) => isDevGroup(s.group));
    const pick = (want: boolean) => tagged.map((_, i) => i).filter((i) => dev[i] === want);
    const prfAt = (idx: number[], th: number) =>
      tokenPrf(
        idx.map((i) => tagged[i]!.labels),
        idx.map((i) => tagger.heldOut[i]!.map((p) => (p >= th ? 1 : 0))),
        idx.map((i) => tagged[i]!.use),
      );
    let wordThreshold = 0.2;
    let best = -1;
    for (let th = 0.1; th <= 0.5001; th += 0.025) {
      const f = prfAt(pick(false), th).f1;
      if (f > best) {
        best = f;
        wordThreshold = Math.round(th * 1000) / 1000;
      }
    }
    tagger.model.threshold = wordThreshold;
    const wordCv = prfAt(pick(false), wordThreshold);
    const wordDev = prfAt(pick(true), wordThreshold);
    tagger.model.training.metrics = { cv: wordCv, dev: wordDev, threshold: wordThreshold };
    log(`  biased words: cv F1 ${wordCv.f1.toFixed(3)}, dev F1 ${wordDev.f1.toFixed(3)} at ${wordThreshold}`);

    const examples: BinaryExample[] = rows.map((r, i) => ({
      tokens: tagged[i]!.tokens,
      extra: tokenEvidence(tagger.heldOut[i]!, 'bw:'),
      label: biasLabel(r)!,
      group: tagged[i]!.group,
    }));
    const { model, report } = trainBinary(
      examples,
      {
        name: 'bias',
        labels: ['Non-biased', 'Biased'],
        features: DEFAULT_FEATURES,
        train: { l2: 3e-3, iterations: 150, learningRate: 0.05 },
        metric: 'macroF1',
        folds: 5,
        seed,
        isDev: (e) => isDevGroup(e.group),
        data: ['babe/final_labels_SG2.csv (+ SG1, MBIC rows not in SG2)'],
        log,
      },
      lexicon,
    );
    const card = binaryCard({
      title: 'bias — biased vs neutral sentences',
      task: 'bias',
      data: `BABE (Spinde et al., EMNLP Findings 2021): \`final_labels_SG2.csv\`, plus \`final_labels_SG1.csv\` and \`final_labels_MBIC.csv\` rows whose text is not in SG2 (none in the shared copy): ${rows.length} sentences labelled Biased / Non-biased ("No agreement" dropped). Biased-word tagger trained on the \`biased_words\` column.`,
      licence:
        'BABE repository: AGPL-3.0; BABE data releases reportedly CC BY-NC-SA 4.0; sentences quoted from copyrighted news. Research / non-commercial use. Only derived hashed weights are committed, no text.',
      split: `grouped 5-fold CV by article (news_link) on the non-dev part; dev = the topics hashed into fold 0 (${report.dev.groups} articles, ${report.dev.n} sentences), never seen in training.`,
      report,
      extra: [
        '## Biased-word tagger (`models/bias-words.json`)',
        '',
        'Per-token logistic regression (word, character n-grams, lexicon groups, words at ±1, ±2) trained on BABE `biased_words`. Its out-of-fold output feeds the sentence model (stacking: buckets of the highest token probability and of the count of tokens above 0.25) and gives the word-level explanations shown as findings.',
        '',
        '| split | token precision | token recall | token F1 |',
        '|---|---|---|---|',
        `| CV (non-dev, out-of-fold) | ${wordCv.precision.toFixed(3)} | ${wordCv.recall.toFixed(3)} | ${wordCv.f1.toFixed(3)} |`,
        `| dev topics | ${wordDev.precision.toFixed(3)} | ${wordDev.recall.toFixed(3)} | ${wordDev.f1.toFixed(3)} |`,
        '',
        `Threshold ${wordThreshold} (tuned on out-of-fold non-dev tokens). Anchor: MBIC word-level F1 0.43 (Spinde et al., iConference 2021).`,
      ],
      failures: [
        'Trained on ~3,000 sentences about US politics (2017–2020 topics): vocabulary outside those topics is weakly covered.',
        'Quoted speech is labelled as the sentence is: a neutral report of a loaded quote can be scored biased.',
        'Word-level: tags single words; multi-word phrases come out as adjacent words; frequent partisan nouns (e.g. party names) can be tagged by association.',
      ],
    });
    return {
      models: [tagger.model, model],
      card,
      summary: {
        cvMacroF1: report.cv.macroF1,
        devMacroF1: report.dev.macroF1,
        wordCvF1: wordCv.f1,
        wordDevF1: wordDev.f1,
      },
    };
  },
};
