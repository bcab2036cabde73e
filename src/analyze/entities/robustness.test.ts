import { describe, expect, it } from 'vitest';
import { createDocument } from '../../segment/create-document.js';
import { createAnalysis, emptyMeta } from '../create-analysis.js';
import { createTimeAnalyzer } from '../time/time-analyzer.js';
import type { Analysis } from '../types.js';
import { createEntitiesAnalyzer } from './entities-analyzer.js';

const PIECES = [
  'Mr.',
  'Gen.',
  'President',
  'then-President',
  'Donald',
  'Trump',
  '’s',
  "'s",
  'he',
  'She',
  'the',
  'Kremlin',
  'U.S.',
  'US',
  'of',
  'Ministry',
  'al-',
  '“',
  '”',
  '"',
  ',',
  '.',
  '—',
  '\n\n',
  '\r\n',
  'February',
  'or',
  'March',
  '2022',
  'last',
  'week',
  'a',
  'decade',
  'ago',
  'since',
  '1990s',
  'on',
  'Monday',
  'Q3',
  '–',
  '\u0000',
  '😀',
  'Ünïcödé',
  'ЖУРНАЛ',
  '  ',
];

/** A small deterministic generator (mulberry32), so failures can be replayed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function analysis(text: string, published: string | null): Analysis {
  return createAnalysis(createDocument(text), { ...emptyMeta(), published, language: 'en' });
}

describe('entities and time analyzers on one very long sentence', () => {
  it('stay close to linear (a quadratic pronoun pass took over a minute here)', () => {
    const text =
      'Donald Trump met him and he said that Vladimir Putin and she agreed in February 2022, '.repeat(10_000);
    const a = analysis(text, '2025-02-14');
    const t0 = performance.now();
    createEntitiesAnalyzer().run(a);
    createTimeAnalyzer().run(a);
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(a.entities.map((e) => e.name)).toEqual(['Donald Trump', 'Vladimir Putin']);
    expect(a.timeline).toHaveLength(10_000);
  });
});

describe('entities and time analyzers on generated junk', () => {
  const entities = createEntitiesAnalyzer();
  const time = createTimeAnalyzer();

  it('never throw and keep every span inside the text', () => {
    const next = random(42);
    for (let n = 0; n < 400; n++) {
      const words: string[] = [];
      const length = Math.floor(next() * 60);
      for (let i = 0; i < length; i++) words.push(PIECES[Math.floor(next() * PIECES.length)]!);
      const text = words.join(next() < 0.5 ? ' ' : '');
      const a = analysis(text, next() < 0.5 ? '2024-02-29' : null);
      expect(() => entities.run(a), text).not.toThrow();
      expect(() => time.run(a), text).not.toThrow();
      for (const e of a.entities) {
        for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      }
      for (const t of a.timeline) expect(text.slice(t.start, t.end)).toBe(t.text);
    }
  });
});
