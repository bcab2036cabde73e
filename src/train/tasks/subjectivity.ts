import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_FEATURES, type FeatureConfig, FeatureHasher } from '../../models/features.js';
import { loadLexicon } from '../../models/lexicon.js';
import { loadModel } from '../../models/model-file.js';
import { tokenEvidence } from '../../models/token-evidence.js';
import { TokenTagger } from '../../models/token-tagger.js';
import { tokensOf } from '../../models/tokens-of.js';
import type { TrainOptions } from '../../models/train-logistic.js';
import { opinionLabel, readBabeFolder } from '../datasets/babe-sentences.js';
import { readSubjectivityTsv } from '../datasets/checkthat-subjectivity.js';
import { pseudoLabel, type SelfTrainingOptions, unlabelledSentences } from '../self-training.js';
import { type BinaryExample, trainBinary } from '../train-binary.js';
import { binaryCard } from './model-card.js';
import type { TrainOutput, TrainTask } from './types.js';

export interface SubjectivityOptions {
  /** Add BABE's opinion labels (writer's opinion vs entirely factual) as training-only data. */
  babeOpinion: boolean;
  /** Self-training on unlabelled news sentences (PolNeAR train articles); null = off. */
  selfTraining?: SelfTrainingOptions | null;
  /** NB-scaled features (see trainBinary). */
  nb?: boolean;
  /** Stack the committed biased-word tagger (models/bias-words.json) as sentence features. */
  biasEvidence: boolean;
  features: FeatureConfig;
  train: TrainOptions;
}

export const SUBJECTIVITY_DEFAULTS: SubjectivityOptions = {
  babeOpinion: true,
  biasEvidence: false,
  features: { ...DEFAULT_FEATURES, bigrams: false },
  train: { l2: 1e-3, iterations: 150, learningRate: 0.05 },
};

function loadBiasTagger(): TokenTagger {
  const model = loadModel('bias-words');
  return new TokenTagger(model, new FeatureHasher(model.file.features, loadLexicon()));
}

function maskNonLetters(tokens: readonly string[], probs: Float64Array): Float64Array {
  for (let t = 0; t < tokens.length; t++) if (!/\p{L}/u.test(tokens[t]!)) probs[t] = 0;
  return probs;
}

export function trainSubjectivity(
  dataRoot: string,
  seed: number,
  log: (line: string) => void,
  options: SubjectivityOptions = SUBJECTIVITY_DEFAULTS,
): TrainOutput {
  const dir = join(dataRoot, 'checkthat-subjectivity', '2025');
  const train = readSubjectivityTsv(join(dir, 'train_en.tsv'));
  const dev = existsSync(join(dir, 'dev_en.tsv')) ? readSubjectivityTsv(join(dir, 'dev_en.tsv')) : [];
  const tagger = options.biasEvidence ? loadBiasTagger() : null;
  const evidence = (tokens: string[]) =>
    tagger ? tokenEvidence(maskNonLetters(tokens, tagger.probabilities(tokens)), 'bw:') : [];
  const toExample = (s: { text: string; label: string; group: string }, isDev: boolean) => ({
    tokens: tokensOf(s.text),
    extra: evidence(tokensOf(s.text)),
    label: (s.label === 'SUBJ' ? 1 : 0) as 0 | 1,
    group: `${isDev ? 'dev' : 'train'}:${s.group}`,
  });
  const examples: BinaryExample[] = [
    ...train.map((s) => toExample(s, false)),
    ...dev.map((s) => toExample(s, true)),
  ];
  const auxiliary: BinaryExample[] = [];
  if (options.babeOpinion && existsSync(join(dataRoot, 'babe'))) {
    for (const row of readBabeFolder(join(dataRoot, 'babe'))) {
      const label = opinionLabel(row);
      if (label !== null) {
        const tokens = tokensOf(row.text);
        auxiliary.push({ tokens, extra: evidence(tokens), label, group: `babe:${row.link}` });
      }
    }
  }
  if (options.selfTraining) {
    const unlabelled = unlabelledSentences(
      [join(dataRoot, 'polnear', 'data', 'train', 'text')],
      options.selfTraining.maxSentences,
    );
    // The labeller never sees the dev split, so dev scores stay honest.
    const labelled = [...examples.filter((e) => !e.group.startsWith('dev:')), ...auxiliary];
    const pseudo = pseudoLabel(
      labelled,
      unlabelled,
      options.features,
      loadLexicon(),
      options.train,
      options.selfTraining,
    );
    log(`  self-training: ${pseudo.length} pseudo-labelled of ${unlabelled.length} unlabelled sentences`);
    auxiliary.push(...pseudo);
  }
  log(
    `subjectivity: ${train.length} train + ${dev.length} dev CheckThat sentences, ${auxiliary.length} BABE opinion sentences`,
  );
  const { model, report } = trainBinary(
    examples,
    {
      name: 'subjectivity',
      labels: ['OBJ', 'SUBJ'],
      features: options.features,
      train: options.train,
      metric: 'macroF1',
      folds: 5,
      seed,
      nb: options.nb ?? false,
      isDev: (e) => e.group.startsWith('dev:'),
      auxiliary,
      data: [
        'checkthat-subjectivity/2025/train_en.tsv',
        'checkthat-subjectivity/2025/dev_en.tsv',
        ...(auxiliary.length ? ['babe (label_opinion)'] : []),
      ],
      log,
    },
    loadLexicon(),
  );
  const card = binaryCard({
    title: 'subjectivity — subjective vs objective sentences',
    task: 'subjectivity',
    data: `CLEF CheckThat! subjectivity, English (2024 Task 2 / 2025 Task 1): \`2025/train_en.tsv\` (${train.length}) and \`2025/dev_en.tsv\` (${dev.length}), SUBJ / OBJ.${auxiliary.length ? ` Training-only extra data: ${auxiliary.length} BABE sentences by \`label_opinion\` ("Expresses writer's opinion" → SUBJ, "Entirely factual" → OBJ; mixed dropped).` : ''}`,
    licence:
      'CheckThat! data: CC BY-NC-SA 4.0 (organisers). BABE: see the bias model card. Research / non-commercial use; only derived hashed weights are committed.',
    split:
      'CV: 5 folds over CheckThat train sentences (the files carry no article ids, so folds are by sentence). Dev: the official 2025 dev set (2024 dev + dev_test), never used for training the dev-scored model, threshold or calibration.',
    report,
    failures: [
      'Only ~1,300 CheckThat sentences: rare constructions of opinion (irony, rhetorical questions) are missed.',
      'Quoted opinions of sources are often labelled OBJ in CheckThat; the model cannot tell reporting from endorsing well.',
      'BABE opinion labels come from a different annotation scheme (US politics); they shift the threshold slightly towards SUBJ.',
    ],
  });
  return { models: [model], card, summary: { cvMacroF1: report.cv.macroF1, devMacroF1: report.dev.macroF1 } };
}

export const subjectivityTask: TrainTask = {
  name: 'subjectivity',
  description: 'subjective vs objective sentences (CheckThat! + BABE opinion labels)',
  run: ({ dataRoot, seed, log }) => trainSubjectivity(dataRoot, seed, log),
};
