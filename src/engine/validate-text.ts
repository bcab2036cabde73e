import { InputError } from '../errors/index.js';

/** Documented cap on analyzed text: 5,000,000 characters (about 5 MB of English). */
export const MAX_TEXT_CHARS = 5_000_000;

/** Rejects empty, binary-looking and oversized text with a clear InputError. */
export function validateText(text: string, maxChars = MAX_TEXT_CHARS, source = 'input'): void {
  if (text.length > maxChars) {
    throw new InputError(
      'input-too-large',
      `${source} is ${text.length.toLocaleString('en-US')} characters; the limit is ${maxChars.toLocaleString('en-US')}`,
      { source, size: text.length, limit: maxChars },
    );
  }
  if (text.trim().length === 0) {
    throw new InputError('empty-input', `${source} is empty: there is no text to analyze`, { source });
  }
  const sample = text.slice(0, 65_536);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) {
      throw new InputError('binary-input', `${source} looks binary (it contains NUL bytes), not text`, {
        source,
      });
    }
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  if (control / sample.length > 0.1) {
    throw new InputError(
      'binary-input',
      `${source} looks binary (${control} control or undecodable characters)`,
      {
        source,
      },
    );
  }
}
