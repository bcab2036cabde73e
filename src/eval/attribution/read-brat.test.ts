import { describe, expect, it } from 'vitest';
import { DataFormatError } from '../../errors/index.js';
import { parseBrat } from './read-brat.js';

const ANN = [
  'T1\tSource 0 5\tAlice',
  'T2\tCue 6 10\tsaid',
  'T3\tContent 11 20;22 30\tsome text more text',
  'T4\tAttribution 6 10\tsaid',
  'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
  'T5\tCue 31 35\tsays',
  'T6\tContent 36 60\tspan with a line',
  'break inside it',
  'T7\tAttribution-no-source 31 35\tsays',
  'E2\tAttribution-no-source:T7 Content:T6 Cue:T5',
  '#1\tAnnotatorNotes T6\ta note',
  'T8\tDiscuss 61 62\tx',
  '',
].join('\n');

describe('parseBrat', () => {
  it('reads relations with discontinuous content and no-source relations', () => {
    const rels = parseBrat(ANN, 'a.ann', 100);
    expect(rels).toEqual([
      {
        id: 'E1',
        source: [{ start: 0, end: 5 }],
        cue: [{ start: 6, end: 10 }],
        content: [
          { start: 11, end: 20 },
          { start: 22, end: 30 },
        ],
      },
      { id: 'E2', source: [], cue: [{ start: 31, end: 35 }], content: [{ start: 36, end: 60 }] },
    ]);
  });

  it('names the file and line of a malformed annotation', () => {
    expect(() => parseBrat('T1\tSource zero 5\tx\n', 'bad.ann')).toThrow(DataFormatError);
    expect(() => parseBrat('T1\tSource zero 5\tx\n', 'bad.ann')).toThrow(/bad\.ann:1: bad offsets/);
    expect(() => parseBrat('garbage line\n', 'x.ann')).toThrow(/x\.ann:1:/);
    expect(() => parseBrat('T1\tSource 0 50\tx\n', 'y.ann', 10)).toThrow(/y\.ann:1: .*out of range/);
    expect(() => parseBrat('E1\tAttribution:T9 Content:T8\n', 'z.ann')).toThrow(/z\.ann:1: E1 refers to T9/);
  });
});
