import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../../errors/index.js';
import { loadedLanguageTask } from '../tasks/loaded-language.js';
import { readBabeLabels } from './read-babe-labels.js';
import { scoreLoadedLanguage } from './score-loaded-language.js';

const sample = join(import.meta.dirname, 'fixtures', 'babe-sample.csv');
const babe = join(import.meta.dirname, '../../../../shared/data/babe');

describe('loaded-language eval', () => {
  it('reads BABE labels (BOM, semicolons, quoted fields, word lists)', async () => {
    const rows = await readBabeLabels(sample);
    expect(rows).toHaveLength(6);
    expect(rows[0]?.text).toBe('The senator slammed the devastating plan, calling it a "scheme".');
    expect(rows[0]?.biasedWords).toEqual(['slammed', 'devastating']);
    expect(rows[0]?.outlet).toBe('Outlet A');
    expect(rows[5]?.label).toBe('No agreement');
  });

  it('scores sentences and findings against the labels', async () => {
    const result = scoreLoadedLanguage(await readBabeLabels(sample));
    expect(result).toMatchObject({
      task: 'loaded-language',
      sentences: 5,
      biased: 3,
      flagged: 4,
      precision: 0.75,
      recall: 1,
      findings: 7,
      markedWordRecall: 0.8,
      flaggedShareByOutlet: { 'Outlet A': 1, 'Outlet B': 0.5 },
    });
    expect(result.findingPrecision).toBeCloseTo(4 / 7, 6);
    expect(result.f1).toBeCloseTo((2 * 0.75) / 1.75, 6);
  });

  it('says clearly when the data is missing', async () => {
    await expect(loadedLanguageTask.run('/nonexistent/babe')).rejects.toThrow(NotFoundError);
  });

  it.skipIf(!existsSync(join(babe, 'final_labels_SG2.csv')))('runs on BABE SG2 when present', async () => {
    const result = await loadedLanguageTask.run(babe);
    expect(result.sentences).toBeGreaterThan(2000);
    expect(result.precision).toBeGreaterThan(0.7);
  });
});
