import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { type BatchEntry, itemFromRecord } from './batch-item.js';

/** Longest JSONL line read (longer lines are reported, not parsed). */
export const MAX_LINE_CHARS = 16 * 1024 * 1024;

/** Stands in for a line longer than the cap (its content is dropped while reading). */
export const TOO_LONG = '\u0000too-long';

/**
 * Lines of a text stream (LF or CRLF), never holding more than `max` characters of one line: a longer
 * line is discarded as it streams in and yielded as TOO_LONG, so one huge line cannot exhaust memory.
 */
export async function* streamLines(
  input: AsyncIterable<string | Buffer>,
  max = MAX_LINE_CHARS,
): AsyncGenerator<string> {
  let parts: string[] = [];
  let length = 0;
  let tooLong = false;
  const decoder = new TextDecoder('utf-8');
  for await (const raw of input) {
    const chunk = typeof raw === 'string' ? raw : decoder.decode(raw, { stream: true });
    let start = 0;
    for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', start)) {
      const piece = chunk.slice(start, nl);
      start = nl + 1;
      if (tooLong || length + piece.length > max) yield TOO_LONG;
      else {
        parts.push(piece);
        yield parts.join('').replace(/\r$/, '');
      }
      parts = [];
      length = 0;
      tooLong = false;
    }
    const rest = chunk.slice(start);
    if (tooLong) continue;
    if (length + rest.length > max) {
      tooLong = true;
      parts = [];
      length = 0;
    } else if (rest) {
      parts.push(rest);
      length += rest.length;
    }
  }
  if (tooLong) yield TOO_LONG;
  else if (length) yield parts.join('').replace(/\r$/, '');
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
    if (line === TOO_LONG || line.length > MAX_LINE_CHARS) {
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
  return readJsonl(streamLines(createReadStream(path) as Readable & AsyncIterable<Buffer>), path);
}
