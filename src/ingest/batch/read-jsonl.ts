import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { type BatchEntry, itemFromRecord } from './batch-item.js';

/** Longest JSONL line read (longer lines are reported, not parsed). */
export const MAX_LINE_CHARS = 16 * 1024 * 1024;

/** Lines of a stream, without holding the whole file in memory. */
export function streamLines(input: Readable): AsyncIterable<string> {
  return createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
}

/**
 * Reads a JSONL/NDJSON batch: one JSON object per line with `text` or `html` and optional metadata.
 * Blank lines are skipped; a bad line becomes a read error with its `file:line` location.
 */
export async function* readJsonl(lines: AsyncIterable<string>, name: string): AsyncGenerator<BatchEntry> {
  let n = 0;
  for await (const line of lines) {
    n++;
    const location = `${name}:${n}`;
    if (!line.trim()) continue;
    if (line.length > MAX_LINE_CHARS) {
      yield {
        location,
        reason: 'too-large',
        message: `${location}: line is longer than ${MAX_LINE_CHARS} characters`,
      };
      continue;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      yield { location, reason: 'bad-json', message: `${location}: not JSON (${(error as Error).message})` };
      continue;
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      yield { location, reason: 'bad-record', message: `${location}: expected a JSON object` };
      continue;
    }
    yield itemFromRecord(parsed as Record<string, unknown>, location);
  }
}

export function readJsonlFile(path: string): AsyncGenerator<BatchEntry> {
  return readJsonl(streamLines(createReadStream(path, 'utf8')), path);
}
