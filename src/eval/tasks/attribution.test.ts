import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataFormatError } from '../../errors/index.js';
import type { SpanResult } from '../types.js';
import { attributionTask } from './attribution.js';

const TEXT = 'Ms. Rivera said that the pier would reopen in May. The harbor was quiet.\n';

function split(anns: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'unspin-attr-'));
  mkdirSync(join(dir, 'text'));
  mkdirSync(join(dir, 'attributions'));
  writeFileSync(join(dir, 'text', 'pier.txt'), TEXT);
  for (const [name, body] of Object.entries(anns)) writeFileSync(join(dir, 'attributions', name), body);
  return dir;
}

const at = (s: string) => {
  const i = TEXT.indexOf(s);
  return `${i} ${i + s.length}\t${s}`;
};
const GOOD = [
  `T1\tSource ${at('Ms. Rivera')}`,
  `T2\tCue ${at('said')}`,
  `T3\tContent ${at('that the pier would reopen in May')}`,
  'E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1',
].join('\n');
const OTHER = [`T1\tSource ${at('The harbor')}`, `T2\tCue ${at('was')}`, `T3\tContent ${at('quiet')}`].join(
  '\n',
);
const OTHER_E = `${OTHER}\nE1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n`;

describe('eval task: attribution', () => {
  it('scores the engine against one annotator', async () => {
    const result = await attributionTask.run(split({ 'pier_a1.ann': GOOD }));
    expect(result).toMatchObject({
      task: 'attribution',
      precision: 1,
      recall: 1,
      f1: 1,
      strictF1: 1,
      articles: 1,
    });
  });

  it('averages the annotators of one article', async () => {
    const result = (await attributionTask.run(
      split({ 'pier_a1.ann': GOOD, 'pier_b2.ann': OTHER_E }),
    )) as SpanResult;
    expect(result.recall).toBeCloseTo(0.5);
    expect(result.precision).toBeCloseTo(0.5);
    expect(result.counts).toEqual({ predicted: 1, gold: 1, matched: 0.5, strictMatched: 0.5 });
  });

  it('rejects malformed annotation files and bad layouts with DataFormatError', async () => {
    await expect(attributionTask.run(split({ 'pier_a1.ann': 'T1\tSource 1\n' }))).rejects.toThrow(
      DataFormatError,
    );
    await expect(attributionTask.run(split({ 'pier_a1.ann': 'T1\tSource 1\n' }))).rejects.toThrow(
      /pier_a1\.ann:1/,
    );
    await expect(attributionTask.run(split({ 'lost_a1.ann': GOOD }))).rejects.toThrow(/no matching text/);
    const empty = mkdtempSync(join(tmpdir(), 'unspin-attr-'));
    await expect(attributionTask.run(empty)).rejects.toThrow(/text\/ and attributions\//);
  });
});
