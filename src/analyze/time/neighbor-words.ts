const isWordChar = (c: string | undefined) =>
  c !== undefined && (c === "'" || c.toLowerCase() !== c.toUpperCase());
const isAlnum = (c: string | undefined) => c !== undefined && (isWordChar(c) || (c >= '0' && c <= '9'));

/** The word just before `at` (skipping up to two spaces or marks), lower case, or "". */
export function wordBefore(text: string, at: number): string {
  let i = at;
  for (let skip = 0; skip < 2 && i > 0 && !isAlnum(text[i - 1]); skip++) i--;
  const end = i;
  while (i > 0 && isWordChar(text[i - 1])) i--;
  return text.slice(i, end).toLowerCase();
}

/** The word just after `at` (skipping up to two spaces or marks), lower case, or "". */
export function wordAfter(text: string, at: number): string {
  let i = at;
  for (let skip = 0; skip < 2 && i < text.length && !isAlnum(text[i]); skip++) i++;
  const start = i;
  while (i < text.length && isWordChar(text[i])) i++;
  return text.slice(start, i).toLowerCase();
}
