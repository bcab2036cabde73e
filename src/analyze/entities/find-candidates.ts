import type { Doc, Sentence } from '../../segment/types.js';
import type { EntityType } from '../types.js';
import { appositiveRoleAfter } from './appositive-role.js';
import type { Candidate, Evidence } from './candidate.js';
import type { EntityLexicon } from './lexicon.js';
import { rolePhraseBefore } from './role-phrase.js';
import { Label, type TokenLabels } from './token-labels.js';

interface Context {
  doc: Doc;
  labels: TokenLabels;
  lex: EntityLexicon;
  sentence: Sentence;
  headline: boolean;
  out: Candidate[];
  /** Last organization named in the sentence, for "The Kremlin ... spokesperson Dmitry Peskov". */
  lastOrganization: string | null;
}

const isNameLabel = (l: number | undefined) => l === Label.cap || l === Label.gazetteer;

/** End (exclusive) of the capitalized run that starts at token `i`, with particles and initials. */
function runEnd(ctx: Context, i: number): number {
  const { doc, labels, lex } = ctx;
  const { lower } = doc.tokens;
  const end = ctx.sentence.tokenEnd;
  const head = lower[i]!;
  const ofJoins = lex.orgHeadCues.has(head) || lex.eventCues.has(head);
  let j = i;
  while (j < end) {
    const l = labels.label[j];
    const next = labels.label[j + 1];
    if (l === Label.gazetteer) j = labels.gazetteerByFirst.get(j)?.end ?? j + 1;
    else if (l === Label.cap) {
      j++;
      // An initial or "St.": "George W. Bush", "St. Louis County".
      const short = lower[j - 1]!.length === 1 || lower[j - 1] === 'st';
      if (lower[j] === '.' && short && isNameLabel(labels.label[j + 1])) j++;
    } else if (
      j > i &&
      isNameLabel(next) &&
      (lex.connectors.has(lower[j]!) ||
        (lower[j] === 'of' && (ofJoins || lex.orgHeadCues.has(lower[j - 1]!))))
    )
      j++;
    else if (j > i && lex.nameSuffixes.has(lower[j]!) && lower[j - 1] !== '.') {
      j++;
      if (lower[j] === '.') j++;
    } else break;
  }
  return j;
}

