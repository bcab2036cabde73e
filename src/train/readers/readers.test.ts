import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataFormatError, NotFoundError } from '../../errors/index.js';
import { readSubjectivityTsv } from '../datasets/checkthat-subjectivity.js';
import { readCheckworthy } from '../datasets/checkworthy-data.js';
import { readBabe } from './read-babe.js';
import { readPtc } from './read-ptc.js';

const fx = (name: string) => join(import.meta.dirname, 'fixtures', name);

describe('readBabe', () => {
  it('reads the published ;-separated format with BOM, quotes and word lists', () => {
    const rows = readBabe(fx('babe-ok.csv'));
    expect(rows).toHaveLength(3);
    expect(rows[1]).toMatchObject({
      text: 'The reckless mayor rammed through a "disastrous" plan.',
      labelBias: 'Biased',
      biasedWords: ['reckless', 'disastrous'],
      outlet: 'Example Daily',
      line: 3,
    });
    expect(rows[0]!.labelBias).toBe('Non-biased');
    expect(rows[2]!.labelBias).toBe('No agreement');
  });

  it('names file and line of a short row', () => {
    expect(() => readBabe(fx('babe-short-row.csv'))).toThrow(
      /babe-short-row\.csv:2: expected 8 ';'-separated fields, got 6/,
    );
  });

  it('names the missing column', () => {
    expect(() => readBabe(fx('babe-no-column.csv'))).toThrow(DataFormatError);
    expect(() => readBabe(fx('babe-no-column.csv'))).toThrow(/babe-no-column\.csv:1: .*"label_bias"/);
  });

  it('reports a missing file as NotFoundError', () => {
    expect(() => readBabe(fx('nope.csv'))).toThrow(NotFoundError);
  });
});

describe('readSubjectivityTsv', () => {
  it('finds sentence and label columns in any order and keeps bare quotes', () => {
    const rows = readSubjectivityTsv(fx('checkthat-reordered.tsv'));
    expect(rows.map((r) => r.label)).toEqual(['SUBJ', 'OBJ']);
    expect(rows[0]!.text).toContain('"ever"');
    expect(rows[0]!.group).toBe('id-1');
  });

  it('rejects unknown labels with file and line', () => {
    expect(() => readSubjectivityTsv(fx('checkthat-bad-label.tsv'))).toThrow(
      /checkthat-bad-label\.tsv:2: expected label SUBJ or OBJ, got "MAYBE"/,
    );
  });
});

describe('readCheckworthy', () => {
  it('reads ClaimBuster json', () => {
    const rows = readCheckworthy(fx('claimbuster-ok.json'));
    expect(rows.map((r) => [r.label, r.group])).toEqual([
      ['1', 'cb0'],
      ['0', 'cb0'],
    ]);
  });

  it('rejects a bad record naming the item', () => {
    expect(() => readCheckworthy(fx('claimbuster-bad.json'))).toThrow(
      /claimbuster-bad\.json: item 0: expected/,
    );
  });
});

describe('readPtc', () => {
  it('reads the SemEval-2020 folder layout', () => {
    const [a] = readPtc(fx('ptc'));
    expect(a).toBeDefined();
    expect(a!.id).toBe('1');
    expect(a!.split).toBe('train');
    expect(a!.siSpans).toEqual([
      { start: 47, end: 61, technique: null },
      { start: 76, end: 96, technique: null },
    ]);
    expect(a!.text.slice(a!.tcSpans![1]!.start, a!.tcSpans![1]!.end)).toBe('Critics are traitors');
    expect(a!.tcSpans![1]!.technique).toBe('Name_Calling,Labeling');
  });

  it('accepts a single <split>-articles folder', () => {
    expect(readPtc(fx('ptc/train-articles'))).toHaveLength(1);
  });

  it('rejects unknown techniques with file and line', () => {
    expect(() => readPtc(fx('ptc-bad'))).toThrow(
      /article7\.task2-TC\.labels:2: .*unknown technique "Made_Up_Technique"/,
    );
  });

  it('rejects a folder without articles', () => {
    expect(() => readPtc(fx('ptc/train-labels-task1-span-identification'))).toThrow(DataFormatError);
  });
});
