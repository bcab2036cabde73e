import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../segment/create-document.js';
import { createAnalysis, emptyMeta } from '../create-analysis.js';
import type { Analysis, TimeExpression } from '../types.js';
import { createTimeAnalyzer } from './time-analyzer.js';

const here = import.meta.dirname;
const analyzer = createTimeAnalyzer();

function timeline(text: string, published: string | null): TimeExpression[] {
  const analysis: Analysis = createAnalysis(createDocument(text), {
    ...emptyMeta(),
    published,
    language: 'en',
  });
  analyzer.run(analysis);
  return analysis.timeline;
}

const brief = (t: TimeExpression) => [t.text, t.kind, t.date, t.dateEnd];

/** Compares with `fixtures/<name>.golden.json`; UPDATE_GOLDEN=1 rewrites it. */
function expectGolden(name: string, published: string | null) {
  const text = readFileSync(join(here, 'fixtures', `${name}.txt`), 'utf8');
  const actual = timeline(text, published).map((t) => ({ ...t, text: text.slice(t.start, t.end) }));
  const goldenPath = join(here, 'fixtures', `${name}${published ? `.${published}` : ''}.golden.json`);
  if (process.env.UPDATE_GOLDEN) writeFileSync(goldenPath, `${JSON.stringify(actual, null, 2)}\n`);
  expect(actual).toEqual(JSON.parse(readFileSync(goldenPath, 'utf8')));
}

describe('time analyzer: golden fixtures', () => {
  it('port-strike with a publication date', () => expectGolden('port-strike', '2025-02-14'));
  it('port-strike without a publication date', () => expectGolden('port-strike', null));
  it('no-dates: verbs, names and counts are not dates', () => expectGolden('no-dates', '2025-02-14'));
});

describe('time analyzer: expressions', () => {
  const pub = '2025-02-14'; // a Friday

  it('resolves explicit dates without a publication date', () => {
    const t = timeline(
      'It began on Feb. 24, 2022, and in February 2022 the war widened; since 2014 it simmered.',
      null,
    );
    expect(t.map(brief)).toEqual([
      ['since 2014', 'absolute', '2014', null],
      ['February 2022', 'absolute', '2022-02', null],
      ['Feb. 24, 2022', 'absolute', '2022-02-24', null],
    ]);
  });

  it('leaves relative expressions undated without a publication date, after the dated ones', () => {
    const t = timeline('Last week he spoke. In 2014 it began.', null);
    expect(t.map(brief)).toEqual([
      ['2014', 'absolute', '2014', null],
      ['Last week', 'relative', null, null],
    ]);
  });

  it('resolves relative days and weeks against publication', () => {
    const t = timeline('Yesterday he left. On Monday she spoke. Last week they met. Tomorrow we vote.', pub);
    expect(t.map(brief)).toEqual([
      ['Last week', 'relative', '2025-02-03', '2025-02-09'],
      ['On Monday', 'relative', '2025-02-10', null],
      ['Yesterday', 'relative', '2025-02-13', null],
      ['Tomorrow', 'relative', '2025-02-15', null],
    ]);
  });

  it('points weekdays and bare months forward when the sentence does', () => {
    const t = timeline('The leaders will meet on Monday. A summit may follow in February or March.', pub);
    expect(t.map(brief)).toEqual([
      ['February or March', 'relative', '2025-02', '2025-03'],
      ['on Monday', 'relative', '2025-02-17', null],
    ]);
  });

  it('points bare months back in past-tense sentences', () => {
    const t = timeline('In March, the rebels retreated. Last February was cold.', pub);
    expect(t.map(brief)).toEqual([
      ['Last February', 'relative', '2024-02', null],
      ['March', 'relative', '2024-03', null],
    ]);
  });

  it('handles "ago", decades, ranges and spans', () => {
    const t = timeline(
      'A decade ago it was calm. In the 1990s it was not. From 2014 to 2016 it grew. Earlier this year it fell, and it may recover in the coming weeks or next month.',
      pub,
    );
    expect(t.map(brief)).toEqual([
      ['the 1990s', 'absolute', '1990', '1999'],
      ['2014 to 2016', 'absolute', '2014', '2016'],
      ['A decade ago', 'relative', '2015', null],
      ['Earlier this year', 'relative', '2025-01-01', '2025-02-14'],
      ['in the coming weeks', 'relative', '2025-02-14', '2025-03-14'],
      ['next month', 'relative', '2025-03', null],
    ]);
  });

  it('reads the tense near the expression before the tense of the sentence', () => {
    const t = timeline(
      'He said in March that the plant will close, and workers would strike on Friday.',
      pub,
    );
    expect(t.map(brief)).toEqual([
      ['March', 'relative', '2024-03', null],
      ['on Friday', 'relative', '2025-02-21', null],
    ]);
  });

  it('does not date named days such as Super Tuesday', () => {
    expect(timeline('He won big on Super Tuesday and rested on Sunday.', pub).map(brief)).toEqual([
      ['on Sunday', 'relative', '2025-02-09', null],
    ]);
  });

  it('reads ordinal days and parts of a year', () => {
    const t = timeline(
      'On the 24th of February 2022 it began; talks resume in early 2026 and end by the end of 2026, not in mid-March.',
      pub,
    );
    expect(t.map(brief)).toEqual([
      ['the 24th of February 2022', 'absolute', '2022-02-24', null],
      ['mid-March', 'relative', '2024-03', null],
      ['early 2026', 'absolute', '2026-01', '2026-04'],
      ['the end of 2026', 'absolute', '2026-12', null],
    ]);
  });

  it('does not take modal "may", the verb "march" or counts for dates', () => {
    expect(timeline('Crowds may march, and 2000 troops may follow.', pub)).toEqual([]);
  });

  it('records sentence index and exact spans', () => {
    const text = 'Calm. It happened last month.';
    const [t] = timeline(text, pub);
    expect(t).toMatchObject({ sentence: 1, kind: 'relative', date: '2025-01' });
    expect(text.slice(t!.start, t!.end)).toBe('last month');
  });
});

const seed = join(here, '../../../../shared/corpus/seed-article.txt');

describe.skipIf(!existsSync(seed))('time analyzer: seed article', () => {
  it('finds February 2022, last week, a decade ago and February or March', () => {
    const text = readFileSync(seed, 'utf8');
    const t = timeline(text, '2025-02-14');
    const byText = (s: string) => t.find((x) => x.text.toLowerCase().includes(s.toLowerCase()));
    expect(byText('February 2022')?.date).toBe('2022-02');
    expect(byText('last week')?.date).toMatch(/^2025-02-0\d$/);
    expect(byText('a decade ago')?.date).toBe('2015');
    expect(byText('February or March')).toMatchObject({ date: '2025-02', dateEnd: '2025-03' });
    const undated = timeline(text, null);
    expect(undated.find((x) => x.text === 'February 2022')?.date).toBe('2022-02');
    expect(undated.find((x) => x.text === 'Last week')?.date).toBeNull();
  });
});