function wordsOf(ctx: Context, start: number, end: number): string[] {
  const { lower } = ctx.doc.tokens;
  const words: string[] = [];
  for (let k = start; k < end; k++) {
    const w = lower[k]!;
    if (!isNameLabel(ctx.labels.label[k]) || ctx.lex.nameSuffixes.has(w) || /^\p{L}\.?$/u.test(w)) continue;
    words.push(w.replace(/'s$/, ''));
  }
  return words;
}

function push(
  ctx: Context,
  start: number,
  end: number,
  type: EntityType | null,
  evidence: Evidence,
  extra?: Partial<Candidate>,
) {
  const { doc } = ctx;
  let endChar = doc.tokens.end[end - 1]!;
  let text = doc.text.slice(doc.tokens.start[start], endChar);
  const possessive = /['’]s$/.exec(text);
  if (possessive) {
    text = text.slice(0, -2);
    endChar -= 2;
  }
  ctx.out.push({
    type,
    evidence,
    text,
    canonical: null,
    words: wordsOf(ctx, start, end),
    start: doc.tokens.start[start]!,
    end: endChar,
    sentence: ctx.sentence.index,
    tokenStart: start,
    phraseStart: start,
    role: null,
    affiliation: null,
    gender: null,
    headline: ctx.headline,
    speaks: followedByPersonVerb(ctx, end),
    ...extra,
  });
}

function pushGazetteer(ctx: Context, start: number) {
  const hit = ctx.labels.gazetteerByFirst.get(start)!;
  push(ctx, start, hit.end, hit.form.type, 'gazetteer', { canonical: hit.form.name });
  if (hit.form.type === 'organization') ctx.lastOrganization = hit.form.name;
}

/** A head cue followed by "of" inside the run: "Ministry of Defence", "Federal Bureau of Prisons". */
function hasHeadOf(lower: readonly string[], lex: EntityLexicon, start: number, end: number): boolean {
  for (let k = start; k + 1 < end; k++)
    if (lower[k + 1] === 'of' && lex.orgHeadCues.has(lower[k]!)) return true;
  return false;
}

/** A capitalized run with no gazetteer entry in it: person, organization, place, event, or unknown. */
function pushName(ctx: Context, start: number, end: number, pairedWithGazetteer = false) {
  const { doc, lex } = ctx;
  const { lower } = doc.tokens;
  const lastWord = lower[end - 1]!;
  const multi = end - start > 1;
  const words = wordsOf(ctx, start, end);
  for (let k = start; k < end; k++)
    if (ctx.labels.label[k] === Label.cap && lex.eventCues.has(lower[k]!)) return;
  if (multi && (lex.orgCues.has(lastWord) || lex.orgFirstCues.has(lower[start]!))) {
    push(ctx, start, end, 'organization', 'cue');
    ctx.lastOrganization = doc.text.slice(doc.tokens.start[start], doc.tokens.end[end - 1]);
    return;
  }
  const given = lex.givenNames.get(words[0] ?? '');
  // "Linda Park" is a person, "Riverside Park" and "Louis County" are places.
  const givenPair = given !== undefined && words.length === 2 && lex.surnameCues.has(lastWord);
  if (multi && lex.placeCues.has(lastWord) && !givenPair) return push(ctx, start, end, 'place', 'cue');
  if (multi && words.length > 1 && hasHeadOf(lower, lex, start, end))
    return push(ctx, start, end, 'organization', 'cue');
  if (ctx.headline) return push(ctx, start, end, null, 'none');
  const role = rolePhraseBefore(doc, ctx.labels, lex, start, ctx.sentence.tokenStart);
  const extra: Partial<Candidate> = {};
  let evidence: Evidence = 'none';
  if (role) {
    evidence = role.role ? 'title' : 'honorific';
    extra.phraseStart = role.tokenStart;
    extra.role = role.role;
    extra.affiliation = role.affiliation ?? (role.contextAffiliated ? ctx.lastOrganization : null);
    extra.gender = role.gender;
  }
  const appositive = role?.role ? null : appositiveRoleAfter(doc, ctx.labels, lex, end, ctx.sentence);
  if (appositive) {
    evidence = 'title';
    extra.role = appositive.role;
    extra.affiliation = appositive.affiliation;
    extra.gender = appositive.gender ?? extra.gender ?? null;
  }
  if (given !== undefined && words.length > 1) {
    if (evidence === 'none') evidence = 'given-name';
    extra.gender ??= given;
  }
  if (evidence === 'none' && followedByPersonVerb(ctx, end)) evidence = 'verb';
  // "Vicente Fox", "Denzel Washington": a capitalized word before a one-word gazetteer name.
  if (evidence === 'none' && pairedWithGazetteer) evidence = 'given-name';
  // "By Jana Whitlock": a byline names its writers.
  if (evidence === 'none' && words.length > 1 && ctx.sentence.kind === 'byline') evidence = 'byline';
  // "AROS said": an acronym that speaks is an organization.
  const acronym =
    end - start === 1 &&
    /^[\p{Lu}.&]{2,}$/u.test(doc.text.slice(doc.tokens.start[start], doc.tokens.end[start]));
  if (acronym && evidence === 'verb') return push(ctx, start, end, 'organization', 'verb');
  push(ctx, start, end, evidence === 'none' ? null : 'person', evidence, extra);
}

function followedByPersonVerb(ctx: Context, end: number): boolean {
  const { lower } = ctx.doc.tokens;
  let k = end;
  if (lower[k] === ',') k++;
  return k < ctx.sentence.tokenEnd && ctx.lex.personVerbs.has(lower[k]!);
}

/** A word written like a name: a capital, then lower-case letters ("Vicente", not "NATO" or "Greater"). */
function nameShaped(ctx: Context, i: number): boolean {
  const text = ctx.doc.text.slice(ctx.doc.tokens.start[i], ctx.doc.tokens.end[i]);
  return /^\p{Lu}\p{Ll}+$/u.test(text) && !ctx.lex.modifiers.has(ctx.doc.tokens.lower[i]!);
}

/**
 * Whether a run that starts with a given name can be one person's name: its words are capitalized words or
 * one-word gazetteer names ("Jordan Smith", "Gerald Ford"), not a longer gazetteer name ("Hillary Clinton |
 * White House").
 */
function personShaped(labels: TokenLabels, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const hit = labels.gazetteerByFirst.get(k);
    if (hit && hit.end > k + 1) return false;
  }
  return true;
}

/** Splits a run at its gazetteer entries unless the whole run is one name ("Gerald Ford", "Kyiv Oblast"). */
function pushRun(ctx: Context, start: number, end: number) {
  const { labels, lex, doc } = ctx;
  const { lower } = doc.tokens;
  const whole = labels.gazetteerByFirst.get(start);
  if (whole && whole.end === end) return pushGazetteer(ctx, start);
  const firstCue =
    end - start > 1 && labels.label[start] === Label.cap && lex.orgFirstCues.has(lower[start]!);
  const lastCue =
    labels.label[end - 1] === Label.cap &&
    (lex.orgCues.has(lower[end - 1]!) || lex.placeCues.has(lower[end - 1]!));
  const givenFirst = end - start > 1 && lex.givenNames.has(lower[start]!) && personShaped(labels, start, end);
  const headOf = hasHeadOf(lower, lex, start, end);
  if (firstCue || lastCue || givenFirst || headOf) return pushName(ctx, start, end);
  const last = labels.gazetteerByFirst.get(start + 1);
  if (end - start === 2 && labels.label[start] === Label.cap && last?.end === end && nameShaped(ctx, start)) {
    return pushName(ctx, start, end, true);
  }
  let k = start;
  while (k < end) {
    const hit = labels.gazetteerByFirst.get(k);
    if (hit) {
      pushGazetteer(ctx, k);
      k = hit.end;
      continue;
    }
    let e = k;
    while (e < end && !labels.gazetteerByFirst.has(e)) e++;
    while (e > k && !isNameLabel(labels.label[e - 1]) && lower[e - 1] !== '.') e--;
    if (e > k) pushName(ctx, k, e);
    k = Math.max(e, k + 1);
  }
}

/**
 * "American Enterprise Institute": a demonym right before a run that ends in an organization cue word is
 * part of the organization's name. Returns the token to continue from.
 */
function demonymOrganization(ctx: Context, i: number): number {
  const { labels, lex, doc } = ctx;
  if (ctx.headline || labels.label[i + 1] !== Label.cap) return i + 1;
  const end = runEnd(ctx, i + 1);
  if (labels.label[end - 1] !== Label.cap || !lex.orgCues.has(doc.tokens.lower[end - 1]!)) return i + 1;
  pushName(ctx, i, end);
  return end;
}

/** The unknown place of a dateline, named in Title Case ("RIVERTON" → "Riverton"). */
function pushDatelinePlace(ctx: Context, start: number, end: number) {
  const { doc } = ctx;
  const text = doc.text.slice(doc.tokens.start[start], doc.tokens.end[end - 1]);
  const name = text
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, before: string, c: string) => before + c.toUpperCase());
  push(ctx, start, end, 'place', 'cue', { canonical: name });
}

