import iconv from 'iconv-lite';
import { decodeText } from './decode-text.js';

export interface CharsetDecoded {
  text: string;
  /** The charset actually used, lower case (e.g. `utf-8`, `windows-1252`). */
  charset: string;
  warnings: string[];
}

/** The `charset=` parameter of a Content-Type header, lower case, or null. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType);
  return m?.[1] ? m[1].toLowerCase() : null;
}

/** The charset an HTML page declares in its first 4 KB (`<meta charset>` or http-equiv), or null. */
export function sniffMetaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
  const direct = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (direct?.[1]) return direct[1].toLowerCase();
  const xml = /^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return xml?.[1] ? xml[1].toLowerCase() : null;
}

function normalizeCharset(name: string): string {
  const n = name.toLowerCase().replace(/^x-/, '');
  // Per the WHATWG encoding standard, latin1 and ascii labels mean windows-1252.
  if (['iso-8859-1', 'iso8859-1', 'latin1', 'latin-1', 'us-ascii', 'ascii', 'cp1252'].includes(n))
    return 'windows-1252';
  if (n === 'utf8') return 'utf-8';
  return n;
}

function hasBom(bytes: Uint8Array): boolean {
  return (
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff)
  );
}

/**
 * Decodes a web document: a byte-order mark wins, then the header charset, then the charset the
 * page declares, then UTF-8 if the bytes are valid UTF-8, else windows-1252 (what browsers do).
 * NUL bytes are dropped from HTML rather than refused: pages in the wild contain them.
 */
export function decodeWebBytes(
  bytes: Uint8Array,
  headerCharset: string | null = null,
  source = 'input',
): CharsetDecoded {
  const cleaned = bytes.includes(0) && !hasBom(bytes) ? bytes.filter((b) => b !== 0) : bytes;
  const warnings: string[] = [];
  if (cleaned !== bytes) warnings.push(`${source} contained NUL bytes; they were dropped`);
  if (hasBom(cleaned)) {
    const d = decodeText(cleaned, source);
    return { text: d.text.replace(/^\ufeff/, ''), charset: 'utf-8', warnings: [...warnings, ...d.warnings] };
  }
  const declared = headerCharset ?? sniffMetaCharset(cleaned);
  const charset = declared ? normalizeCharset(declared) : null;
  if (charset && charset !== 'utf-8') {
    if (iconv.encodingExists(charset)) {
      return { text: iconv.decode(Buffer.from(cleaned), charset), charset, warnings };
    }
    warnings.push(`${source} declares an unknown charset "${declared}"; decoding as UTF-8`);
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(cleaned);
    return { text, charset: 'utf-8', warnings };
  } catch {
    if (charset === 'utf-8') {
      warnings.push(`${source} declares UTF-8 but is not valid UTF-8; decoded as windows-1252`);
    }
    return { text: iconv.decode(Buffer.from(cleaned), 'windows-1252'), charset: 'windows-1252', warnings };
  }
}
