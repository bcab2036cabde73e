import { describe, expect, it } from 'vitest';
import { attributions } from './test-support/attributions-of.js';

describe('attribution: nested reported speech', () => {
  it('keeps the outer content whole and reports the inner attribution too', () => {
    expect(attributions('The mayor said the harbor master told her the pier was unsafe.')).toEqual([
      { source: 'The mayor', cue: 'said', content: 'the harbor master told her the pier was unsafe' },
      { source: 'the harbor master', cue: 'told', content: 'the pier was unsafe' },
    ]);
  });
});

describe('attribution: circumstances after the cue', () => {
  it('reads "that night" as a time, not a clause: the quotation before is the content', () => {
    expect(attributions('“We rebuilt this town together,” she said in her speech that night.')).toEqual([
      { source: 'she', cue: 'said', content: '“We rebuilt this town together,”' },
    ]);
  });

  it('still takes a that-clause after a circumstance', () => {
    expect(attributions('Vance said in a statement that the ferry would run again.')).toEqual([
      { source: 'Vance', cue: 'said', content: 'that the ferry would run again' },
    ]);
  });
});

describe('attribution: questions put to a source', () => {
  it('reads "When asked about ..." as a question with no source', () => {
    expect(
      attributions('When asked about the toll increase, the governor changed the subject.'),
    ).toContainEqual({
      source: null,
      cue: 'asked about',
      content: 'the toll increase',
    });
  });

  it('reads "X was asked whether ..." as a question with no source', () => {
    expect(attributions('Vance was asked whether the ferry would run again.')).toEqual([
      { source: null, cue: 'asked', content: 'whether the ferry would run again' },
    ]);
  });
});

describe('attribution: speaker labels', () => {
  it('gives a headline label the whole line, even with a cue inside it', () => {
    const text = 'Brandt: Council Says It Wants a Ferry by May\n\nThe council met on Monday.';
    expect(attributions(text)[0]).toEqual({
      source: 'Brandt',
      cue: ':',
      content: 'Council Says It Wants a Ferry by May',
    });
  });

  it('runs a transcript turn to the end of its paragraph', () => {
    const text =
      'The interview went on.\n\nVANCE: I think the ferry will run. We have the money. It is done.';
    expect(attributions(text)[0]).toEqual({
      source: 'VANCE',
      cue: ':',
      content: 'I think the ferry will run. We have the money. It is done',
    });
  });
});

describe('attribution: a quotation inside the clause before the source', () => {
  it('takes the whole clause, not the quoted word at its end', () => {
    expect(attributions('Nobody should wave around words like “maybe”, he told reporters.')).toEqual([
      { source: 'he', cue: 'told', content: 'Nobody should wave around words like “maybe”' },
    ]);
  });
});
