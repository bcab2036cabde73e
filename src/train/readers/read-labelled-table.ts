import { DataFormatError } from '../../errors/index.js';
import { findColumn, parseDelimited, requireColumn } from './parse-delimited.js';
import { readDataFile } from './read-data-file.js';
import type { LabelledSentence } from './types.js';

export interface TableSpec {
  textColumns: readonly string[];
  labelColumns: readonly string[];
  groupColumns?: readonly string[];
  /** Maps a raw label to the task's label; return null to reject it. */
  mapLabel: (raw: string) => string | null;
  expectedLabels: string;
}

/**
 * Reads a TSV (unquoted, CheckThat style) or CSV (quoted) file with text and label columns in any order.
 * Unknown labels and short rows are DataFormatErrors naming the file and line.
 */
export function readLabelledTable(path: string, spec: TableSpec): LabelledSentence[] {
  const text = readDataFile(path);
  const tsv = !path.toLowerCase().endsWith('.csv');
  const rows = parseDelimited(text, tsv ? '\t' : ',', !tsv, path);
  const header = rows[0]?.fields;
  if (!header)
    throw new DataFormatError('empty', `${path}:1: empty file; expected a header row`, {
      file: path,
      line: 1,
    });
  const cText = requireColumn(header, spec.textColumns, path);
  const cLabel = requireColumn(header, spec.labelColumns, path);
  const cGroup = spec.groupColumns ? findColumn(header, spec.groupColumns) : -1;
  const out: LabelledSentence[] = [];
  for (const row of rows.slice(1)) {
    const need = Math.max(cText, cLabel) + 1;
    if (row.fields.length < need) {
      throw new DataFormatError(
        'field-count',
        `${path}:${row.line}: expected at least ${need} ${tsv ? 'tab' : 'comma'}-separated fields, got ${row.fields.length}`,
        { file: path, line: row.line },
      );
    }
    const raw = row.fields[cLabel]!.trim();
    const label = spec.mapLabel(raw);
    if (label === null) {
      throw new DataFormatError(
        'bad-label',
        `${path}:${row.line}: expected label ${spec.expectedLabels}, got "${raw.slice(0, 40)}"`,
        { file: path, line: row.line },
      );
    }
    out.push({
      text: row.fields[cText]!,
      label,
      group: cGroup >= 0 ? row.fields[cGroup]! : `${path}#${row.line}`,
      source: `${path}:${row.line}`,
    });
  }
  return out;
}
