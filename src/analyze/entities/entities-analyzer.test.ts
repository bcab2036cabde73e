import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../segment/create-document.js';
import { createAnalysis } from '../create-analysis.js';
import type { Analysis, Entity } from '../types.js';
import { createEntitiesAnalyzer } from './entities-analyzer.js';

const here = import.meta.dirname;
const analyzer = createEntitiesAnalyzer();

function entities(text: string): Entity[] {
  const analysis: Analysis = createAnalysis(createDocument(text));
  analyzer.run(analysis);
  return analysis.entities;
}

/** A compact, readable form for golden files: "text@sentence", pronouns in angle brackets. */
function brief(text: string, list: Entity[]) {
  return list.map((e) => ({
    id: e.id,
    type: e.type,
    name: e.name,
    roles: e.roles,
    affiliation: e.affiliation,
    mentions: e.mentions.map((m) => {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      return m.kind === 'pronoun' ? `<${m.text}>@${m.sentence}` : `${m.text}@${m.sentence}`;
    }),
  }));
}

/** Compares with `fixtures/<name>.golden.json`; UPDATE_GOLDEN=1 rewrites it. */
function expectGolden(name: string) {
  const text = readFileSync(join(here, 'fixtures', `${name}.txt`), 'utf8');
  const actual = brief(text, entities(text));
  const goldenPath = join(here, 'fixtures', `${name}.golden.json`);
  if (process.env.UPDATE_GOLDEN) writeFileSync(goldenPath, `${JSON.stringify(actual, null, 2)}\n`);
  expect(actual).toEqual(JSON.parse(readFileSync(goldenPath, 'utf8')));
}

const find = (list: Entity[], name: string) => list.find((e) => e.name === name);

describe('entities analyzer: golden fixtures', () => {
  it('council-vote: local people, roles, organizations by cue words', () => expectGolden('council-vote'));
  it('embassy-talks: gazetteer names, aliases, affiliations', () => expectGolden('embassy-talks'));
  it('not-names: headline, sentence starts, events, groups', () => expectGolden('not-names'));
});

describe('entities analyzer: rules', () => {
  it('keeps titles as roles and merges full name, surname and possessive', () => {
    const text = 'Former President Donald Trump spoke. Trump’s aides agreed, and Trump left.';
    const [trump] = entities(text);
    expect(trump).toMatchObject({ name: 'Donald Trump', type: 'person', roles: ['Former President'] });
    expect(trump!.mentions.map((m) => m.text)).toEqual(['Donald Trump', 'Trump', 'Trump']);
  });

  it('does not merge a surname with a person of the other gender', () => {
    const list = entities('Hillary Clinton spoke first. Mr. Clinton disagreed, and Clinton left.');
    expect(list.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['Hillary Clinton', ['Hillary Clinton', 'Clinton']],
      ['Clinton', ['Clinton']],
    ]);
  });

  it('takes the organization before a role as the affiliation', () => {
    const list = entities('It was reported by Washington Post journalist Bob Woodward on Monday.');
    expect(find(list, 'Bob Woodward')).toMatchObject({
      roles: ['journalist'],
      affiliation: 'Washington Post',
    });
    expect(find(list, 'Washington Post')?.type).toBe('organization');
  });

  it('takes the affiliation of a spokesperson from the organization named earlier in the sentence', () => {
    const list = entities('The Kremlin stayed quiet, with spokesperson Dmitry Peskov declining to comment.');
    expect(find(list, 'Dmitry Peskov')).toMatchObject({ roles: ['spokesperson'], affiliation: 'Kremlin' });
  });

  it('reads demonyms, modifiers and hyphenated titles into the role', () => {
    const list = entities(
      'Russian parliament member Leonid Slutsky met pro-Russian president Viktor Yanukovych and then-President Joe Biden.',
    );
    expect(find(list, 'Leonid Slutsky')?.roles).toEqual(['Russian parliament member']);
    expect(find(list, 'Viktor Yanukovych')?.roles).toEqual(['pro-Russian president']);
    expect(find(list, 'Joe Biden')?.roles).toEqual(['then-President']);
  });

  it('reads roles from appositives after the name', () => {
    const list = entities(
      "Dmitry Peskov, the Kremlin's spokesman, declined to comment. Dr. Helena Rusk, an economist at the University of Aldermoor, said the figures were weak.",
    );
    expect(find(list, 'Dmitry Peskov')).toMatchObject({ roles: ['spokesman'], affiliation: 'Kremlin' });
    expect(find(list, 'Helena Rusk')).toMatchObject({
      roles: ['economist'],
      affiliation: 'University of Aldermoor',
    });
  });

  it('tells people from places and organizations that share a word', () => {
    const list = entities(
      'Former Mexican President Vicente Fox spoke in St. Louis County. House Majority Whip Steve Scalise and Linda Park agreed.',
    );
    expect(find(list, 'Vicente Fox')).toMatchObject({ type: 'person', roles: ['Former Mexican President'] });
    expect(find(list, 'St. Louis County')?.type).toBe('place');
    expect(find(list, 'Steve Scalise')).toMatchObject({ type: 'person', roles: ['Majority Whip'] });
    expect(find(list, 'Linda Park')?.type).toBe('person');
    expect(find(list, 'Fox News')).toBeUndefined();
  });

  it('types a speaking acronym as an organization and keeps pageant titles apart from names', () => {
    const list = entities('AROS said it would march. She met a former Miss Universe, who spoke first.');
    expect(find(list, 'AROS')?.type).toBe('organization');
    expect(list.filter((e) => e.type === 'person')).toEqual([]);
  });

  it('keeps whole organization names and tells a speaking surname from a country', () => {
    const list = entities(
      'He works at the American Enterprise Institute and the Federal Bureau of Prisons. Rep. Jim Jordan spoke. "No," Jordan said, and flew to Jordan.',
    );
    expect(find(list, 'American Enterprise Institute')?.type).toBe('organization');
    expect(find(list, 'Federal Bureau of Prisons')?.type).toBe('organization');
    expect(find(list, 'Jim Jordan')?.mentions.map((m) => m.text)).toEqual(['Jim Jordan', 'Jordan']);
    expect(find(list, 'Jordan')?.type).toBe('place');
  });

  it('reads committee roles and newspaper names', () => {
    const list = entities(
      'Finance committee member Paul Okafor spoke. It was reported by Daily Ledger columnist Rita Chen.',
    );
    expect(find(list, 'Paul Okafor')?.roles).toEqual(['Finance committee member']);
    expect(find(list, 'Rita Chen')).toMatchObject({ roles: ['columnist'], affiliation: 'Daily Ledger' });
    expect(find(list, 'Daily Ledger')?.type).toBe('organization');
  });

  it('does not take a verb that looks like a title for a role', () => {
    const list = entities('The city will host Maria Keller next week.');
    expect(find(list, 'Maria Keller')?.roles).toEqual([]);
  });

  it('links he and she only where safe', () => {
    const list = entities(
      'Donald Trump spoke with Vladimir Putin. He said the talks went well. Trump and Putin met again. He left early.',
    );
    const trump = find(list, 'Donald Trump')!;
    const pronouns = trump.mentions.filter((m) => m.kind === 'pronoun');
    expect(pronouns.map((m) => m.sentence)).toEqual([1]);
    expect(find(list, 'Vladimir Putin')!.mentions.some((m) => m.kind === 'pronoun')).toBe(false);
  });

  it('does not link a pronoun to a person of the other gender, nor inside a quotation', () => {
    const list = entities('Angela Merkel met reporters. He asked a question. "He is wrong," Merkel said.');
    expect(find(list, 'Angela Merkel')!.mentions.some((m) => m.kind === 'pronoun')).toBe(false);
  });

  it('needs a case match for acronyms and skips capitalized common words', () => {
    const list = entities(
      'Officials told us the plan would work. The US and the UN agreed. Critics disagreed.',
    );
    expect(list.map((e) => e.name)).toEqual(['United States', 'United Nations']);
  });

  it('never throws on odd input', () => {
    for (const text of ['', ' ', '...', 'A', 'Mr.', '“ ”', 'Gen. .', 'X'.repeat(5000), 'He. She. They.'])
      expect(() => entities(text)).not.toThrow();
  });
});

