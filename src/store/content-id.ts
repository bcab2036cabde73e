import { createHash } from 'node:crypto';

/**
 * Normalizes article text for identity: Unicode NFC, no BOM, LF line ends, no trailing spaces on lines,
 * no leading or trailing blank space. Two copies of an article that differ only in these hash the same.
 */
export function normalizeForIdentity(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+$/gm, '')
    .trim();
}

/** An article's id: the hex SHA-256 of its normalized content. */
export function articleId(text: string): string {
  return createHash('sha256').update(normalizeForIdentity(text), 'utf8').digest('hex');
}

/** Shortest prefix worth showing people; `resolveId` accepts any unique prefix this long or longer. */
export const SHORT_ID_LENGTH = 12;
export const MIN_ID_PREFIX = 6;

export function shortId(id: string): string {
  return id.slice(0, SHORT_ID_LENGTH);
}

export function isIdLike(value: string): boolean {
  return /^[0-9a-f]{6,64}$/.test(value);
}
