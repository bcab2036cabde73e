import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DataFormatError, NotFoundError } from '../errors/index.js';
import { normalizeSentence } from '../train/datasets/babe-sentences.js';
import { readSubjectivityTsv } from '../train/datasets/checkthat-subjectivity.js';
import { readCheckworthy } from '../train/datasets/checkworthy-data.js';
import { type BabeRow, readBabe } from '../train/readers/read-babe.js';
import type { LabelledSentence } from '../train/readers/types.js';

/** Files of a data path: the file itself, or the files in the folder whose names match. */
export function dataFiles(path: string, match: RegExp, expected: string): string[] {
  if (!existsSync(path)) throw new NotFoundError('data-missing', `data path ${path} not found`, { path });
  if (!statSync(path).isDirectory()) return [path];
  const files = readdirSync(path)
    .filter((f) => match.test(f))
    .sort()
    .map((f) => join(path, f));
  if (files.length === 0)
    throw new DataFormatError('no-data-files', `${path}: no ${expected} files in this folder`, {
      file: path,
    });
  return files;
}

/** BABE / MBIC rows from a `final_labels_*.csv` file or a folder of them (SG2 first, text-deduplicated). */
export function readBabeData(path: string): BabeRow[] {
  const files = dataFiles(path, /^final_labels_.*\.csv$/, 'final_labels_*.csv').sort(
    (a, b) => Number(!a.endsWith('SG2.csv')) - Number(!b.endsWith('SG2.csv')) || a.localeCompare(b),
  );
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

/** CheckThat! subjectivity sentences from a `*.tsv` file or a folder of them. */
export function readSubjectivityData(path: string): LabelledSentence[] {
  return dataFiles(path, /\.tsv$/, 'CheckThat *.tsv').flatMap((f) => readSubjectivityTsv(f));
}

/** Check-worthiness sentences from a ClaimBuster `*.json`, a CheckThat CSV/TSV, or a folder of them. */
export function readCheckworthyData(path: string): LabelledSentence[] {
  return dataFiles(path, /\.(json|tsv|csv)$/, 'ClaimBuster *.json or CheckThat *.tsv/*.csv').flatMap((f) =>
    readCheckworthy(f),
  );
}
