/** 32-bit FNV-1a hash of a string, seeded so that feature families do not collide by construction. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Hash of a slice of `text` without allocating the substring. */
export function fnv1aRange(text: string, start: number, end: number, seed: number): number {
  let h = seed >>> 0;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes two hashes (for bigrams) into one. */
export function combine(a: number, b: number): number {
  let h = Math.imul(a ^ (b + 0x9e3779b9 + (a << 6) + (a >>> 2)), 0x01000193);
  h ^= h >>> 15;
  return h >>> 0;
}

/** Fixed seeds per feature family. */
export const SEED = {
  word: 0x811c9dc5,
  char: 0x01234567,
  lexicon: 0x0badf00d,
  dense: 0x5eed5eed,
  context: 0x7a7a7a7a,
} as const;
