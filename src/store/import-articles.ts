import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { DataFormatError, UnspinError } from '../errors/index.js';
import { fromRecord } from './article-record.js';
import type { ArticleStore } from './types.js';

export interface ImportSummary {
  added: number;
  exists: number;
  failed: number;
  /** One line per failed record: `file:line: why`. */
  errors: string[];
}

/** Longest JSONL line accepted (a record carries the text and its report). */
export const MAX_RECORD_CHARS = 64 * 1024 * 1024;

/** Imports `unspin export --format jsonl` records, each in its own transaction; reports stay as exported. */
export async function importJsonl(
  store: ArticleStore,
  lines: AsyncIterable<string>,
  name: string,
  onProgress?: (summary: ImportSummary) => void,
): Promise<ImportSummary> {
  const summary: ImportSummary = { added: 0, exists: 0, failed: 0, errors: [] };
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === '') continue;
    const where = `${name}:${lineNo}`;
    try {
      if (line.length > MAX_RECORD_CHARS)
        throw new DataFormatError('bad-record', `${where}: line is too long`);
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch (error) {
        throw new DataFormatError('bad-record', `${where}: not JSON (${(error as Error).message})`);
      }
      const result = await store.add(fromRecord(parsed, where));
      summary[result.created ? 'added' : 'exists']++;
    } catch (error) {
      if (!(error instanceof UnspinError)) throw error;
      summary.failed++;
      summary.errors.push(error.message);
    }
    onProgress?.(summary);
  }
  return summary;
}

/** Lines of a file, streamed. */
export function fileLines(path: string): AsyncIterable<string> {
  return createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
}
