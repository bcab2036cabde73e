import { TokenKind } from '../../segment/types.js';
import type { AttributionLexicon } from './lexicon.js';
import type { TokenRange } from './source-phrase.js';
import type { TokenView } from './token-view.js';

/**
 * Names written in the article, for naming speakers consistently: a speaker is given the fullest
 * form of their name the article uses ("Trump" → "Donald Trump" when "Donald Trump" appears).
 */
export class NameIndex {
  /** Last name (lower case) → fullest person name seen. */
  private readonly fullest = new Map<string, string>();

  constructor(
    private readonly v: TokenView,
    private readonly lex: AttributionLexicon,
  ) {
    const n = v.doc.tokens.count;
    let i = 0;
    while (i < n) {
      if (!v.isCap(i)) {
        i++;
        continue;
      }
      let j = i;
      while (j < n && (v.isCap(j) || v.isNameDot(j, lex.titles))) j++;
      const name = this.nameIn({ start: i, end: j });
      if (name && name.end - name.start >= 2 && this.looksPersonal(name)) {
        const key = v.word(name.end - 1);
        const text = v.slice(name.start, name.end);
        const old = this.fullest.get(key);
        if (!old || old.length < text.length) this.fullest.set(key, text);
      }
      i = j;
    }
  }

  /** The trailing name inside a phrase: "Russian parliament member Leonid Slutsky" → "Leonid Slutsky". */
  nameIn(range: TokenRange): TokenRange | null {
    const { v, lex } = this;
    let end = range.end;
    while (end > range.start && (v.kind[end - 1] === TokenKind.punct || v.word(end - 1) === "'s")) end--;
    let s = end;
    while (
      s > range.start &&
      v.isCap(s - 1) &&
      !lex.roles.has(v.word(s - 1)) &&
      !lex.titles.has(v.word(s - 1))
    )
      s--;
    // "Ministry of Agriculture", "University of Aldermoor": a capitalized name joined by "of".
    while (
      s - 2 >= range.start &&
      v.word(s - 1) === 'of' &&
      v.isCap(s - 2) &&
      !lex.roles.has(v.word(s - 2)) &&
      !lex.titles.has(v.word(s - 2))
    ) {
      s -= 2;
      while (
        s > range.start &&
        v.isCap(s - 1) &&
        !lex.roles.has(v.word(s - 1)) &&
        !lex.titles.has(v.word(s - 1))
      )
        s--;
    }
    while (s < end && lex.determiners.has(v.word(s))) s++;
    if (s === end) return null;
    return { start: s, end };
  }

  /** True for names that are not organizations ("New York Post", "the Kremlin"). */
  looksPersonal(name: TokenRange): boolean {
    const { v, lex } = this;
    for (let i = name.start; i < name.end; i++) if (lex.orgWords.has(v.word(i))) return false;
    return !(name.start > 0 && v.word(name.start - 1) === 'the');
  }

  /** Is this name a person's, as far as the article tells: a known last name or a two-word name. */
  isPerson(name: TokenRange): boolean {
    if (!this.looksPersonal(name)) return false;
    if (name.end - name.start >= 2) return true;
    if (this.fullest.has(this.v.word(name.end - 1))) return true;
    const before = name.start - 1;
    return before > 0 && this.v.word(before) === '.' && this.lex.titles.has(this.v.word(before - 1));
  }

  /** The fullest form of a person's name, or the name as written. */
  normalize(name: TokenRange): string {
    const written = this.v.slice(name.start, name.end);
    if (!this.looksPersonal(name)) return written;
    const full = this.fullest.get(this.v.word(name.end - 1));
    return full && full.length > written.length && full.endsWith(written.split(/\s+/).pop() ?? '')
      ? full
      : written;
  }
}
