import { InputError } from '../errors/index.js';

export interface DecodedText {
  text: string;
  warnings: string[];
}

/**
 * Decodes bytes to text: honours UTF-8 and UTF-16 byte-order marks, rejects binary data, and
 * decodes invalid UTF-8 with U+FFFD replacement characters and a warning (nothing is dropped).
 */
export function decodeText(bytes: Uint8Array, source = 'input'): DecodedText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warnings: [] };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warnings: [] };
  }
  const head = bytes.subarray(0, 65_536);
  if (head.includes(0)) {
    throw new InputError('binary-input', `${source} looks binary (it contains NUL bytes), not text`, {
      source,
    });
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), warnings: [] };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    let bad = 0;
    for (const ch of text) if (ch === '\ufffd') bad++;
    return {
      text,
      warnings: [
        `${source} is not valid UTF-8: ${bad} undecodable byte sequence(s) were replaced with U+FFFD`,
      ],
    };
  }
}
