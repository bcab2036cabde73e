import { sharedClassifiers } from '../../analyze/classifiers/sentence-classifiers.js';
import { NotFoundError } from '../../errors/index.js';
import { lineAround } from '../../models/technique-features.js';
import { createDocument } from '../../segment/create-document.js';
import { PTC_TECHNIQUES, readPtc } from '../../train/readers/read-ptc.js';
import { accuracy, classificationResult } from '../classification-metrics.js';
import { type ScoredSpan, spanF1 } from '../span-f1.js';
import type { ClassificationResult, EvalTask, SpanResult } from '../types.js';

function detector() {
  const { propaganda } = sharedClassifiers();
  if (!propaganda.available) {
    throw new NotFoundError(
      'model-missing',
      'propaganda models not found in models/; run `unspin train propaganda`',
    );
  }
  return propaganda;
}

export const propagandaSpansTask = {
  name: 'propaganda-spans',
  description: 'propaganda span identification vs a PTC folder (SemEval-2020 Task 11 SI span F1)',
  async run(dataPath: string): Promise<SpanResult> {
    const model = detector();
    const articles = readPtc(dataPath);
    const predicted: ScoredSpan[] = [];
    const gold: ScoredSpan[] = [];
    let labelled = 0;
    for (const a of articles) {
      const spans = a.siSpans ?? a.tcSpans;
      if (!spans) continue;
      labelled++;
      for (const s of spans) gold.push({ doc: a.id, start: s.start, end: s.end });
      for (const s of model.detect(createDocument(a.text), Number.POSITIVE_INFINITY).spans)
        predicted.push({ doc: a.id, start: s.start, end: s.end });
    }
    if (labelled === 0) {
      throw new NotFoundError(
        'no-labels',
        `${dataPath}: no <split>-labels-task1-span-identification or task2 label folders`,
      );
    }
    return {
      task: 'propaganda-spans',
      ...spanF1(predicted, gold),
      articles: labelled,
      predictedSpans: predicted.length,
      goldSpans: gold.length,
    };
  },
} satisfies EvalTask;

export const propagandaTechniquesTask = {
  name: 'propaganda-techniques',
  description:
    'technique of each gold span vs a PTC folder with task-2 labels (micro-F1 = accuracy over spans)',
  async run(dataPath: string): Promise<ClassificationResult & { microF1: number }> {
    const model = detector();
    const gold: string[] = [];
    const predicted: string[] = [];
    for (const a of readPtc(dataPath)) {
      const lower = a.text.toLowerCase();
      for (const s of a.tcSpans ?? []) {
        const line = lineAround(a.text, s.start, s.end);
        gold.push(s.technique!);
        predicted.push(model.classify(a.text, lower, s.start, s.end, line.start, line.end).technique);
      }
    }
    if (gold.length === 0) {
      throw new NotFoundError(
        'no-labels',
        `${dataPath}: no <split>-labels-task2-technique-classification spans`,
      );
    }
    const result = classificationResult('propaganda-techniques', [...PTC_TECHNIQUES], gold, predicted);
    return { ...result, microF1: accuracy(gold, predicted) };
  },
} satisfies EvalTask;
