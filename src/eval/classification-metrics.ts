import type { ClassificationResult, ClassMetrics } from './types.js';

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

/**
 * Precision, recall and F1 per class, macro-F1 and the confusion matrix (confusion[gold][predicted]).
 * `labels` fixes the class order; gold or predicted labels outside it are an error in the caller.
 */
export function classificationResult(
  task: string,
  labels: readonly string[],
  gold: readonly string[],
  predicted: readonly string[],
): ClassificationResult {
  const confusion: Record<string, Record<string, number>> = {};
  for (const g of labels) {
    confusion[g] = {};
    for (const p of labels) confusion[g]![p] = 0;
  }
  for (let i = 0; i < gold.length; i++) {
    const row = confusion[gold[i]!];
    if (row && predicted[i]! in row) row[predicted[i]!]!++;
  }
  const classes: Record<string, ClassMetrics> = {};
  let sumF1 = 0;
  for (const label of labels) {
    const tp = confusion[label]![label]!;
    let support = 0;
    let predictedCount = 0;
    for (const other of labels) {
      support += confusion[label]![other]!;
      predictedCount += confusion[other]![label]!;
    }
    const precision = ratio(tp, predictedCount);
    const recall = ratio(tp, support);
    const f1 = ratio(2 * precision * recall, precision + recall);
    classes[label] = { precision, recall, f1, support };
    sumF1 += f1;
  }
  return { task, n: gold.length, macroF1: ratio(sumF1, labels.length), classes, confusion };
}

/** Share of items whose predicted label equals the gold one (= micro-F1 for single-label tasks). */
export function accuracy(gold: readonly string[], predicted: readonly string[]): number {
  let hit = 0;
  for (let i = 0; i < gold.length; i++) if (gold[i] === predicted[i]) hit++;
  return ratio(hit, gold.length);
}

/** F1 of one class from binary gold/predicted flags. */
export function binaryF1(gold: ArrayLike<number>, predicted: ArrayLike<number>): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < gold.length; i++) {
    if (predicted[i] && gold[i]) tp++;
    else if (predicted[i]) fp++;
    else if (gold[i]) fn++;
  }
  return ratio(2 * tp, 2 * tp + fp + fn);
}

/** Macro-F1 of a binary task from 0/1 gold and predicted flags. */
export function binaryMacroF1(gold: ArrayLike<number>, predicted: ArrayLike<number>): number {
  const inv = (a: ArrayLike<number>) => Array.from({ length: a.length }, (_, i) => (a[i] ? 0 : 1));
  return (binaryF1(gold, predicted) + binaryF1(inv(gold), inv(predicted))) / 2;
}
