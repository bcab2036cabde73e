import { describe, expect, it } from 'vitest';
import { attributions } from './test-support/attributions-of.js';

describe('attribution: noun cues', () => {
  it('takes a possessive name as the source of "calls for"', () => {
    expect(
      attributions('Council members debated Mayor Ilse Brandt’s calls for a new ferry terminal.'),
    ).toEqual([{ source: 'Mayor Ilse Brandt’s', cue: 'calls for', content: 'a new ferry terminal' }]);
  });

  it('takes a possessive pronoun and a that-clause up to the clause end', () => {
    expect(
      attributions(
        'Reporters pressed the minister on his claim that the bridge would open in May, and he left.',
      ),
    ).toContainEqual({ source: 'his', cue: 'claim that', content: 'that the bridge would open in May' });
  });

  it('reads "complaints that" with no source', () => {
    expect(attributions('There were complaints that cyclists raced through the market square.')).toEqual([
      { source: null, cue: 'complaints that', content: 'that cyclists raced through the market square' },
    ]);
  });

  it('leaves nouns with no possessive alone', () => {
    expect(attributions('The calls for a new terminal grew louder.')).toEqual([]);
  });
});
