import { DataFormatError } from '../../errors/index.js';

export interface DelimitedRow {
  /** 1-based line number where the row starts. */
  line: number;
  fields: string[];
}

/**
 * Parses CSV/TSV text. With `quoted`, fields may be wrapped in double quotes ("" escapes a quote, newlines
 * allowed inside); without it every line is one row (CheckThat TSVs contain bare quote characters).
 */
export function parseDelimited(text: string, sep: string, quoted: boolean, file: string): DelimitedRow[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: DelimitedRow[] = [];
  if (!quoted) {
    const lines = body.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
      if (lines[i] === '') continue;
      rows.push({ line: i + 1, fields: lines[i]!.split(sep) });
    }
    return rows;
  }
  let line = 1;
  let rowLine = 1;
  let field = '';
  let fields: string[] = [];
  let inQuotes = false;
  let i = 0;
  const n = body.length;
  while (i < n) {
    const c = body[i]!;
    if (inQuotes) {
      if (c === '"') {
        if (body[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i++;
        continue;
      }
      if (c === '\n') line++;
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      inQuotes = true;
      i++;
    } else if (c === sep) {
      fields.push(field);
      field = '';
      i++;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      fields.push(field);
      if (fields.length > 1 || fields[0] !== '') rows.push({ line: rowLine, fields });
      fields = [];
      field = '';
      i++;
      line++;
      rowLine = line;
    } else {
      field += c;
      i++;
    }
  }
  if (inQuotes) {
    throw new DataFormatError('unclosed-quote', `${file}:${rowLine}: a quoted field is never closed`, {
      file,
      line: rowLine,
    });
  }
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    rows.push({ line: rowLine, fields });
  }
  return rows;
}

/** Finds the first header column whose name is one of `names` (case-insensitive); -1 when none. */
export function findColumn(header: readonly string[], names: readonly string[]): number {
  const lower = header.map((h) => h.trim().toLowerCase());
  for (const name of names) {
    const i = lower.indexOf(name);
    if (i >= 0) return i;
  }
  return -1;
}

/** Like findColumn, but throws a DataFormatError naming the file and the expected columns. */
export function requireColumn(header: readonly string[], names: readonly string[], file: string): number {
  const i = findColumn(header, names);
  if (i < 0) {
    throw new DataFormatError(
      'missing-column',
      `${file}:1: expected a header with a column named ${names.map((n) => `"${n}"`).join(' or ')}; found ${header
        .map((h) => `"${h.trim()}"`)
        .join(', ')}`,
      { file, line: 1 },
    );
  }
  return i;
}
