import { type Doc, TokenKind } from '../../segment/types.js';
import type { CandidateGroup } from './group-candidates.js';
import type { EntityLexicon, Gender } from './lexicon.js';

/** A person mention as the pronoun linker sees it. */
interface PersonMention {
  group: CandidateGroup;
  token: number;
  /** After a preposition or object verb ("with Putin", "told Biden"): not the subject. */
  oblique: boolean;
  /** Followed by "and"/"or": one of two subjects, so a later "he" is ambiguous. */
  coordinated: boolean;
}

type FirstFits = Record<Gender, PersonMention | null>;

export interface PronounLink {
  group: CandidateGroup;
  token: number;
}

/** "he" → male, "she" → female, anything else → null (string compares: this runs on every token). */
const pronounGender = (word: string): Gender | null => (word === 'he' ? 'm' : word === 'she' ? 'f' : null);
const DETERMINERS = new Set(['the', 'a', 'an']);

/** Per token: 1 inside a direct quotation, where "he" is the speaker's word, not the reporter's. */
function quotedTokens(doc: Doc): Uint8Array {
  const inQuote = new Uint8Array(doc.tokens.count);
  for (const q of doc.quotes) {
    for (let t = doc.tokenAt(q.innerStart); t < doc.tokens.count && doc.tokens.start[t]! < q.innerEnd; t++)
      inQuote[t] = 1;
  }
  return inQuote;
}

function mentionOf(
  doc: Doc,
  lex: EntityLexicon,
  group: CandidateGroup,
  token: number,
  phraseStart: number,
  end: number,
): PersonMention {
  const { lower } = doc.tokens;
  let before = phraseStart - 1;
  if (DETERMINERS.has(lower[before] ?? '')) before--;
  const after = doc.tokenAt(end);
  return {
    group,
    token,
    oblique: before >= 0 && lex.prepositions.has(lower[before]!),
    coordinated: lower[after] === 'and' || lower[after] === 'or',
  };
}

/**
 * Links "he" and "she" to a person only where it is safe: to the first person named as a subject earlier in
 * the same sentence, or else to the first one named as a subject in the previous sentence, when the gender
 * does not clash and that subject is not one of two ("Trump and Putin").
 */
export function linkPronouns(doc: Doc, lex: EntityLexicon, groups: readonly CandidateGroup[]): PronounLink[] {
  const bySentence: (PersonMention[] | undefined)[] = new Array(doc.sentences.length);
  for (const group of groups) {
    if (group.type !== 'person') continue;
    for (const m of group.members) {
      const list = bySentence[m.sentence] ?? [];
      list.push(mentionOf(doc, lex, group, m.tokenStart, m.phraseStart, m.end));
      bySentence[m.sentence] = list;
    }
  }
  for (const list of bySentence) list?.sort((a, b) => a.token - b.token);
  const inQuote = quotedTokens(doc);
  const links: PronounLink[] = [];
  const { tokens } = doc;
  const fits = (m: PersonMention, gender: Gender) => !m.oblique && (m.group.gender ?? gender) === gender;
  // Per sentence, in one pass: the first mention that fits "he" and the first that fits "she", among the
  // mentions seen so far (names before the pronoun, and pronouns already linked).
  let previous: FirstFits = { m: null, f: null };
  for (const s of doc.sentences) {
    const names = bySentence[s.index] ?? [];
    const first: FirstFits = { m: null, f: null };
    let seen = 0;
    const consider = (m: PersonMention) => {
      seen++;
      if (!first.m && fits(m, 'm')) first.m = m;
      if (!first.f && fits(m, 'f')) first.f = m;
    };
    let next = 0;
    if (s.kind !== 'headline' && s.kind !== 'byline') {
      const subordinate = lex.subordinators.has(tokens.lower[s.tokenStart] ?? '');
      let lastSubject = -1;
      for (const m of names) if (!m.oblique) lastSubject = Math.max(lastSubject, m.token);
      const stop = s.tokenEnd;
      for (let t = s.tokenStart; t < stop; t++) {
        const gender = pronounGender(tokens.lower[t]!);
        if (!gender || tokens.kind[t] !== TokenKind.word || inQuote[t]) continue;
        while (next < names.length && names[next]!.token < t) consider(names[next++]!);
        let chosen: PersonMention | null = null;
        if (seen > 0) chosen = first[gender];
        else if (!(subordinate && lastSubject > t)) chosen = previous[gender];
        if (!chosen || chosen.coordinated) continue;
        links.push({ group: chosen.group, token: t });
        consider({ group: chosen.group, token: t, oblique: false, coordinated: false });
      }
    }
    while (next < names.length) consider(names[next++]!);
    previous = first;
  }
  return links;
}
