import { tokenize } from '../../segment/tokens.js';
import type { Tokens } from '../../segment/types.js';

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Payload index when a phrase ends here. */
  value: number;
}

export interface PhraseMatch {
  /** Token range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  value: number;
}

/** Splits a phrase from a rule file into lower-case tokens exactly as the tokenizer does. */
export function phraseTokens(phrase: string): string[] {
  return tokenize(phrase).lower;
}

/**
 * A token trie over phrases from rule files, built once in an analyzer's factory.
 * `find` returns the longest match starting at each token, left to right, without overlaps.
 */
export class PhraseMatcher {
  private readonly root: TrieNode = { next: new Map(), value: -1 };

  add(phrase: string, value: number): void {
    let node = this.root;
    for (const t of phraseTokens(phrase)) {
      let child = node.next.get(t);
      if (!child) {
        child = { next: new Map(), value: -1 };
        node.next.set(t, child);
      }
      node = child;
    }
    if (node !== this.root) node.value = value;
  }

  find(tokens: Tokens, from = 0, to = tokens.count): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    let i = from;
    while (i < to) {
      let node: TrieNode | undefined = this.root;
      let best: PhraseMatch | null = null;
      for (let j = i; j < to && node; j++) {
        node = node.next.get(tokens.lower[j] as string);
        if (node && node.value >= 0) best = { tokenStart: i, tokenEnd: j + 1, value: node.value };
      }
      if (best) {
        out.push(best);
        i = best.tokenEnd;
      } else i++;
    }
    return out;
  }
}
