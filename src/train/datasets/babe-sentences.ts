import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NotFoundError } from '../../errors/index.js';
import { type BabeRow, readBabe } from '../readers/read-babe.js';

/** BABE SG2 first, then SG1 and MBIC rows whose text is not already in; text-deduplicated. */
export function readBabeFolder(dir: string): BabeRow[] {
  const files = ['final_labels_SG2.csv', 'final_labels_SG1.csv', 'final_labels_MBIC.csv']
    .map((f) => join(dir, f))
    .filter((p) => existsSync(p));
  if (files.length === 0) {
    throw new NotFoundError('data-missing', `${dir}: no final_labels_SG2.csv / SG1 / MBIC files found`, {
      path: dir,
    });
  }
  const seen = new Set<string>();
  const out: BabeRow[] = [];
  for (const file of files) {
    for (const row of readBabe(file)) {
      const key = normalizeSentence(row.text);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(row);
    }
  }
  return out;
}

export function normalizeSentence(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Bias label as 1 (Biased) / 0 (Non-biased) / null (no agreement or other). */
export function biasLabel(row: BabeRow): 0 | 1 | null {
  if (row.labelBias === 'Biased') return 1;
  if (row.labelBias === 'Non-biased') return 0;
  return null;
}

/** Opinion label as subjectivity: writer's opinion → 1, entirely factual → 0, mixed or unclear → null. */
export function opinionLabel(row: BabeRow): 0 | 1 | null {
  if (row.labelOpinion === 'Entirely factual') return 0;
  if (row.labelOpinion.startsWith('Expresses writer')) return 1;
  return null;
}
