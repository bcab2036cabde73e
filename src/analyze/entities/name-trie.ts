import { tokenize } from '../../segment/tokens.js';

interface Node {
  next: Map<string, Node>;
  slot: number;
}

/**
 * A token trie over names (gazetteer entries, titles) that reports every name ending along a path, so the caller can take
 * the longest one whose letter case fits ("the New York Times" falls back to "New York Times" when the
 * alias "The New York Times" needs a capital "The").
 */
export class NameTrie {
  private readonly root: Node = { next: new Map(), slot: -1 };
  private readonly slots = new Map<string, number>();
  private count = 0;

  /** Adds a phrase and returns its slot; phrases with the same lower-case tokens share one slot. */
  add(phrase: string): number {
    const words = tokenize(phrase).lower;
    const key = words.join(' ');
    const known = this.slots.get(key);
    if (known !== undefined) return known;
    let node = this.root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) {
        child = { next: new Map(), slot: -1 };
        node.next.set(w, child);
      }
      node = child;
    }
    node.slot = this.count++;
    this.slots.set(key, node.slot);
    return node.slot;
  }

  /**
   * The longest phrase starting at token `start` (ending by `to`) that `accept` takes, as
   * [end (exclusive), slot], or null. Allocates nothing when nothing matches.
   */
  longestAt(
    lower: readonly string[],
    start: number,
    to: number,
    accept: (end: number, slot: number) => boolean,
  ): [number, number] | null {
    let node = this.root.next.get(lower[start]!);
    if (!node) return null;
    const ends: number[] = [];
    for (let j = start; node; ) {
      if (node.slot >= 0) ends.push(j + 1, node.slot);
      if (++j >= to) break;
      node = node.next.get(lower[j]!);
    }
    for (let k = ends.length - 2; k >= 0; k -= 2)
      if (accept(ends[k]!, ends[k + 1]!)) return [ends[k]!, ends[k + 1]!];
    return null;
  }
}
