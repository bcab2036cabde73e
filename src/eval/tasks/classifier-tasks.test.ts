import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataFormatError, NotFoundError } from '../../errors/index.js';
import { modelsDir } from '../../models/model-file.js';
import type { ClassificationResult } from '../types.js';
import { biasTask, biasWordsTask, checkworthyTask, subjectivityTask } from './classifier-tasks.js';
import { propagandaSpansTask, propagandaTechniquesTask } from './propaganda-tasks.js';

const fx = (name: string) => join(import.meta.dirname, '..', '..', 'train', 'readers', 'fixtures', name);
const has = (...names: string[]) => names.every((n) => existsSync(join(modelsDir(), `${n}.json`)));

function consistent(r: ClassificationResult, n: number) {
  expect(r.n).toBe(n);
  let total = 0;
  for (const row of Object.values(r.confusion)) for (const v of Object.values(row)) total += v;
  expect(total).toBe(n);
  for (const [label, m] of Object.entries(r.classes)) {
    expect(m.support).toBe(Object.values(r.confusion[label]!).reduce((a, b) => a + b, 0));
    expect(m.f1).toBeGreaterThanOrEqual(0);
    expect(m.f1).toBeLessThanOrEqual(1);
  }
}

describe.skipIf(!has('bias', 'bias-words'))('eval bias', () => {
  it('scores BABE-format files, dropping "No agreement"', async () => {
    const r = await biasTask.run(fx('babe-ok.csv'));
    consistent(r, 2);
    expect(Object.keys(r.classes)).toEqual(['Non-biased', 'Biased']);
  });

  it('scores the explanations against biased_words', async () => {
    const r = await biasWordsTask.run(fx('babe-ok.csv'));
    expect(r.task).toBe('bias-words');
    expect(r.f1).toBeGreaterThanOrEqual(0);
    expect(r.f1).toBeLessThanOrEqual(1);
  });

  it('reports malformed and missing files clearly', async () => {
    await expect(biasTask.run(fx('babe-short-row.csv'))).rejects.toThrow(DataFormatError);
    await expect(biasTask.run(fx('missing.csv'))).rejects.toThrow(NotFoundError);
  });
});

describe.skipIf(!has('subjectivity'))('eval subjectivity', () => {
  it('scores CheckThat TSVs with columns in any order', async () => {
    consistent(await subjectivityTask.run(fx('checkthat-reordered.tsv')), 2);
    await expect(subjectivityTask.run(fx('checkthat-bad-label.tsv'))).rejects.toThrow(
      /:2: expected label SUBJ or OBJ/,
    );
  });
});

describe.skipIf(!has('checkworthy'))('eval checkworthy', () => {
  it('scores ClaimBuster json', async () => {
    const r = await checkworthyTask.run(fx('claimbuster-ok.json'));
    consistent(r, 2);
    expect(Object.keys(r.classes).sort()).toEqual(['0', '1']);
  });
});

describe.skipIf(!has('propaganda', 'propaganda-spans', 'propaganda-techniques'))('eval propaganda', () => {
  it('scores span identification on a PTC folder', async () => {
    const r = await propagandaSpansTask.run(fx('ptc'));
    expect(r.task).toBe('propaganda-spans');
    expect(r.goldSpans).toBe(2);
    expect(r.f1).toBeGreaterThanOrEqual(0);
    expect(r.f1).toBeLessThanOrEqual(1);
  });

  it('classifies gold spans into the 14 techniques', async () => {
    const r = await propagandaTechniquesTask.run(fx('ptc'));
    consistent(r, 2);
    expect(Object.keys(r.classes)).toHaveLength(14);
    expect(r.microF1).toBeGreaterThanOrEqual(0);
  });
});
