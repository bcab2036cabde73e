import { describe, expect, it } from 'vitest';
import { attributions } from './test-support/attributions-of.js';

describe('attribution: words between the source and the cue', () => {
  it.each([
    ['Vance has always maintained that the pier was safe.', 'Vance', 'maintained'],
    ['Okafor and Brandt have both urged that the vote be delayed.', 'Okafor and Brandt', 'urged'],
    ['She won’t deny that the pier was unsafe.', 'She', 'deny'],
    ['They’ve said the pier was unsafe.', 'They', 'said'],
    ["He didn't say the pier was unsafe.", 'He', 'say'],
  ])('%s', (text, source, cue) => {
    expect(attributions(text)).toEqual([expect.objectContaining({ source, cue })]);
  });
});

describe('attribution: survey sources', () => {
  it('takes a survey noun as the source even after a month name', () => {
    expect(attributions('The April survey found Brandt leading Okafor by seven points.')).toEqual([
      { source: 'survey', cue: 'found', content: 'Brandt leading Okafor by seven points' },
    ]);
  });
});

describe('attribution: lead-ins and participles', () => {
  it('skips a lead-in before the subject of a participle clause', () => {
    expect(
      attributions('Instead, the Alder senator is sticking to his schedule, hoping to avoid any delay.'),
    ).toEqual([{ source: 'the Alder senator', cue: 'hoping', content: 'to avoid any delay' }]);
  });

  it('takes the quotation after ", telling X," as the content', () => {
    expect(
      attributions('Hours later, Vance thanked the crew, telling reporters, “They saved the pier.”'),
    ).toContainEqual({ source: 'Vance', cue: 'telling', content: '“They saved the pier.”' });
  });
});

describe('attribution: quantity subjects', () => {
  it.each([
    ['Two in three said the ferry should run.', 'Two in three'],
    ['And nearly three in five said the ferry should run.', 'nearly three in five'],
    ['Most of them said the ferry should run.', 'Most of them'],
    ['All but two said the ferry should run.', 'All but two'],
    ['Several said the ferry should run.', 'Several'],
    ['Several supporters of reform said the ferry should run.', 'Several supporters of reform'],
  ])('%s', (text, source) => {
    expect(attributions(text)).toEqual([{ source, cue: 'said', content: 'the ferry should run' }]);
  });
});

describe('attribution: clause before an inverted source', () => {
  it('reads a clause with a verb before ", said X" as content, not as an appositive subject', () => {
    const [first] = attributions(
      'Even if the office closed, some of its work would go to others, said Vance, who runs it.',
    );
    expect(first?.source).toBe('Vance');
    expect(first?.content?.startsWith('Even if the office closed, some of its work would go to others')).toBe(
      true,
    );
  });

  it('takes a demonstrative and its noun as a source', () => {
    expect(attributions('That person said the ferry should run.')).toEqual([
      { source: 'That person', cue: 'said', content: 'the ferry should run' },
    ]);
  });
});

describe('attribution: "a source close to him"', () => {
  it('reads the whole phrase as the source and leaves the opener comma out of the content', () => {
    expect(attributions('Still, Vance will rethink the plan, a source close to him said.')).toEqual([
      { source: 'a source close to him', cue: 'said', content: 'Vance will rethink the plan' },
    ]);
  });
});
