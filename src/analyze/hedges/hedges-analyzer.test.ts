import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compactFindings, expectGolden } from '../lexical/test-support/run-analyzers.js';
import { createHedgesAnalyzer } from './index.js';

const fixtures = join(import.meta.dirname, 'fixtures');
const run = (text: string) => compactFindings(text, [createHedgesAnalyzer()]);

describe('hedges analyzer', () => {
  it('marks speculation at info severity (golden)', () => {
    const findings = run(readFileSync(join(fixtures, 'speculation.txt'), 'utf8'));
    expectGolden(findings, join(fixtures, 'speculation.golden.json'));
    // The title-case "May" of the headline is not taken for a modal.
    expect(findings.map((f) => f.text)).toEqual([
      'may',
      'could',
      'potential',
      'appears to',
      'possibly',
      'is likely to',
      'Perhaps',
    ]);
    expect(findings.every((f) => f.category === 'hedge' && f.severity === 'info')).toBe(true);
  });

  it('does not take the month or a surname for the modal "may"', () => {
    expect(run('The vote is on May 3. Theresa May spoke in May.')).toEqual([]);
  });

  it('ignores hedges inside direct quotes', () => {
    expect(run('"We may win," she said.')).toEqual([]);
  });
});
