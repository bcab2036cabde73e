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
      if (w === 'he' || w === 'she' || w === 'his' || w === 'her')
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
    // "Sen. Rosa Vint (D-Ore.)": the party and state in parentheses are no part of the name.
    if (src.end - src.start > 2 && v.isPunct(src.end - 1, ')')) {
      for (let k = src.end - 2; k > src.start && src.end - k < 10; k--)
        if (v.isPunct(k, '(')) return this.describe({ start: src.start, end: k });
    }
    // "commentators who ...": the phrase before a trailing relative pronoun.
    const tail = v.word(src.end - 1);
    if (src.end - src.start > 1 && (tail === 'who' || tail === 'which')) {
      return this.describe({ start: src.start, end: src.end - 1 });
    }
    // "ROLE, NAME," or "NAME, ROLE, who ..." appositives: split at the first comma.
    let comma = -1;
    for (let i = src.start; i < src.end; i++)
      if (v.isPunct(i, ',') || v.isPunct(i, '—')) {
        comma = i;
        break;
      }
    if (comma > src.start) {
      const left = { start: src.start, end: comma };
      const right = { start: comma + 1, end: src.end };
      const ln = names.nameIn(left);
      const rn = names.nameIn(right);
      if (rn && rn.end === right.end && (!ln || ln.end !== left.end)) return this.named(rn, left);
      if (ln) {
        // "Councilmember Owen Hale, who voted against the plan": a role before the name comes first.
        const before = roleText(v, lex, { start: left.start, end: ln.start });
        const speaker = this.named(ln, right, true);
        return before ? { ...speaker, role: before } : speaker;
      }
    }
    const name = names.nameIn(src);
    if (name && name.end >= src.end - 1 && !names.isPerson(name) && !this.isPronounPhrase(name)) {
      // An organization or place: the phrase as written ("the opposition Green Alliance").
      return {
        name: orgPhrase(v, lex, src),
        role: roleText(v, lex, { start: src.start, end: name.start }),
        person: false,
      };
    }
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
    return { name: orgPhrase(v, lex, src), role: roleText(v, lex, src), person: false };
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
      while (j < s.tokenEnd && (v.isCap(j) || v.isNameDot(j, lex.titles))) j++;
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

/**
 * A group or organization source as written, trimmed of edge punctuation. A sentence-initial "The"
 * before a proper name is lowered, so "The Kremlin" and "the Kremlin" name one voice.
 */
function orgPhrase(v: TokenView, lex: AttributionLexicon, r: TokenRange): string {
  let s = r.start;
  let e = r.end;
  while (s < e && v.isPunct(s)) s++;
  while (e > s && v.isPunct(e - 1) && v.word(e - 1) !== '.' && v.word(e - 1) !== ')') e--;
  const text = v.slice(s, e);
  if (v.word(s) === 'the' && text.startsWith('The ')) {
    for (let i = s + 1; i < e; i++) if (v.isCap(i) && !lex.roles.has(v.word(i))) return `the${text.slice(3)}`;
  }
  return text;
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
