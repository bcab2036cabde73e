import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';
import { createDocument } from '../../../segment/create-document.js';
import { createAnalysis } from '../../create-analysis.js';
import type { Analysis, Analyzer } from '../../types.js';

/** A fresh analysis state for one text, as the engine builds it. */
export function analysisOf(text: string): Analysis {
  return createAnalysis(createDocument(text));
}

export interface CompactFinding {
  ruleId: string;
  category: string;
  severity: string;
  line: number;
  text: string;
  suggestion: string | null;
}

/** Runs analyzers on a text and returns the findings in a compact, diff-friendly form. */
export function compactFindings(text: string, analyzers: readonly Analyzer[]): CompactFinding[] {
  const analysis = analysisOf(text);
  for (const a of analyzers) a.run(analysis);
  return analysis.findings
    .slice()
    .sort((a, b) => a.start - b.start || a.ruleId.localeCompare(b.ruleId))
    .map((f) => ({
      ruleId: f.ruleId,
      category: f.category,
      severity: f.severity,
      line: f.line,
      text: f.text,
      suggestion: f.suggestion,
    }));
}

/** Compares with a golden JSON file; `UPDATE_GOLDEN=1` rewrites it. */
export function expectGolden(actual: unknown, goldenPath: string): void {
  const json = `${JSON.stringify(actual, null, 2)}\n`;
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(goldenPath)) writeFileSync(goldenPath, json);
  expect(JSON.parse(json)).toEqual(JSON.parse(readFileSync(goldenPath, 'utf8')));
}
