import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import type { BatchEntry } from './batch-item.js';

/** Records with bodies larger than this are skipped (reported), not buffered. */
export const MAX_WARC_RECORD_BYTES = 10 * 1024 * 1024;

/** Pulls exact byte counts and delimited lines out of a chunked byte stream. */
class ByteReader {
  private buf: Buffer = Buffer.alloc(0);
  private done = false;
  constructor(private readonly it: AsyncIterator<Buffer>) {}
  private async fill(): Promise<boolean> {
    if (this.done) return false;
    const next = await this.it.next();
    if (next.done) {
      this.done = true;
      return false;
    }
    this.buf = this.buf.length ? Buffer.concat([this.buf, next.value]) : next.value;
    return true;
  }
  /** Bytes up to and excluding `delim` (consumed), or null at end of stream. */
  async until(delim: string, max: number): Promise<Buffer | null> {
    for (;;) {
      const at = this.buf.indexOf(delim);
      if (at >= 0) {
        const out = this.buf.subarray(0, at);
        this.buf = this.buf.subarray(at + delim.length);
        return out;
      }
      if (this.buf.length > max || !(await this.fill())) return null;
    }
  }
  async take(n: number, keep: boolean): Promise<Buffer | null> {
    const parts: Buffer[] = [];
    let left = n;
    while (left > 0) {
      if (!this.buf.length && !(await this.fill())) return null;
      const piece = this.buf.subarray(0, Math.min(left, this.buf.length));
      if (keep) parts.push(piece);
      this.buf = this.buf.subarray(piece.length);
      left -= piece.length;
    }
    return keep ? Buffer.concat(parts) : Buffer.alloc(0);
  }
}

function headers(block: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of block.split(/\r?\n/).slice(1)) {
    const at = line.indexOf(':');
    if (at > 0) map.set(line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim());
  }
  return map;
}

/**
 * Reads HTML and plain-text pages out of a WARC file (`.warc` or `.warc.gz`, multi-member gzip):
 * `response` records with an HTTP 200 text/html or text/plain payload, and `resource` records.
 * Other records are passed over; a malformed file ends with a read error at the record's number.
 */
export async function* readWarc(chunks: AsyncIterable<Buffer>, name: string): AsyncGenerator<BatchEntry> {
  const reader = new ByteReader(chunks[Symbol.asyncIterator]());
  for (let n = 1; ; n++) {
    const head = await reader.until('\r\n\r\n', 64 * 1024);
    if (head === null) return;
    const text = head.toString('latin1').replace(/^(?:\r\n)+/, '');
    if (!text) {
      n--;
      continue;
    }
    const location = `${name}#${n}`;
    if (!text.startsWith('WARC/')) {
      yield { location, reason: 'bad-warc', message: `${location}: not a WARC record header` };
      return;
    }
    const h = headers(text);
    const length = Number(h.get('content-length'));
    if (!Number.isFinite(length) || length < 0) {
      yield { location, reason: 'bad-warc', message: `${location}: record without a Content-Length` };
      return;
    }
    const type = h.get('warc-type') ?? '';
    const wanted = (type === 'response' || type === 'resource') && length <= MAX_WARC_RECORD_BYTES;
    const block = await reader.take(length, wanted);
    if (block === null) {
      yield { location, reason: 'bad-warc', message: `${location}: file ends inside a record` };
      return;
    }
    if (!wanted) {
      if (length > MAX_WARC_RECORD_BYTES && (type === 'response' || type === 'resource'))
        yield {
          location,
          reason: 'too-large',
          message: `${location}: record over ${MAX_WARC_RECORD_BYTES} bytes`,
        };
      continue;
    }
    const url = h.get('warc-target-uri')?.replace(/^<|>$/g, '') ?? null;
    let contentType = h.get('content-type') ?? '';
    let body = block;
    if (type === 'response' && contentType.startsWith('application/http')) {
      const end = block.indexOf('\r\n\r\n');
      if (end < 0) continue;
      const http = block.subarray(0, end).toString('latin1');
      if (!/^HTTP\/\S+\s+200\b/.test(http)) continue;
      contentType = headers(http).get('content-type') ?? '';
      if (/content-encoding:\s*(?!identity)/i.test(http)) continue;
      body = block.subarray(end + 4);
    }
    if (!/^(?:text\/html|application\/xhtml\+xml|text\/plain)/i.test(contentType)) continue;
    const meta = url ? { url } : {};
    yield { location, payload: { kind: 'bytes', bytes: new Uint8Array(body), contentType }, meta };
  }
}

export function readWarcFile(path: string): AsyncGenerator<BatchEntry> {
  const stream = createReadStream(path);
  const chunks = path.toLowerCase().endsWith('.gz') ? stream.pipe(createGunzip()) : stream;
  return readWarc(chunks as AsyncIterable<Buffer>, path);
}
