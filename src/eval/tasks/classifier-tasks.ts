import { sharedClassifiers } from '../../analyze/classifiers/sentence-classifiers.js';
import { NotFoundError } from '../../errors/index.js';
import type { LinearClassifier } from '../../models/linear-classifier.js';
import { tokensOf } from '../../models/tokens-of.js';
import { biasLabel } from '../../train/datasets/babe-sentences.js';
import { labelAnnotatedWords, tokenPrf, wordMask } from '../../train/word-labels.js';
import { classificationResult } from '../classification-metrics.js';
import { readBabeData, readCheckworthyData, readSubjectivityData } from '../classifier-data.js';
import type { ClassificationResult, EvalTask, SpanResult } from '../types.js';

function need<T>(model: T | null, name: string): T {
  if (!model)
    throw new NotFoundError(
      'model-missing',
      `model ${name} not found in models/; run \`unspin train ${name}\``,
    );
  return model;
}

function predictLabels(
  model: LinearClassifier,
  texts: readonly string[],
  score: (tokens: string[]) => number,
) {
  const [neg, pos] = model.labels as [string, string];
  return texts.map((t) => (score(tokensOf(t)) >= model.threshold ? pos : neg));
}

export const biasTask = {
  name: 'bias',
  description: 'bias classifier vs BABE/MBIC label_bias (final_labels_*.csv or a folder of them)',
  async run(dataPath: string): Promise<ClassificationResult> {
    const models = sharedClassifiers();
    const model = need(models.bias, 'bias');
    const rows = readBabeData(dataPath).filter((r) => biasLabel(r) !== null);
    const predicted = predictLabels(
      model,
      rows.map((r) => r.text),
      (tokens) => models.score(tokens).bias ?? 0,
    );
    return classificationResult(
      'bias',
      model.labels,
      rows.map((r) => r.labelBias),
      predicted,
    );
  },
} satisfies EvalTask;

export const biasWordsTask = {
  name: 'bias-words',
  description: 'bias explanations (tagged words) vs BABE biased_words: token precision/recall/F1',
  async run(dataPath: string): Promise<SpanResult> {
    const models = sharedClassifiers();
    const tagger = need(models.biasWords, 'bias');
    const rows = readBabeData(dataPath).filter((r) => biasLabel(r) !== null);
    const tokens = rows.map((r) => tokensOf(r.text));
    const gold = rows.map((r, i) => labelAnnotatedWords(tokens[i]!, r.biasedWords));
    const use = tokens.map((t) => wordMask(t));
    const predicted = tokens.map((t) =>
      Array.from(tagger.probabilities(t), (p) => (p >= models.biasWordThreshold ? 1 : 0)),
    );
    const prf = tokenPrf(gold, predicted, use);
    return { task: 'bias-words', ...prf, sentences: rows.length };
  },
} satisfies EvalTask;

export const subjectivityTask = {
  name: 'subjectivity',
  description: 'subjectivity classifier vs CheckThat! SUBJ/OBJ (*.tsv or a folder of them)',
  async run(dataPath: string): Promise<ClassificationResult> {
    const models = sharedClassifiers();
    const model = need(models.subjectivity, 'subjectivity');
    const rows = readSubjectivityData(dataPath);
    const predicted = predictLabels(
      model,
      rows.map((r) => r.text),
      (tokens) => model.probability(tokens),
    );
    return classificationResult(
      'subjectivity',
      ['SUBJ', 'OBJ'],
      rows.map((r) => r.label),
      predicted,
    );
  },
} satisfies EvalTask;

export const checkworthyTask = {
  name: 'checkworthy',
  description:
    'check-worthiness classifier vs ClaimBuster *.json or CheckThat check-worthiness *.tsv/*.csv (1/0)',
  async run(dataPath: string): Promise<ClassificationResult> {
    const models = sharedClassifiers();
    const model = need(models.checkworthy, 'checkworthy');
    const rows = readCheckworthyData(dataPath);
    const predicted = predictLabels(
      model,
      rows.map((r) => r.text),
      (tokens) => model.probability(tokens),
    );
    return classificationResult(
      'checkworthy',
      ['1', '0'],
      rows.map((r) => r.label),
      predicted,
    );
  },
} satisfies EvalTask;
