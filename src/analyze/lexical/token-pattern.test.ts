import { describe, expect, it } from 'vitest';
import { createDocument } from '../../segment/create-document.js';
import { matchElements, PatternSyntaxError, parsePattern } from './token-pattern.js';

const classes = new Map([['source', new Set(['critics', 'observers'])]]);

/** Longest match of a pattern at the first token, as the matched text, or null. */
function matchText(pattern: string, text: string): string | null {
  const doc = createDocument(text);
  const end = matchElements(parsePattern(pattern, classes), doc.tokens, text, 0, doc.tokens.count);
  if (end <= 0) return null;
  return text.slice(doc.tokens.start[0], doc.tokens.end[end - 1]);
}

describe('token patterns', () => {
  it('matches literals, alternatives and classes', () => {
    expect(matchText('<source> say|said', 'Critics said it.')).toBe('Critics said');
    expect(matchText('<source> (say|said)', 'Observers say so.')).toBe('Observers say');
    expect(matchText('<source> say', 'Voters say so.')).toBeNull();
  });

  it('takes the longest match through optional elements', () => {
    expect(matchText('it is also? said', 'It is also said that')).toBe('It is also said');
    expect(matchText('it is also? said', 'It is said that')).toBe('It is said');
    expect(matchText('it is also? said', 'It is widely said')).toBeNull();
  });

  it('supports built-in classes and negated words', () => {
    expect(matchText('to many <punct>', 'to many, it was')).toBe('to many,');
    expect(matchText('proven !that|it', 'proven destructive')).toBe('proven destructive');
    expect(matchText('proven !that|it', 'proven that')).toBeNull();
    expect(matchText('_ said', 'Anyone said')).toBe('Anyone said');
  });

  it('rejects malformed patterns', () => {
    expect(() => parsePattern('<nope> say', classes)).toThrow(PatternSyntaxError);
    expect(() => parsePattern('(who have) say', classes)).toThrow(/not one token/);
    expect(() => parsePattern('a? b?', classes)).toThrow(/required element/);
    expect(() => parsePattern('!<punct>', classes)).toThrow(/negated/);
  });
});