const seed = join(here, '../../../../shared/corpus/seed-article.txt');

describe.skipIf(!existsSync(seed))('entities analyzer: seed article', () => {
  const list = entities(existsSync(seed) ? readFileSync(seed, 'utf8') : '');
  const names = (type: string) => list.filter((e) => e.type === type).map((e) => e.name);

  it('finds the people, with roles', () => {
    expect(names('person')).toEqual(
      expect.arrayContaining([
        'Donald Trump',
        'Vladimir Putin',
        'Dmitry Peskov',
        'Leonid Slutsky',
        'Bob Woodward',
        'Joe Biden',
        'Viktor Yanukovych',
      ]),
    );
    expect(find(list, 'Dmitry Peskov')?.roles).toContain('spokesperson');
    expect(find(list, 'Leonid Slutsky')?.roles).toContain('Russian parliament member');
    expect(find(list, 'Bob Woodward')?.affiliation).toBe('Washington Post');
    expect(find(list, 'Donald Trump')?.roles).toContain('Former President');
  });

  it('finds the organizations and places', () => {
    expect(names('organization')).toEqual(
      expect.arrayContaining(['Kremlin', 'NATO', 'New York Post', 'Washington Post']),
    );
    expect(names('place')).toEqual(
      expect.arrayContaining(['Ukraine', 'Russia', 'Crimea', 'Saudi Arabia', 'United Arab Emirates']),
    );
  });

  it('maps possessives to the person and finds no junk', () => {
    const putin = find(list, 'Vladimir Putin')!;
    expect(putin.mentions.filter((m) => m.kind === 'name').every((m) => !m.text.endsWith('s'))).toBe(true);
    const all = list.map((e) => e.name);
    for (const junk of ['However', 'This', 'Last week', 'February', 'Democrats', 'Western'])
      expect(all).not.toContain(junk);
    expect(find(list, 'Revolution of Dignity')?.type ?? 'none').not.toBe('person');
  });

  it('links "he" to Trump after the sentence about his communications with Putin', () => {
    const trump = find(list, 'Donald Trump')!;
    const he = trump.mentions.filter((m) => m.kind === 'pronoun').map((m) => m.sentence);
    expect(he).toContain(4);
  });
});
