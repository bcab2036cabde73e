import { DataFormatError } from '../../errors/index.js';
import { findColumn, parseDelimited, requireColumn } from './parse-delimited.js';
import { readDataFile } from './read-data-file.js';

/** One row of BABE / MBIC `final_labels_*.csv`. */
export interface BabeRow {
  text: string;
  /** "Biased", "Non-biased" or "No agreement". */
  labelBias: string;
  /** "Entirely factual", "Somewhat factual but also opinionated", "Expresses writer’s opinion", "No agreement". */
  labelOpinion: string;
  biasedWords: string[];
  link: string;
  outlet: string;
  topic: string;
  line: number;
}

const LIST_ITEM = /'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g;

/** Parses the Python-list cell `['word', "it's"]` into strings. */
export function parseWordList(cell: string, file: string, line: number): string[] {
  const trimmed = cell.trim();
  if (trimmed === '' || trimmed === '[]') return [];
  if (!trimmed.startsWith('[') || !trimmed.endsWith(']')) {
    throw new DataFormatError(
      'bad-word-list',
      `${file}:${line}: biased_words should be a list like ['word'], got ${trimmed.slice(0, 40)}`,
      {
        file,
        line,
      },
    );
  }
  const out: string[] = [];
  for (const m of trimmed.matchAll(LIST_ITEM)) out.push((m[1] ?? m[2] ?? '').replace(/\\(.)/g, '$1'));
  return out;
}

/**
 * Reads BABE / MBIC `final_labels_*.csv`: ';'-separated UTF-8 with BOM as published (a ','-separated
 * conversion is accepted too; the separator is taken from the header line).
 */
export function readBabe(path: string): BabeRow[] {
  const text = readDataFile(path);
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const sep = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows = parseDelimited(text, sep, true, path);
  const header = rows[0]?.fields;
  if (!header)
    throw new DataFormatError('empty', `${path}:1: empty file; expected a header row`, {
      file: path,
      line: 1,
    });
  const cText = requireColumn(header, ['text', 'sentence'], path);
  const cBias = requireColumn(header, ['label_bias'], path);
  const cOpinion = findColumn(header, ['label_opinion']);
  const cWords = findColumn(header, ['biased_words']);
  const cLink = findColumn(header, ['news_link']);
  const cOutlet = findColumn(header, ['outlet']);
  const cTopic = findColumn(header, ['topic']);
  const out: BabeRow[] = [];
  for (const row of rows.slice(1)) {
    if (row.fields.length !== header.length) {
      throw new DataFormatError(
        'field-count',
        `${path}:${row.line}: expected ${header.length} '${sep}'-separated fields, got ${row.fields.length}`,
        { file: path, line: row.line },
      );
    }
    const f = row.fields;
    out.push({
      text: f[cText]!,
      labelBias: f[cBias]!.trim(),
      labelOpinion: cOpinion >= 0 ? f[cOpinion]!.trim() : '',
      biasedWords: cWords >= 0 ? parseWordList(f[cWords]!, path, row.line) : [],
      link: cLink >= 0 ? f[cLink]! : '',
      outlet: cOutlet >= 0 ? f[cOutlet]! : '',
      topic: cTopic >= 0 ? f[cTopic]! : '',
      line: row.line,
    });
  }
  return out;
}
