import { type Doc, type Sentence, TokenKind } from '../../segment/types.js';
import type { EntityLexicon, GazetteerForm, TitleInfo } from './lexicon.js';

export const Label = {
  other: 0,
  /** A capitalized word that may be part of a name. */
  cap: 1,
  gazetteer: 2,
  title: 3,
  /** Capitalized but not a name: function words, months, groups, common words at a sentence start. */
  nonName: 4,
  demonym: 5,
} as const;

export interface GazetteerHit {
  start: number;
  end: number;
  form: GazetteerForm;
}

export interface TitleHit {
  start: number;
  end: number;
  info: TitleInfo;
}

/** What each token is, for the entities analyzer; hits are keyed by their last token. */
export interface TokenLabels {
  label: Uint8Array;
  gazetteerByLast: Map<number, GazetteerHit>;
  gazetteerByFirst: Map<number, GazetteerHit>;
  titleByLast: Map<number, TitleHit>;
  /** Per sentence: 1 when it is a headline or written in Title Case, where capitals say little. */
  titleCase: Uint8Array;
}

const PARTICLE_NAME = /^(?:al|el|bin|ibn|de|da|van|von|di|du|le|la)-\p{Lu}/u;

/** A word that starts with a capital ("Putin", "U.S.", "al-Assad"). */
export function isCapitalized(doc: Doc, i: number): boolean {
  if (doc.tokens.kind[i] !== TokenKind.word) return false;
  const c = doc.text.charCodeAt(doc.tokens.start[i]!);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122) return doc.tokens.lower[i]!.includes('-') && PARTICLE_NAME.test(tokenText(doc, i));
  if (c < 128) return false;
  return /^\p{Lu}/u.test(tokenText(doc, i));
}

export function tokenText(doc: Doc, i: number): string {
  return doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]);
}

function casingFits(doc: Doc, start: number, form: GazetteerForm): boolean {
  for (let k = 0; k < form.casing.length; k++) {
    const want = form.casing[k];
    if (want === 'any') continue;
    const text = tokenText(doc, start + k);
    if (want === 'upper' && text !== text.toUpperCase()) return false;
    if (want === 'capital' && !/^\p{Lu}/u.test(text)) return false;
  }
  return true;
}

/** The longest gazetteer name starting at token `i` whose letter case fits, if any. */
function gazetteerAt(doc: Doc, lex: EntityLexicon, i: number, to: number): GazetteerHit | null {
  let form: GazetteerForm | undefined;
  const hit = lex.gazetteer.longestAt(doc.tokens.lower, i, to, (_end, slot) => {
    form = lex.gazetteerForms[slot]?.find((f) => casingFits(doc, i, f));
    return form !== undefined;
  });
  return hit && form ? { start: i, end: hit[0], form } : null;
}

/**
 * Whether `word` (lower case) is written in lower case somewhere in the text: then a capitalized
 * "Officials" at a sentence start is the common word. The vocabulary is built on first use.
 */
function lowerCaseUse(doc: Doc): (word: string) => boolean {
  let vocab: Set<string> | null = null;
  return (word) => {
    if (!vocab) {
      vocab = new Set();
      const { text, tokens } = doc;
      for (let i = 0; i < tokens.count; i++) {
        const c = text.charCodeAt(tokens.start[i]!);
        if (c >= 97 && c <= 122) vocab.add(tokens.lower[i]!);
      }
    }
    return vocab.has(word);
  };
}

