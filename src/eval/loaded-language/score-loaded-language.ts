import { createAnalysis } from '../../analyze/create-analysis.js';
import { createLoadedLanguageAnalyzer } from '../../analyze/loaded-language/index.js';
import type { Analysis, Analyzer } from '../../analyze/types.js';
import { createDocument } from '../../segment/create-document.js';
import type { SpanResult } from '../types.js';
import type { BabeLabel } from './read-babe-labels.js';

/** Finding categories that count as the writer's loaded language. */
export const WRITER_CATEGORIES: ReadonlySet<string> = new Set([
  'loaded-language',
  'intensifier',
  'partisan-label',
  'generalization',
  'unattributed-claim',
]);

const ratio = (a: number, b: number): number => (b > 0 ? a / b : 0);
const round = (v: number): number => Math.round(v * 1000) / 1000;

function analysisOf(text: string): Analysis {
  return createAnalysis(createDocument(text));
}

/**
 * Scores loaded-language findings against BABE labels. Headline figures are per sentence: precision
 * is the share of flagged sentences labelled Biased, recall the share of Biased sentences flagged.
 * Per finding: the share of findings that contain a word the annotators marked, and the share of
 * marked words that a finding covers. Sentences without agreement are skipped.
 */
export function scoreLoadedLanguage(
  rows: readonly BabeLabel[],
  analyzer: Analyzer = createLoadedLanguageAnalyzer(),
): SpanResult {
  let sentences = 0;
  let biased = 0;
  let flagged = 0;
  let flaggedBiased = 0;
  let findings = 0;
  let findingsOnMarkedWord = 0;
  let markedWords = 0;
  let markedWordsCovered = 0;
  const byOutlet = new Map<string, { sentences: number; flagged: number }>();
  for (const row of rows) {
    if (row.label !== 'Biased' && row.label !== 'Non-biased') continue;
    sentences++;
    const isBiased = row.label === 'Biased';
    if (isBiased) biased++;
    const analysis = analysisOf(row.text);
    analyzer.run(analysis);
    const own = analysis.findings.filter((f) => WRITER_CATEGORIES.has(f.category));
    const outlet = byOutlet.get(row.outlet) ?? { sentences: 0, flagged: 0 };
    outlet.sentences++;
    if (own.length > 0) {
      flagged++;
      outlet.flagged++;
      if (isBiased) flaggedBiased++;
    }
    byOutlet.set(row.outlet, outlet);
    const marked = new Set(row.biasedWords);
    const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}'-]+/u);
    for (const f of own) {
      findings++;
      if (wordsOf(f.text).some((w) => marked.has(w))) findingsOnMarkedWord++;
    }
    for (const word of marked) {
      markedWords++;
      if (own.some((f) => wordsOf(f.text).includes(word))) markedWordsCovered++;
    }
  }
  const precision = ratio(flaggedBiased, flagged);
  const recall = ratio(flaggedBiased, biased);
  return {
    task: 'loaded-language',
    precision,
    recall,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
    sentences,
    biased,
    flagged,
    findings,
    findingPrecision: ratio(findingsOnMarkedWord, findings),
    markedWordRecall: ratio(markedWordsCovered, markedWords),
    flaggedShareByOutlet: Object.fromEntries(
      [...byOutlet]
        .filter(([name]) => name)
        .sort((a, b) => b[1].sentences - a[1].sentences)
        .map(([name, o]) => [name, round(ratio(o.flagged, o.sentences))]),
    ),
  };
}
