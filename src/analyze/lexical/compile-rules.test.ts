import { describe, expect, it } from 'vitest';
import { DataFormatError } from '../../errors/index.js';
import { createDocument } from '../../segment/create-document.js';
import { compileRules } from './compile-rules.js';
import { findMatches } from './find-matches.js';
import { quoteMask } from './quote-mask.js';
import type { RuleFileData } from './rule-types.js';

const base = { category: 'test', severity: 'warning', message: 'm' } as const;

function matches(data: RuleFileData, text: string): string[] {
  const compiled = compileRules([['test.yml', data]]);
  const doc = createDocument(text);
  return findMatches(doc, compiled, quoteMask(doc)).map((m) =>
    text.slice(doc.tokens.start[m.tokenStart], doc.tokens.end[m.tokenEnd - 1]),
  );
}

describe('compileRules', () => {
  it('expands term inflections and matches multi-word terms', () => {
    const data: RuleFileData = {
      rules: [
        { ...base, id: 't/a', kind: 'terms', terms: { 'slam|slammed': 'criticize', 'lash out': null } },
      ],
    };
    expect(matches(data, 'She slammed them, then lashed out. They lash out.')).toEqual([
      'slammed',
      'lash out',
    ]);
  });

  it('pairs inflections with alternatives by position', () => {
    const compiled = compileRules([
      [
        't.yml',
        {
          rules: [{ ...base, id: 't/p', kind: 'terms', terms: { 'slams|slammed': 'criticizes|criticized' } }],
        },
      ],
    ]);
    const doc = createDocument('He slammed it and she slams it.');
    expect(findMatches(doc, compiled, quoteMask(doc)).map((m) => m.alternative)).toEqual([
      'criticized',
      'criticizes',
    ]);
    expect(() =>
      compileRules([
        ['t.yml', { rules: [{ ...base, id: 't/q', kind: 'terms', terms: { 'a|b|c': 'x|y' } }] }],
      ]),
    ).toThrow(/3 forms but 2 alternatives/);
  });

  it('applies context conditions and sentence boundaries', () => {
    const data: RuleFileData = {
      rules: [
        { ...base, id: 't/b', kind: 'pattern', patterns: ['to many'], followedBy: ['<punct>', '<end>'] },
      ],
    };
    expect(matches(data, 'A surprise to many, it was. Talk to many people. It went to many')).toEqual([
      'to many',
      'to many',
    ]);
  });

  it('honours caseSensitive: lower case, or capital only at the start of a sentence', () => {
    const data: RuleFileData = {
      rules: [{ ...base, id: 't/c', kind: 'terms', caseSensitive: true, terms: { may: null } }],
    };
    expect(matches(data, 'May we go? Theresa May said we may.')).toEqual(['May', 'may']);
  });

  it('does not report overlapping matches of one rule twice', () => {
    const data: RuleFileData = {
      rules: [{ ...base, id: 't/d', kind: 'pattern', patterns: ['a b', 'b c', 'a b c'] }],
    };
    expect(matches(data, 'a b c')).toEqual(['a b c']);
  });

  it('throws DataFormatError on malformed rules', () => {
    const bad = (data: RuleFileData) => () => compileRules([['bad.yml', data]]);
    expect(bad({ rules: [{ ...base, id: 'No Slash', kind: 'terms', terms: {} }] })).toThrow(DataFormatError);
    expect(
      bad({
        rules: [
          { ...base, id: 't/x', kind: 'terms', terms: {} },
          { ...base, id: 't/x', kind: 'terms', terms: {} },
        ],
      }),
    ).toThrow(/used twice/);
    expect(bad({ rules: [{ ...base, id: 't/y', kind: 'pattern', patterns: ['<missing> x'] }] })).toThrow(
      /unknown class/,
    );
    expect(
      bad({ rules: [{ ...base, id: 't/z', severity: 'fatal' as 'error', kind: 'terms', terms: {} }] }),
    ).toThrow(/severity/);
  });
});
