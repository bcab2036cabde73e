import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DataFormatError, NotFoundError } from '../../errors/index.js';
import { csvRows } from '../../ingest/batch/read-csv.js';

/** One labelled sentence of BABE / MBIC `final_labels_*.csv`. */
export interface BabeLabel {
  text: string;
  /** "Biased", "Non-biased" or "No agreement". */
  label: string;
  /** Words the annotators marked as biased, lower-cased. */
  biasedWords: string[];
  outlet: string;
  line: number;
}

/** The file read when the data path is a folder: BABE's expert-labelled set. */
export const BABE_DEFAULT_FILE = 'final_labels_SG2.csv';

const LIST_ITEM = /'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g;

function parseWordList(cell: string): string[] {
  return [...cell.matchAll(LIST_ITEM)].map((m) => (m[1] ?? m[2] ?? '').replace(/\\(.)/g, '$1').toLowerCase());
}

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}

/**
 * Reads BABE `final_labels_*.csv` as published (';'-separated, UTF-8 with BOM; a ','-separated
 * conversion works too). `path` is the CSV file or the folder holding `final_labels_SG2.csv`.
 */
export async function readBabeLabels(path: string): Promise<BabeLabel[]> {
  if (!existsSync(path)) throw new NotFoundError('not-found', `${path}: no such file or folder`, { path });
  const file = statSync(path).isDirectory() ? join(path, BABE_DEFAULT_FILE) : path;
  if (!existsSync(file))
    throw new NotFoundError('not-found', `${path}: no ${BABE_DEFAULT_FILE} in this folder`, { path });
  const text = readFileSync(file, 'utf8').replace(/^\ufeff/, '');
  const firstLine = text.slice(0, Math.max(0, text.indexOf('\n')));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const out: BabeLabel[] = [];
  let header: string[] | null = null;
  let cText = -1;
  let cLabel = -1;
  let cWords = -1;
  let cOutlet = -1;
  for await (const { fields, line } of csvRows(once(text), delimiter)) {
    if (!header) {
      header = fields.map((f) => f.trim().toLowerCase());
      cText = header.indexOf('text');
      cLabel = header.indexOf('label_bias');
      cWords = header.indexOf('biased_words');
      cOutlet = header.indexOf('outlet');
      if (cText < 0 || cLabel < 0) {
        throw new DataFormatError('bad-header', `${file}:1: expected "text" and "label_bias" columns`, {
          file,
        });
      }
      continue;
    }
    if (fields.length === 1 && !fields[0]?.trim()) continue;
    const textField = fields[cText];
    const label = fields[cLabel];
    if (textField === undefined || label === undefined) {
      throw new DataFormatError('field-count', `${file}:${line}: expected ${header.length} fields`, {
        file,
        line,
      });
    }
    out.push({
      text: textField,
      label: label.trim(),
      biasedWords: cWords >= 0 ? parseWordList(fields[cWords] ?? '') : [],
      outlet: cOutlet >= 0 ? (fields[cOutlet] ?? '').trim() : '',
      line,
    });
  }
  return out;
}
