import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { DataFormatError } from '../../errors/index.js';
import { type BatchEntry, itemFromRecord } from './batch-item.js';

/** Longest CSV field read; a longer one ends the file with an error at its row. */
export const MAX_FIELD_CHARS = 16 * 1024 * 1024;

/**
 * RFC 4180 rows from a character stream: quoted fields may hold commas, quotes ("") and line
 * breaks. Streams, so a large file never sits in memory whole; yields each row with its first line.
 */
export async function* csvRows(
  chunks: AsyncIterable<string>,
  delimiter = ',',
  maxField = MAX_FIELD_CHARS,
): AsyncGenerator<{ fields: string[]; line: number }> {
  let field = '';
  let row: string[] = [];
  let quoted = false;
  let afterQuote = false;
  let line = 1;
  let rowLine = 1;
  let pendingCr = false;
  for await (const chunk of chunks) {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i] as string;
      if (pendingCr) {
        pendingCr = false;
        if (c === '\n') continue;
      }
      if (quoted) {
        if (c === '"') {
          quoted = false;
          afterQuote = true;
        } else {
          if (c === '\n') line++;
          field += c;
          if (field.length > maxField)
            throw new DataFormatError(
              'too-large',
              `row at line ${rowLine}: a field is longer than ${maxField} characters`,
            );
        }
        continue;
      }
      if (c === '"') {
        if (afterQuote) field += '"';
        quoted = true;
        afterQuote = false;
        continue;
      }
      afterQuote = false;
      if (c === delimiter) {
        row.push(field);
        field = '';
      } else if (c === '\n' || c === '\r') {
        row.push(field);
        field = '';
        yield { fields: row, line: rowLine };
        row = [];
        line++;
        rowLine = line;
        pendingCr = c === '\r';
      } else {
        field += c;
        if (field.length > maxField)
          throw new DataFormatError(
            'too-large',
            `row at line ${rowLine}: a field is longer than ${maxField} characters`,
          );
      }
    }
  }
  if (field || row.length) {
    row.push(field);
    yield { fields: row, line: rowLine };
  }
}

/** Reads a CSV batch with a header row naming `text` or `html` and optional metadata columns. */
export async function* readCsv(chunks: AsyncIterable<string>, name: string): AsyncGenerator<BatchEntry> {
  let header: string[] | null = null;
  const rows = csvRows(chunks);
  for (;;) {
    let next: IteratorResult<{ fields: string[]; line: number }>;
    try {
      next = await rows.next();
    } catch (error) {
      yield { location: name, reason: 'too-large', message: `${name}: ${(error as Error).message}` };
      return;
    }
    if (next.done) return;
    const { fields, line } = next.value;
    if (!header) {
      header = fields.map((f) =>
        f
          .replace(/^\ufeff/, '')
          .trim()
          .toLowerCase(),
      );
      if (!header.some((h) => ['text', 'html', 'body', 'content', 'article'].includes(h))) {
        yield {
          location: `${name}:1`,
          reason: 'bad-header',
          message: `${name}:1: the header names no "text" or "html" column`,
        };
        return;
      }
      continue;
    }
    if (fields.length === 1 && !fields[0]?.trim()) continue;
    const record: Record<string, unknown> = {};
    header.forEach((h, i) => {
      record[h] = fields[i];
    });
    yield itemFromRecord(record, `${name}:${line}`);
  }
}

export function readCsvFile(path: string): AsyncGenerator<BatchEntry> {
  return readCsv(createReadStream(path, 'utf8') as Readable & AsyncIterable<string>, path);
}
