/**
 * Turns a user's search text into a safe FTS5 MATCH expression: every bare word (pro-Russian: a phrase) and every "quoted phrase"
 * becomes a quoted FTS5 string (all must match); a trailing * keeps prefix search. Operators and syntax in
 * the input are never interpreted, so no input can cause an FTS5 syntax error. Null when nothing to match.
 */
export function toFtsQuery(input: string): string | null {
  const terms: string[] = [];
  const pattern = /"([^"]*)"|([^\s"]+)/g;
  for (const match of input.matchAll(pattern)) {
    const phrase = match[1];
    if (phrase !== undefined) {
      const words = phrase.match(/[\p{L}\p{N}]+/gu);
      if (words) terms.push(`"${words.join(' ')}"`);
      continue;
    }
    const raw = match[2] ?? '';
    const prefix = raw.endsWith('*');
    const words = raw.match(/[\p{L}\p{N}]+/gu);
    if (!words) continue;
    terms.push(`"${words.join(' ')}"${prefix ? '*' : ''}`);
  }
  return terms.length ? terms.join(' ') : null;
}
