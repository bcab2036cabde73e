import { describe, expect, it } from 'vitest';
import { createDocument } from './create-document.js';
import { TokenKind } from './types.js';

const sentencesOf = (text: string) => {
  const doc = createDocument(text);
  return doc.sentences.map((s) => text.slice(s.start, s.end));
};

describe('sentence splitting', () => {
  it('does not split at titles, initials and month abbreviations', () => {
    expect(
      sentencesOf('Mr. Hale met Gen. Ruiz on Feb. 4 in St. Louis. George W. Bush was not there. It rained.'),
    ).toEqual([
      'Mr. Hale met Gen. Ruiz on Feb. 4 in St. Louis.',
      'George W. Bush was not there.',
      'It rained.',
    ]);
  });

  it('keeps acronyms inside a sentence but splits after one that ends it', () => {
    expect(
      sentencesOf('The U.S. and the U.N. agreed. The talks ended in the U.S. The next day it rained.'),
    ).toEqual(['The U.S. and the U.N. agreed.', 'The talks ended in the U.S.', 'The next day it rained.']);
  });

  it('keeps a quotation that ends in a comma inside its sentence', () => {
    const text = '"We will win. They will lose," he said. Then he left.';
    expect(sentencesOf(text)).toEqual(['"We will win. They will lose," he said.', 'Then he left.']);
  });

  it('splits after a closing quote and handles curly quotes', () => {
    const text = 'She called it “a disgrace.” The mayor disagreed! Why? Nobody knows…';
    expect(sentencesOf(text)).toEqual([
      'She called it “a disgrace.”',
      'The mayor disagreed!',
      'Why?',
      'Nobody knows…',
    ]);
  });

  it('treats Windows line endings like Unix ones', () => {
    const unix = 'First paragraph here.\n\nSecond one. With two sentences.';
    const windows = unix.replace(/\n/g, '\r\n');
    expect(sentencesOf(windows)).toEqual(sentencesOf(unix));
    const doc = createDocument(windows);
    expect(doc.paragraphs).toHaveLength(2);
    expect(doc.position(windows.indexOf('Second'))).toEqual({ line: 3, column: 1 });
  });
});

describe('paragraph kinds', () => {
  const article = [
    'Council Backs Harbor Plan',
    '',
    'By Jane Roe and Sam Poe',
    '',
    'PORTVALE, Maine (Wire) — The council voted on Tuesday. It was close.',
    '',
    '- First point of the plan.',
    '* Second point.',
    '',
    'A hard-wrapped paragraph that goes on',
    'across a line break and ends here.',
  ].join('\n');
  const doc = createDocument(article);

  it('finds headline, byline, dateline and list items', () => {
    expect(doc.sentences.map((s) => s.kind)).toEqual([
      'headline',
      'byline',
      'dateline',
      'body',
      'list-item',
      'list-item',
      'body',
    ]);
    expect(article.slice(doc.dateline!.start, doc.dateline!.end)).toBe('PORTVALE, Maine (Wire) — ');
  });

  it('finds a dateline that carries a date', () => {
    const text = 'Headline Here\n\nALDERMOOR, Feb. 12 — Exports rose, the ministry said.';
    const d = createDocument(text);
    expect(d.dateline && text.slice(d.dateline.start, d.dateline.end)).toBe('ALDERMOOR, Feb. 12 — ');
  });

  it('joins hard-wrapped lines into one paragraph', () => {
    const last = doc.sentences.at(-1)!;
    expect(article.slice(last.start, last.end)).toBe(
      'A hard-wrapped paragraph that goes on\nacross a line break and ends here.',
    );
  });
});

describe('quotes', () => {
  it('pairs curly single quotes and ignores apostrophes', () => {
    const text =
      'Putin’s aide called it ‘some very good talks’ and Trump’s team said ‘at an advanced stage,’ today.';
    const doc = createDocument(text);
    expect(doc.quotes.map((q) => text.slice(q.innerStart, q.innerEnd))).toEqual([
      'some very good talks',
      'at an advanced stage,',
    ]);
  });

  it("reads two apostrophes ('') as one double quote mark", () => {
    const text = "''We will see,'' Ms. Ortiz said. The voters' choice is ''not final.''";
    const doc = createDocument(text);
    expect(doc.quotes.map((q) => text.slice(q.innerStart, q.innerEnd))).toEqual([
      'We will see,',
      'not final.',
    ]);
    expect(doc.quotes.map((q) => q.mark)).toEqual(['double', 'double']);
  });

  it('marks a quote that runs into the next paragraph', () => {
    const text = '"The first part of a long statement.\n\n"And the second part," she said.';
    const doc = createDocument(text);
    expect(doc.quotes[0]?.continues).toBe(true);
    expect(doc.quotes[1]?.continues).toBe(false);
  });

  it('finds a multi-sentence quotation as one span', () => {
    const text = 'He said: "We will win. They will lose." Then he left.';
    const doc = createDocument(text);
    expect(doc.quotes).toHaveLength(1);
    expect(text.slice(doc.quotes[0]!.innerStart, doc.quotes[0]!.innerEnd)).toBe(
      'We will win. They will lose.',
    );
  });
});

describe('tokens', () => {
  it('keeps exact offsets and kinds', () => {
    const text = 'The U.S. paid $4.5 million, Putin’s aide said.';
    const doc = createDocument(text);
    const toks = Array.from({ length: doc.tokens.count }, (_, i) =>
      text.slice(doc.tokens.start[i], doc.tokens.end[i]),
    );
    expect(toks).toEqual(['The', 'U.S.', 'paid', '$4.5', 'million', ',', 'Putin', '’s', 'aide', 'said', '.']);
    expect(doc.tokens.kind[3]).toBe(TokenKind.number);
    expect(doc.tokens.lower[7]).toBe("'s");
    expect(doc.tokenAt(text.indexOf('aide') + 2)).toBe(8);
  });

  it('assigns every token to its sentence', () => {
    const doc = createDocument('One two. Three four.');
    expect(Array.from(doc.tokens.sentence)).toEqual([0, 0, 0, 1, 1, 1]);
    expect(doc.sentences[1]).toMatchObject({ tokenStart: 3, tokenEnd: 6 });
  });

  it('handles empty and whitespace-only text without sentences', () => {
    expect(createDocument('').sentences).toHaveLength(0);
    expect(createDocument(' \n\n ').paragraphs).toHaveLength(0);
  });
});
