import { describe, expect, it } from 'vitest';
import { dedupePredictions, lenientMatch, matchAttributions, strictMatch } from './match-attributions.js';
import type { GoldAttribution } from './read-brat.js';

const gold: GoldAttribution = {
  id: 'E1',
  source: [{ start: 0, end: 5 }],
  cue: [{ start: 6, end: 10 }],
  content: [
    { start: 11, end: 21 },
    { start: 30, end: 40 },
  ],
};

describe('attribution matching', () => {
  it('needs half of the gold content and an overlapping source', () => {
    expect(lenientMatch({ content: { start: 11, end: 21 }, sourceSpan: { start: 2, end: 3 } }, gold)).toBe(
      true,
    );
    expect(lenientMatch({ content: { start: 12, end: 21 }, sourceSpan: { start: 2, end: 3 } }, gold)).toBe(
      false,
    );
    expect(lenientMatch({ content: { start: 0, end: 50 }, sourceSpan: { start: 5, end: 9 } }, gold)).toBe(
      false,
    );
    expect(lenientMatch({ content: { start: 0, end: 50 }, sourceSpan: null }, gold)).toBe(false);
  });

  it('checks only the content when the gold relation has no source', () => {
    const noSource = { ...gold, source: [] };
    expect(lenientMatch({ content: { start: 11, end: 40 }, sourceSpan: null }, noSource)).toBe(true);
    expect(strictMatch({ content: { start: 11, end: 40 }, sourceSpan: null }, noSource)).toBe(true);
    expect(strictMatch({ content: { start: 11, end: 40 }, sourceSpan: { start: 0, end: 5 } }, noSource)).toBe(
      false,
    );
  });

  it('strict matching needs the exact first-to-last content and source spans', () => {
    expect(strictMatch({ content: { start: 11, end: 40 }, sourceSpan: { start: 0, end: 5 } }, gold)).toBe(
      true,
    );
    expect(strictMatch({ content: { start: 11, end: 39 }, sourceSpan: { start: 0, end: 5 } }, gold)).toBe(
      false,
    );
  });

  it('matches each gold relation once', () => {
    const p = { content: { start: 11, end: 40 }, sourceSpan: { start: 0, end: 5 } };
    expect(matchAttributions([p, p], [gold])).toEqual({
      predicted: 2,
      gold: 1,
      matched: 1,
      strictMatched: 1,
    });
    expect(dedupePredictions([p, { ...p }])).toHaveLength(1);
  });
});