/** Every name candidate in the document, in text order. */
export function findCandidates(doc: Doc, labels: TokenLabels, lex: EntityLexicon): Candidate[] {
  const out: Candidate[] = [];
  // The place of a dateline ("RIVERTON —", "LOS ANGELES, Sept. 28 (UPI) —").
  const datelinePlace = doc.dateline ? doc.tokenAt(doc.dateline.start) : -1;
  for (const sentence of doc.sentences) {
    const ctx: Context = {
      doc,
      labels,
      lex,
      sentence,
      headline: labels.titleCase[sentence.index] === 1,
      out,
      lastOrganization: null,
    };
    let i = sentence.tokenStart;
    const stop = sentence.tokenEnd;
    while (i < stop) {
      if (!isNameLabel(labels.label[i])) {
        i = labels.label[i] === Label.demonym ? demonymOrganization(ctx, i) : i + 1;
        continue;
      }
      // In a headline every word is capitalized: take names one word at a time, to match known entities.
      if (ctx.headline && labels.label[i] === Label.cap) {
        pushName(ctx, i, i + 1);
        i++;
        continue;
      }
      const end = runEnd(ctx, i);
      if (i === datelinePlace && !labels.gazetteerByFirst.has(i)) pushDatelinePlace(ctx, i, end);
      else pushRun(ctx, i, end);
      i = end;
    }
  }
  return out;
}