/** Body sentences end in a full stop, question or exclamation mark (maybe inside a quote); headlines do not. */
function endsLikeSentence(doc: Doc, s: Sentence): boolean {
  const tail = doc.text.slice(Math.max(s.start, s.end - 3), s.end).trimEnd();
  return /[.?!…]["'”’)]*$/.test(tail);
}

/** Month names that are also surnames: "Theresa May", "Brian May". */
const MONTH_SURNAMES = new Set(['may', 'june', 'april', 'august']);

/** Whether token `i` follows a capitalized given name ("Theresa | May"). */
function afterGivenName(doc: Doc, lex: EntityLexicon, labels: TokenLabels, i: number): boolean {
  return labels.label[i - 1] === Label.cap && lex.givenNames.has(doc.tokens.lower[i - 1] ?? '');
}

const isWordish = (kind: number | undefined) => kind === TokenKind.word;

/** Marks a title ending right before the capitalized token `i` ("spokesperson | Dmitry", "Gen. | Smith"). */
function titleBefore(doc: Doc, lex: EntityLexicon, labels: TokenLabels, i: number, floor: number): void {
  const { tokens } = doc;
  let last = i - 1;
  if (tokens.lower[last] === '.' && last > floor) last--;
  if (last < floor || labels.label[last] !== Label.other || !isWordish(tokens.kind[last])) return;
  const low = tokens.lower[last]!;
  const dash = low.indexOf('-');
  if (dash > 0 && lex.hyphenPrefixes.has(low.slice(0, dash))) {
    const slot = lex.titleWords.get(low.slice(dash + 1));
    if (slot !== undefined) markTitle(labels, last, last + 1, lex.titleInfo[slot]!);
    return;
  }
  for (let from = Math.max(floor, last - 3); from <= last; from++) {
    const hit = lex.titles.longestAt(tokens.lower, from, last + 1, (end) => end === last + 1);
    if (hit && !labels.label.subarray(from, last + 1).some((l) => l !== Label.other)) {
      markTitle(labels, from, last + 1, lex.titleInfo[hit[1]]!);
      return;
    }
  }
}

function markTitle(labels: TokenLabels, start: number, end: number, info: TitleInfo): void {
  labels.titleByLast.set(end - 1, { start, end, info });
  labels.label.fill(Label.title, start, end);
}

/** Labels every token: gazetteer names, titles, capitalized words and capitalized non-names. */
export function labelTokens(doc: Doc, lex: EntityLexicon): TokenLabels {
  const { tokens } = doc;
  const labels: TokenLabels = {
    label: new Uint8Array(tokens.count),
    gazetteerByLast: new Map(),
    gazetteerByFirst: new Map(),
    titleByLast: new Map(),
    titleCase: new Uint8Array(doc.sentences.length),
  };
  const { label } = labels;
  const usedInLowerCase = lowerCaseUse(doc);
  // Capitalized words at a sentence start that the document also writes in lower case are common words
  // ("Officials", "Residents"). Checked only where it matters: before another capitalized word or a verb.
  const initials: number[] = [];
  for (const s of doc.sentences) {
    let words = 0;
    let capitals = 0;
    // Capitalized words that are normally lower case ("Should", "To", "Over"): the mark of a Title Case line.
    let functionWords = 0;
    let atStart = true;
    // Sentence fields are read once: the sentence objects are not all of one shape, so reads are slow.
    const first = s.tokenStart;
    const stop = s.tokenEnd;
    for (let i = first; i < stop; i++) {
      const kind = tokens.kind[i];
      if (kind !== TokenKind.word) {
        // A quote mark, colon or dash starts a new run of words that is capitalized by position.
        if (kind === TokenKind.quote || tokens.lower[i] === ':' || tokens.lower[i] === '—') atStart = true;
        continue;
      }
      words++;
      const initial = atStart;
      atStart = false;
      if (label[i] !== Label.other || !isCapitalized(doc, i)) continue;
      capitals++;
      const gazetteer = gazetteerAt(doc, lex, i, stop);
      if (gazetteer) {
        labels.gazetteerByLast.set(gazetteer.end - 1, gazetteer);
        labels.gazetteerByFirst.set(i, gazetteer);
        label.fill(Label.gazetteer, i, gazetteer.end);
        capitals += gazetteer.end - i - 1;
        words += gazetteer.end - i - 1;
        titleBefore(doc, lex, labels, i, first);
        i = gazetteer.end - 1;
        continue;
      }
      const title = lex.titles.longestAt(tokens.lower, i, stop, () => true);
      if (title) {
        markTitle(labels, i, title[0], lex.titleInfo[title[1]]!);
        titleBefore(doc, lex, labels, i, first);
        i = title[0] - 1;
        continue;
      }
      const low = tokens.lower[i]!;
      const dash = low.indexOf('-');
      const hyphenTitle =
        dash > 0 && lex.hyphenPrefixes.has(low.slice(0, dash))
          ? lex.titleWords.get(low.slice(dash + 1))
          : undefined;
      if (hyphenTitle !== undefined) markTitle(labels, i, i + 1, lex.titleInfo[hyphenTitle]!);
      else if (lex.demonyms.has(low)) label[i] = Label.demonym;
      else if (lex.nonNames.has(low) && !(MONTH_SURNAMES.has(low) && afterGivenName(doc, lex, labels, i))) {
        label[i] = Label.nonName;
        if (i > first) functionWords++;
      } else {
        label[i] = Label.cap;
        if (initial && !lex.givenNames.has(low)) initials.push(i);
      }
      titleBefore(doc, lex, labels, i, first);
    }
    const titleCased =
      words >= 3 && capitals / words >= 0.7 && (!endsLikeSentence(doc, s) || functionWords >= 2);
    if (s.kind === 'headline' || (s.kind !== 'byline' && titleCased)) {
      labels.titleCase[s.index] = 1;
    }
  }
  for (const i of initials) {
    const next = label[i + 1];
    const matters =
      next === Label.cap || next === Label.gazetteer || lex.personVerbs.has(tokens.lower[i + 1] ?? '');
    if (matters && usedInLowerCase(tokens.lower[i]!)) label[i] = Label.nonName;
  }
  return labels;
}
