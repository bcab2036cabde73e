import { tokenize } from '../segment/tokens.js';

/** Lower-cased tokens of a text, as the engine's tokenizer produces them. */
export function tokensOf(text: string): string[] {
  return tokenize(text).lower;
}
