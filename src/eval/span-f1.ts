/** A predicted or gold span in one document, with an optional technique label. */
export interface ScoredSpan {
  doc: string;
  start: number;
  end: number;
  label?: string | null;
}

/** Merges overlapping spans of the same document (and label, when `byLabel`), as the official scorer does. */
export function mergeSpans(spans: readonly ScoredSpan[], byLabel: boolean): ScoredSpan[] {
  const sorted = [...spans].sort(
    (a, b) =>
      a.doc.localeCompare(b.doc) ||
      (byLabel ? String(a.label).localeCompare(String(b.label)) : 0) ||
      a.start - b.start ||
      a.end - b.end,
  );
  const out: ScoredSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && last.doc === s.doc && (!byLabel || last.label === s.label) && s.start <= last.end) {
      last.end = Math.max(last.end, s.end);
    } else {
      out.push({ ...s });
    }
  }
  return out;
}

/**
 * SemEval-2020 Task 11 span F1 (Da San Martino et al. 2019, 2020): partial overlaps count, normalised by
 * span length. With S predicted and T gold spans and C(s, t, h) = |s ∩ t| / h (0 unless labels match
 * when `byLabel`):  P = Σ C(s, t, |s|) / |S|,  R = Σ C(s, t, |t|) / |T|,  F1 = 2PR / (P + R).
 */
export function spanF1(
  predicted: readonly ScoredSpan[],
  gold: readonly ScoredSpan[],
  byLabel = false,
): { precision: number; recall: number; f1: number } {
  const S = mergeSpans(predicted, byLabel);
  const T = mergeSpans(gold, byLabel);
  const byDoc = new Map<string, ScoredSpan[]>();
  for (const t of T) {
    const list = byDoc.get(t.doc);
    if (list) list.push(t);
    else byDoc.set(t.doc, [t]);
  }
  let p = 0;
  let r = 0;
  for (const s of S) {
    for (const t of byDoc.get(s.doc) ?? []) {
      if (byLabel && s.label !== t.label) continue;
      const overlap = Math.min(s.end, t.end) - Math.max(s.start, t.start);
      if (overlap <= 0) continue;
      p += overlap / (s.end - s.start);
      r += overlap / (t.end - t.start);
    }
  }
  const precision = S.length === 0 ? 0 : p / S.length;
  const recall = T.length === 0 ? 0 : r / T.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
