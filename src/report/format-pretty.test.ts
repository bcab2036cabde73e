import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine/create-engine.js';
import { formatPretty } from './format-pretty.js';

// An engine with no analyzers except roles keeps these tests independent of the word lists.
const engine = createEngine({ analyzers: [] });

describe('pretty report', () => {
  const report = engine.analyze('The mayor spoke.\x1b[31m RED \x1b]0;title\x07 Then she left.');
  report.findings.push({
    ruleId: 'test/spoke',
    category: 'loaded-language',
    analyzer: 'test',
    severity: 'warning',
    start: 10,
    end: 15,
    line: 1,
    column: 11,
    text: 'spoke',
    message: '"spoke" is a test finding.',
    suggestion: 'said',
    sentence: 0,
    confidence: 1,
    url: null,
  });

  it('strips terminal escape sequences from article text', () => {
    const out = formatPretty(report, 'draft.txt', { color: false });
    expect(out).not.toMatch(/\x1b/);
    expect(out).toContain('RED');
  });

  it('brackets findings without colour and underlines them with colour', () => {
    expect(formatPretty(report, 'draft.txt', { color: false })).toContain('The mayor [spoke].');
    expect(formatPretty(report, 'draft.txt', { color: true })).toContain('\x1b[4mspoke\x1b[24m');
  });

  it('lists findings with position, severity, message, suggestion and rule id', () => {
    const out = formatPretty(report, 'draft.txt', { color: false });
    expect(out).toMatch(/1:11\s+warning\s+"spoke" is a test finding\. → said\s+test\/spoke/);
    expect(out).toContain('Legend:');
    expect(out).toContain('Summary');
  });
});
