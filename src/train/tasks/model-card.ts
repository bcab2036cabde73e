import type { BinaryTrainReport } from '../train-binary.js';

const f = (v: number) => v.toFixed(3);

/** Markdown model card of a binary sentence classifier. */
export function binaryCard(input: {
  title: string;
  task: string;
  data: string;
  licence: string;
  split: string;
  report: BinaryTrainReport;
  extra?: string[];
  failures: string[];
}): string {
  const { report } = input;
  return [
    `# Model card: ${input.title}`,
    '',
    `File: \`models/${input.task}.json\` (schema \`unspin/model@1\`). Reproduce with \`unspin train ${input.task}\` (deterministic, seeded).`,
    '',
    '## Model',
    '',
    'Logistic regression (L2, full-batch Adam) on hashed features: word unigrams and bigrams, character 3–5-grams, curated lexicon groups (`rules/classifiers/en/lexicons.yml`), sentence length, quote and number flags. Weights are int16-quantised. Scores are Platt-calibrated on out-of-fold predictions; the decision threshold is tuned on the same out-of-fold predictions.',
    '',
    '## Data',
    '',
    input.data,
    '',
    `Licence: ${input.licence}`,
    '',
    '## Metrics',
    '',
    `Split: ${input.split}`,
    '',
    '| split | n | macro-F1 | F1 (positive class) | F1 (positive, classes reweighted 1:1) | accuracy |',
    '|---|---|---|---|---|---|',
    `| cross-validation (out-of-fold) | ${report.cv.n} | ${f(report.cv.macroF1)} | ${f(report.cv.positiveF1)} | ${f(report.cv.balancedPositiveF1)} | ${f(report.cv.accuracy)} |`,
    `| held-out dev | ${report.dev.n} | ${f(report.dev.macroF1)} | ${f(report.dev.positiveF1)} | ${f(report.dev.balancedPositiveF1)} | ${f(report.dev.accuracy)} |`,
    '',
    `Threshold on the calibrated probability: ${report.threshold}. Platt: a = ${f(report.platt.a)}, b = ${f(report.platt.b)}.`,
    '',
    ...(input.extra ? [...input.extra, ''] : []),
    '## Known failure modes',
    '',
    ...input.failures.map((x) => `- ${x}`),
    '',
  ].join('\n');
}
