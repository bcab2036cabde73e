import type { Doc, Sentence } from '../../segment/types.js';
import type { EntityLexicon, Gender } from './lexicon.js';
import { Label, type TokenLabels } from './token-labels.js';

export interface AppositiveRole {
  role: string;
  affiliation: string | null;
  gender: Gender | null;
}

const DETERMINERS = new Set(['the', 'a', 'an']);
const LINKS = new Set(['at', 'of', 'for', 'with', 'from', 'in']);
const CLOSERS = new Set([',', '.', ';', ')', '—', '–', 'who', 'said', 'says', 'told']);

/** An organization starting at token `k`: a gazetteer organization or a run ending in a cue word. */
function organizationAt(
  doc: Doc,
  labels: TokenLabels,
  lex: EntityLexicon,
  k: number,
  to: number,
): { end: number; name: string } | null {
  const { lower } = doc.tokens;
  const hit = labels.gazetteerByFirst.get(k);
  if (hit?.form.type === 'organization') return { end: hit.end, name: hit.form.name };
  let e = k;
  while (
    e < to &&
    (labels.label[e] === Label.cap || labels.label[e] === Label.gazetteer || (e > k && lower[e] === 'of'))
  )
    e++;
  while (e > k && lower[e - 1] === 'of') e--;
  if (e - k < 2) return null;
  const cue =
    lex.orgCues.has(lower[e - 1]!) || (lex.orgHeadCues.has(lower[k]!) && lower.slice(k, e).includes('of'));
  return cue ? { end: e, name: doc.text.slice(doc.tokens.start[k], doc.tokens.end[e - 1]) } : null;
}

/**
 * The role in an appositive right after a name: "Dmitry Peskov, the Kremlin's spokesman," or
 * "Helena Rusk, an economist at the University of Aldermoor, said".
 */
export function appositiveRoleAfter(
  doc: Doc,
  labels: TokenLabels,
  lex: EntityLexicon,
  nameEnd: number,
  sentence: Sentence,
): AppositiveRole | null {
  const { lower } = doc.tokens;
  const to = sentence.tokenEnd;
  let k = nameEnd;
  if (lower[k] === "'s" || lower[k] !== ',') return null;
  k++;
  if (DETERMINERS.has(lower[k] ?? '')) k++;
  let affiliation: string | null = null;
  let start = k;
  for (; k < to; ) {
    const org: { end: number; name: string } | null = affiliation
      ? null
      : organizationAt(doc, labels, lex, k, to);
    if (org) {
      // "the Kremlin's spokesman", "a Kremlin adviser": the organization is the affiliation.
      affiliation = org.name;
      k = lower[org.end] === "'s" ? org.end + 1 : org.end;
      start = k;
      continue;
    }
    const title = lex.titles.longestAt(lower, k, to, () => true);
    if (title) {
      const info = lex.titleInfo[title[1]]!;
      let end = title[0];
      if (info.honorific) return null;
      if (LINKS.has(lower[end] ?? '') && !affiliation) {
        const orgStart = lower[end + 1] === 'the' ? end + 2 : end + 1;
        const after = organizationAt(doc, labels, lex, orgStart, to);
        if (after) {
          affiliation = after.name;
          end = after.end;
        }
      }
      if (end < to && !CLOSERS.has(lower[end]!)) return null;
      const role = doc.text.slice(doc.tokens.start[start], doc.tokens.end[title[0] - 1]).replace(/\s+/g, ' ');
      return { role, affiliation, gender: info.gender };
    }
    const label = labels.label[k];
    const word = lower[k]!;
    const gazetteer = labels.gazetteerByFirst.get(k);
    if (gazetteer?.form.type === 'place') k = gazetteer.end;
    else if (label === Label.demonym || lex.modifiers.has(word)) k++;
    else if (word.includes('-') && lex.hyphenPrefixes.has(word.slice(0, word.indexOf('-')))) k++;
    else return null;
  }
  return null;
}
