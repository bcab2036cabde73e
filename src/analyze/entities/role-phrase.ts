import type { Doc } from '../../segment/types.js';
import type { EntityLexicon, Gender } from './lexicon.js';
import { Label, type TokenLabels, tokenText } from './token-labels.js';

/** The title or role written before a name: "Former President", "Washington Post journalist". */
export interface RolePhrase {
  /** First token of the whole phrase, organization included. */
  tokenStart: number;
  /** The role as written, without a leading organization; null for courtesy titles (Mr., Ms.). */
  role: string | null;
  /** Organization named in the phrase ("Washington Post" in "Washington Post journalist"). */
  affiliation: string | null;
  gender: Gender | null;
  /** The role takes its affiliation from the sentence when the phrase names none (spokesperson). */
  contextAffiliated: boolean;
}

/** Start of a capitalized organization run that ends at token `last` ("Castell Group"), or -1. */
function cueOrganizationStart(
  doc: Doc,
  labels: TokenLabels,
  lex: EntityLexicon,
  last: number,
  floor: number,
) {
  if (labels.label[last] !== Label.cap || !lex.orgCues.has(doc.tokens.lower[last]!)) return -1;
  let k = last;
  while (k - 1 >= floor && (labels.label[k - 1] === Label.cap || labels.label[k - 1] === Label.gazetteer))
    k--;
  return k < last ? k : -1;
}

/**
 * Reads the role phrase that ends right before the name starting at token `nameStart`, walking back over
 * titles, modifiers ("former", "deputy"), demonyms ("Russian"), places and one organization.
 */
export function rolePhraseBefore(
  doc: Doc,
  labels: TokenLabels,
  lex: EntityLexicon,
  nameStart: number,
  floor: number,
): RolePhrase | null {
  const { tokens } = doc;
  let j = nameStart - 1;
  if (j > floor && tokens.lower[j] === '.' && labels.label[j - 1] === Label.title) j--;
  const title = labels.titleByLast.get(j);
  if (!title) return null;
  const info = title.info;
  let gender = info.gender;
  let k = title.start - 1;
  let affiliation: string | null = null;
  let roleStart = title.start;
  while (k >= floor) {
    const low = tokens.lower[k]!;
    const label = labels.label[k];
    const chained = labels.titleByLast.get(k);
    const gazetteer = labels.gazetteerByLast.get(k);
    if (chained && !chained.info.honorific) {
      k = chained.start - 1;
      gender ??= chained.info.gender;
    } else if (gazetteer) {
      if (gazetteer.form.type === 'organization') {
        if (affiliation) break;
        affiliation = gazetteer.form.name;
      }
      k = gazetteer.start - 1;
    } else if (
      low === "'s" &&
      labels.gazetteerByLast.get(k - 1)?.form.type === 'organization' &&
      !affiliation
    ) {
      const org = labels.gazetteerByLast.get(k - 1)!;
      affiliation = org.form.name;
      k = org.start - 1;
    } else if (label === Label.demonym || lex.modifiers.has(low)) k--;
    else if (low.includes('-') && lex.hyphenPrefixes.has(low.slice(0, low.indexOf('-')))) k--;
    else {
      const orgStart = affiliation ? -1 : cueOrganizationStart(doc, labels, lex, k, floor);
      if (orgStart < 0) break;
      affiliation = doc.text.slice(tokens.start[orgStart], tokens.end[k]);
      k = orgStart - 1;
    }
  }
  const phraseStart = k + 1;
  const titleText = tokenText(doc, title.start);
  if (info.needsModifier && phraseStart === title.start && !/^\p{Lu}/u.test(titleText)) return null;
  // A leading organization is the affiliation, not part of the role: "Washington Post | journalist".
  if (affiliation) {
    let r = phraseStart;
    while (r < title.start && (labels.label[r] === Label.gazetteer || labels.label[r] === Label.cap)) r++;
    if (tokens.lower[r] === "'s") r++;
    roleStart = r;
  } else roleStart = phraseStart;
  const titleEnd = j + 1 < nameStart ? j + 2 : title.end;
  const role = info.honorific
    ? null
    : doc.text.slice(tokens.start[roleStart], tokens.end[titleEnd - 1]).replace(/\s+/g, ' ');
  return { tokenStart: phraseStart, role, affiliation, gender, contextAffiliated: info.contextAffiliated };
}
