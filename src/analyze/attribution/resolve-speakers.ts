import type { AttributionLexicon } from './lexicon.js';
import type { NameIndex } from './name-index.js';
import type { RawAttribution } from './raw-attribution.js';
import { phraseEndingAt, sourceAfter, type TokenRange } from './source-phrase.js';
import type { TokenView } from './token-view.js';

/** Who a source phrase names, and the role written with it. */
export interface Speaker {
  /** Normalized name: fullest form of a person's name, a resolved pronoun, or the phrase. */
  name: string | null;
  role: string | null;
  person: boolean;
}

const PREPOSITIONS = new Set([
  'with',
  'to',
  'by',
  'about',
  'of',
  'from',
  'for',
  'against',
  'at',
  'on',
  'in',
  'between',
  'than',
  'like',
  'and',
]);

/**
 * Names the speakers of raw attributions in document order. Pronouns (he, she) go to the last
 * person named as a source or as the subject of a preceding sentence; "who" / "which" to the phrase
 * before them; "they" / "it" to the last group or organization source.
 */
export class SpeakerResolver {
  private lastPerson: string | null = null;
  private lastGroup: string | null = null;

  constructor(
    private readonly v: TokenView,
    private readonly lex: AttributionLexicon,
    private readonly names: NameIndex,
  ) {}

  /** Speaker of one attribution; call in document order, then `endSentence`. */
  speakerOf(raw: RawAttribution, resolved: Map<RawAttribution, Speaker>): Speaker {
    if (raw.sharesSourceOf) {
      return resolved.get(raw.sharesSourceOf) ?? { name: null, role: null, person: false };
    }
    const src = raw.source;
    if (!src) return { name: null, role: null, person: false };
    const speaker = this.describe(src);
    if (speaker.name) {
      if (speaker.person) this.lastPerson = speaker.name;
      else if (!this.isPronounPhrase(src)) this.lastGroup = speaker.name;
    }
    return speaker;
  }

  private isPronounPhrase(src: TokenRange): boolean {
    const w = this.v.word(src.start);
    return (
      src.end - src.start === 1 &&
      (this.lex.personPronouns.has(w) || this.lex.groupPronouns.has(w) || this.lex.relativePronouns.has(w))
    );
  }

  private describe(src: TokenRange): Speaker {
    const { v, lex, names } = this;
    if (src.end - src.start === 1) {
      const w = v.word(src.start);
      if (w === 'he' || w === 'she')
        return { name: this.lastPerson ?? v.slice(src.start, src.end), role: null, person: true };
      if (lex.groupPronouns.has(w))
        return { name: this.lastGroup ?? v.slice(src.start, src.end), role: null, person: false };
      if (w === 'who' || w === 'which') {
        const comma = src.start - 1;
        const before =
          comma >= 0 && v.isPunct(comma, ',')
            ? phraseEndingAt(v, lex, comma - 1, Math.max(0, comma - 12))
            : null;
        if (before) return this.describe(before);
        return { name: v.slice(src.start, src.end), role: null, person: w === 'who' };
      }
      if (lex.personPronouns.has(w)) return { name: v.slice(src.start, src.end), role: null, person: true };
    }
    // "ROLE, NAME," or "NAME, ROLE," appositives.
    let comma = -1;
    for (let i = src.start; i < src.end; i++) if (v.isPunct(i, ',')) comma = i;
    if (comma > src.start) {
      const left = { start: src.start, end: comma };
      const right = { start: comma + 1, end: src.end };
      const ln = names.nameIn(left);
      const rn = names.nameIn(right);
      if (rn && rn.end === right.end && (!ln || ln.end !== left.end)) return this.named(rn, left);
      if (ln) return this.named(ln, right, true);
    }
    const name = names.nameIn(src);
    if (name && name.end >= src.end - 1) {
      // "Carla Diaz, a spokeswoman for the campaign, said": the role follows the name.
      if (name.start === src.start && v.isPunct(src.end, ',')) {
        const after = sourceAfter(v, lex, src.end + 1, Math.min(v.doc.tokens.count, src.end + 14), true);
        if (after && v.isPunct(after.end, ',')) {
          const role = roleText(v, lex, after);
          if (role) return { ...this.named(name, { start: name.start, end: name.start }), role };
        }
      }
      return this.named(name, { start: src.start, end: name.start });
    }
    return { name: stripDeterminer(v, lex, src), role: roleText(v, lex, src), person: false };
  }

  private named(name: TokenRange, roleRange: TokenRange, roleAfter = false): Speaker {
    const { v, lex, names } = this;
    const person = names.isPerson(name);
    const role = roleText(v, lex, roleRange);
    let text = names.normalize(name);
    if (!person && !roleAfter && name.start > 0 && v.word(name.start - 1) === 'the' && !role)
      text = `the ${text}`;
    return { name: text, role, person };
  }

  /** After a sentence: its subject, when a person, becomes the referent of a later "he" or "she". */
  endSentence(sentenceIndex: number, hadNamedSpeaker: boolean): void {
    if (hadNamedSpeaker) return;
    const { v, names, lex } = this;
    const s = v.doc.sentences[sentenceIndex];
    if (!s) return;
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      if (!v.isCap(i) || v.inQuote[i]) {
        i++;
        continue;
      }
      let j = i;
      while (j < s.tokenEnd && (v.isCap(j) || (v.isPunct(j, '.') && lex.titles.has(v.word(j - 1))))) j++;
      const name = names.nameIn({ start: i, end: j });
      const prev = v.word(i - 1);
      const possessive = v.word(j) === "'s";
      if (name && !possessive && !(i > s.tokenStart && PREPOSITIONS.has(prev)) && names.isPerson(name)) {
        this.lastPerson = names.normalize(name);
        return;
      }
      i = j;
    }
  }
}

function stripDeterminer(v: TokenView, lex: AttributionLexicon, r: TokenRange): string {
  void lex;
  return v.slice(r.start, r.end);
}

/** The role words of a source phrase, without a leading article: "Russian parliament member". */
function roleText(v: TokenView, lex: AttributionLexicon, r: TokenRange): string | null {
  let s = r.start;
  let e = r.end;
  while (s < e && (v.word(s) === 'the' || v.word(s) === 'a' || v.word(s) === 'an' || v.isPunct(s))) s++;
  while (e > s && v.isPunct(e - 1) && v.word(e - 1) !== '.') e--;
  if (e <= s) return null;
  let hasRole = false;
  for (let i = s; i < e; i++) {
    const w = v.word(i);
    if (lex.roles.has(w) && !lex.titles.has(w)) hasRole = true;
  }
  return hasRole ? v.slice(s, e) : null;
}
