import { describe, expect, it } from 'vitest';
import { accuracy, binaryF1, binaryMacroF1, classificationResult } from './classification-metrics.js';
import { spanF1 } from './span-f1.js';

describe('classificationResult', () => {
  // gold:      A A A A B B C
  // predicted: A A B C B A C
  // confusion (rows gold): A: A2 B1 C1 | B: A1 B1 C0 | C: A0 B0 C1
  const gold = ['A', 'A', 'A', 'A', 'B', 'B', 'C'];
  const pred = ['A', 'A', 'B', 'C', 'B', 'A', 'C'];
  const r = classificationResult('t', ['A', 'B', 'C'], gold, pred);

  it('builds the confusion matrix', () => {
    expect(r.confusion).toEqual({
      A: { A: 2, B: 1, C: 1 },
      B: { A: 1, B: 1, C: 0 },
      C: { A: 0, B: 0, C: 1 },
    });
    expect(r.n).toBe(7);
  });

  it('computes per-class precision, recall, F1 by hand', () => {
    // A: P 2/3, R 2/4 → F1 4/7. B: P 1/2, R 1/2 → 1/2. C: P 1/2, R 1 → 2/3.
    expect(r.classes.A!.precision).toBeCloseTo(2 / 3, 12);
    expect(r.classes.A!.recall).toBe(0.5);
    expect(r.classes.A!.f1).toBeCloseTo(4 / 7, 12);
    expect(r.classes.A!.support).toBe(4);
    expect(r.classes.B!.f1).toBeCloseTo(0.5, 12);
    expect(r.classes.C!.f1).toBeCloseTo(2 / 3, 12);
    expect(r.macroF1).toBeCloseTo((4 / 7 + 0.5 + 2 / 3) / 3, 12);
    expect(accuracy(gold, pred)).toBeCloseTo(4 / 7, 12);
  });

  it('gives 0 rather than NaN for a class never predicted', () => {
    const z = classificationResult('t', ['x', 'y'], ['x', 'y'], ['x', 'x']);
    expect(z.classes.y).toEqual({ precision: 0, recall: 0, f1: 0, support: 1 });
  });

  it('binary helpers agree with the general table', () => {
    const g = [1, 1, 0, 0, 1];
    const p = [1, 0, 0, 1, 1];
    // positive: tp 2, fp 1, fn 1 → F1 4/6; negative: tp 1, fp 1, fn 1 → 1/2
    expect(binaryF1(g, p)).toBeCloseTo(2 / 3, 12);
    expect(binaryMacroF1(g, p)).toBeCloseTo((2 / 3 + 0.5) / 2, 12);
  });
});

describe('spanF1 (SemEval-2020 Task 11)', () => {
  it('gives partial credit normalised by span lengths', () => {
    // gold [0,10) and [20,30); predicted [5,15) overlaps gold 1 by 5.
    const r = spanF1(
      [{ doc: 'a', start: 5, end: 15 }],
      [
        { doc: 'a', start: 0, end: 10 },
        { doc: 'a', start: 20, end: 30 },
      ],
    );
    expect(r.precision).toBeCloseTo(0.5, 12); // 5/10 over 1 predicted span
    expect(r.recall).toBeCloseTo(0.25, 12); // 5/10 over 2 gold spans
    expect(r.f1).toBeCloseTo(1 / 3, 12);
  });

  it('merges overlapping spans and keeps documents apart', () => {
    const r = spanF1(
      [
        { doc: 'a', start: 0, end: 6 },
        { doc: 'a', start: 4, end: 10 },
        { doc: 'b', start: 0, end: 10 },
      ],
      [{ doc: 'a', start: 0, end: 10 }],
    );
    // predicted merge to a[0,10) and b[0,10): P = (1 + 0)/2, R = 1
    expect(r.precision).toBeCloseTo(0.5, 12);
    expect(r.recall).toBeCloseTo(1, 12);
  });

  it('counts only matching labels when asked', () => {
    const r = spanF1(
      [{ doc: 'a', start: 0, end: 10, label: 'X' }],
      [{ doc: 'a', start: 0, end: 10, label: 'Y' }],
      true,
    );
    expect(r.f1).toBe(0);
  });
});
