import type { Scores } from './model/report.js';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The scores in plain words, one clause per fact, for people. */
export function buildSummary(scores: Scores): string {
  const n = scores.sentences;
  const parts: string[] = [];
  parts.push(`${scores.roleCounts.opinion} of ${n} sentences are unattributed opinion`);
  parts.push(`${scores.roleCounts.factual} state facts without a source`);
  parts.push(`${scores.roleCounts.quote + scores.roleCounts.reported} are quoted or attributed`);
  const quoted = scores.voices.filter((v) => v.quotes > 0);
  const cited = scores.voices.filter((v) => v.citations > 0 && v.quotes === 0);
  if (quoted.length)
    parts.push(`${plural(quoted.length, 'voice')} quoted (${quoted.map((v) => v.name).join(', ')})`);
  else parts.push('nobody is quoted directly');
  if (cited.length)
    parts.push(`${plural(cited.length, 'source')} cited (${cited.map((v) => v.name).join(', ')})`);
  if (scores.vagueAttributions) parts.push(`${plural(scores.vagueAttributions, 'vague source')}`);
  parts.push(`${scores.loadedPer100Words} loaded words per 100 words`);
  return `${parts.join('; ')}. ${scores.verdict}`;
}
