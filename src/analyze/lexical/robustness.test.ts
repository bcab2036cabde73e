import { describe, expect, it } from 'vitest';
import { createHedgesAnalyzer } from '../hedges/index.js';
import { createLoadedLanguageAnalyzer } from '../loaded-language/index.js';
import { createVagueAttributionAnalyzer } from '../vague-attribution/index.js';
import { analysisOf } from './test-support/run-analyzers.js';

const analyzers = [createVagueAttributionAnalyzer(), createLoadedLanguageAnalyzer(), createHedgesAnalyzer()];

const odd = [
  '',
  '   \n\n  ',
  '...!!!???',
  '"""\u201c\u201d\u2018\u2019\'\'',
  '\u201cCritics say it is devastating',
  'Critics say\u0000 it is \u202edevastating\u202c. \ud83d\ude31 Reportedly!',
  'reportedly '.repeat(5000),
  `${'the '.repeat(20000)}left always wins.`,
  'Democrats, Democrats, Democrats and liberals always, always promote.',
  'It\r\nis\r\nsaid\r\nthat critics say.',
];

describe('lexical analyzers on odd input', () => {
  it.each(odd.map((t, i) => [i, t] as const))('never throw and keep spans exact (case %i)', (_i, text) => {
    const analysis = analysisOf(text);
    for (const a of analyzers) expect(() => a.run(analysis)).not.toThrow();
    for (const f of analysis.findings) {
      expect(f.start).toBeLessThan(f.end);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(f.text).toBe(text.slice(f.start, f.end));
      expect(f.message.length).toBeGreaterThan(0);
    }
  });

  it('stay linear on a long repetitive text', () => {
    const text = 'Critics say the very devastating plan may fail. '.repeat(4000);
    const analysis = analysisOf(text);
    const t0 = performance.now();
    for (const a of analyzers) a.run(analysis);
    expect(analysis.findings.length).toBe(4000 * 4);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
