import { describe, expect, it } from 'vitest';
import { createEngine } from './create-engine.js';
import { parseInlineIgnores } from './inline-ignores.js';

const engine = createEngine();
/** Findings of the lexical analyzers only, so other analyzers' findings do not disturb these tests. */
const lexical = (text: string) =>
  engine
    .analyze(text, { forceLanguage: true })
    .findings.filter((f) => /^(vague-attribution|loaded-language|hedges)\//.test(f.ruleId));
const found = (text: string) => lexical(text).map((f) => `${f.ruleId} ${f.text}`);

const draft = [
  'The council reportedly met. The plan was devastating for shops.',
  '<!-- unspin-disable -->',
  'The council reportedly met again. The plan was devastating for shops.',
  '<!-- unspin-enable -->',
  'The mayor reportedly spoke. Her plan was devastating for shops.',
].join('\n');

describe('inline ignore comments', () => {
  it('silences every rule between disable and enable', () => {
    const all = found(draft);
    expect(all.filter((f) => f.endsWith('reportedly'))).toHaveLength(2);
    expect(all.filter((f) => f.endsWith('devastating'))).toHaveLength(2);
    const offsets = lexical(draft).map((f) => f.line);
    expect(offsets).not.toContain(3);
  });

  it('silences only the named rules, by id, analyzer or category', () => {
    for (const name of ['vague-attribution/reportedly', 'vague-attribution', 'vague-attribution/']) {
      const text = `<!-- unspin-disable ${name} -->\nThe council reportedly met. The plan was devastating.`;
      expect(found(text).some((f) => f.endsWith('reportedly'))).toBe(false);
      expect(found(text).some((f) => f.endsWith('devastating'))).toBe(true);
    }
    const byCategory =
      '<!-- unspin-disable loaded-language, hedges -->\nThe plan was devastating and may fail.';
    expect(found(byCategory)).toEqual([]);
  });

  it('silences the next line with text, skipping blank lines', () => {
    const text = [
      '<!-- unspin-ignore-next-line -->',
      '',
      'The council reportedly met.',
      'The mayor reportedly spoke.',
    ].join('\n');
    const findings = lexical(text);
    expect(findings.filter((f) => f.text === 'reportedly').map((f) => f.line)).toEqual([4]);
  });

  it('silences the line the comment is on', () => {
    const text =
      'The council reportedly met. <!-- unspin-ignore-line vague-attribution -->\nIt reportedly ended.';
    expect(found(text).filter((f) => f.endsWith('reportedly'))).toHaveLength(1);
  });

  it('re-enables one rule inside a disable-all range', () => {
    const ignores = parseInlineIgnores(
      'a <!-- unspin-disable --> b <!-- unspin-enable hedges --> c <!-- unspin-enable --> d',
    );
    expect(ignores.ranges).toHaveLength(2);
    expect(ignores.ranges[1]?.except).toEqual(['hedges']);
  });

  it('runs a disable with no enable to the end, and reports unknown directives', () => {
    const report = engine.analyze(
      '<!-- unspin-disable -->\nThe council reportedly met. <!-- unspin-disabel -->',
      {
        forceLanguage: true,
      },
    );
    expect(report.findings).toEqual([]);
    expect(report.warnings.some((w) => w.includes('unspin-disabel'))).toBe(true);
  });

  it('costs nothing on text without directives', () => {
    expect(parseInlineIgnores('Plain text with <!-- a comment -->.')).toEqual({
      ranges: [],
      comments: [],
      unknown: [],
    });
  });
});
