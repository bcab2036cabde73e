import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/create-engine.js';
import { createAttributionAnalyzer } from './index.js';

const engine = createEngine({ analyzers: [createAttributionAnalyzer()] });

function attributions(text: string) {
  const report = engine.analyze(text, { forceLanguage: true });
  const slice = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);
  return report.attributions.map((a) => ({
    kind: a.kind,
    source: a.source,
    speakerRole: a.speakerRole,
    cue: a.cue,
    content: slice(a.content),
    disputedBy: a.disputedBy,
  }));
}

describe('attribution analyzer: speaker names and roles', () => {
  it('names an organization "of" something in full', () => {
    const out = attributions('Rice exports rose 9 percent in May, the Ministry of Trade said on Friday.');
    expect(out).toEqual([
      expect.objectContaining({
        source: 'the Ministry of Trade',
        cue: 'said',
        content: 'Rice exports rose 9 percent in May',
      }),
    ]);
  });

  it('keeps the cue out of the source and shares it with a participle clause', () => {
    const text =
      'Critics say the board hid the costs. The governor’s office denied that, calling the claim "false."';
    const out = attributions(text);
    expect(out.map((a) => [a.kind, a.source, a.cue])).toEqual([
      ['indirect', 'Critics', 'say'],
      ['contested', 'The governor’s office', 'denied'],
      ['direct', 'The governor’s office', 'calling'],
    ]);
    // "denied that" refers back to the claim reported before.
    expect(out[1]?.content).toBe('the board hid the costs');
    expect(out[1]?.disputedBy).toBe('The governor’s office');
  });

  it('splits a title or role from the name, before a relative clause too', () => {
    const out = attributions(
      'Councilmember Ada Moss, who voted against the plan, said the audit was late. ' +
        'Deputy Minister Karl Ode told reporters that the port would reopen.',
    );
    const said = out.find((a) => a.cue === 'said');
    expect(said).toMatchObject({ source: 'Ada Moss', speakerRole: 'Councilmember' });
    expect(out.find((a) => a.cue === 'told')).toMatchObject({
      source: 'Karl Ode',
      speakerRole: 'Deputy Minister',
    });
    // The cue inside the relative clause is an attribution of its own that ends with the clause.
    expect(out.find((a) => a.cue === 'voted against')).toMatchObject({
      source: 'Ada Moss',
      content: 'the plan',
    });
  });

  it('reads the role from an appositive after a titled name', () => {
    const out = attributions(
      'Dr. Ines Falk, an economist at the University of Brenn, said the rebound was fragile.',
    );
    expect(out[0]).toMatchObject({
      source: 'Ines Falk',
      speakerRole: 'economist at the University of Brenn',
      content: 'the rebound was fragile',
    });
  });

  it('reads "accused ... of" and a denial in a "which" clause', () => {
    const out = attributions(
      'The opposition Workers Alliance accused the cabinet of hiding the deficit before the vote, which the treasury rejected.',
    );
    expect(out).toEqual([
      expect.objectContaining({
        kind: 'indirect',
        source: 'the opposition Workers Alliance',
        cue: 'accused',
        content: 'the cabinet of hiding the deficit before the vote',
      }),
      expect.objectContaining({
        kind: 'contested',
        source: 'the treasury',
        disputedBy: 'the treasury',
        cue: 'rejected',
        content: 'the cabinet of hiding the deficit before the vote',
      }),
    ]);
  });

  it('finds the source of a quote set off by commas, a parenthesis or a time phrase', () => {
    const out = attributions(
      '"We are ready," Sen. Rosa Vint (D-Ore.) said. ' +
        'The only risk, she said, is the weather. ' +
        'Governor Ivo Lark on Tuesday said that the roads were clear. ' +
        '"It is a mess," said a source close to the campaign.',
    );
    expect(out.map((a) => [a.source, a.content])).toEqual([
      ['Rosa Vint', '"We are ready,"'],
      ['Rosa Vint', 'The only risk, she said, is the weather'],
      ['Ivo Lark', 'that the roads were clear'],
      ['a source close to the campaign', '"It is a mess,"'],
    ]);
  });

  it('prefers a named subject with an appositive to an inverted reading', () => {
    const out = attributions(
      'Ada Quill, a spokeswoman for the fund, said the donation had nothing to do with the vote. ' +
        '"Tolls are fair," Transport Secretary Ivo Brann said after the hearing. ' +
        'Now, 52 percent said Mr. Okoro would do better.',
    );
    expect(out.map((a) => [a.source, a.speakerRole, a.content])).toEqual([
      ['Ada Quill', 'spokeswoman for the fund', 'the donation had nothing to do with the vote'],
      ['Ivo Brann', 'Transport Secretary', '"Tolls are fair,"'],
      ['52 percent', null, 'Mr. Okoro would do better'],
    ]);
  });

  it('reads newspaper quotes written with two apostrophes', () => {
    const out = attributions("''We will appeal,'' Ms. Ortiz said.");
    expect(out[0]).toMatchObject({ kind: 'direct', source: 'Ortiz', content: "''We will appeal,''" });
  });
});

describe('attribution analyzer: stance and impression cues', () => {
  it('attributes wishes, beliefs and evaluations to their subject', () => {
    const out = attributions(
      'Mayor Lena Cho wants to expand the tram line. Union leaders criticized the plan as rushed. ' +
        'Most residents think the fares are too high.',
    );
    expect(out.map((a) => [a.source, a.cue, a.content])).toEqual([
      ['Lena Cho', 'wants', 'to expand the tram line'],
      ['Union leaders', 'criticized', 'the plan as rushed'],
      ['Most residents', 'think', 'the fares are too high'],
    ]);
  });

  it('reads "seemed to" and "is expected to" as impressions with no source', () => {
    const out = attributions('The council is expected to approve the budget on Monday.');
    expect(out).toEqual([
      expect.objectContaining({
        source: null,
        cue: 'expected',
        content: 'The council is expected to approve the budget on Monday',
      }),
    ]);
    const report = engine.analyze('The deal seemed to calm the markets.', { forceLanguage: true });
    expect(report.findings.map((f) => f.ruleId)).toEqual(['attribution/impression']);
  });

  it('skips stance verbs in title-case headlines', () => {
    const out = attributions('City Council Approves Harbor Deal\n\nThe council voted on Tuesday.');
    expect(out).toEqual([]);
  });
});

const examples = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'examples');
const example = (name: string) => join(examples, `${name}.txt`);

describe.skipIf(!existsSync(example('summit-talks')) || !existsSync(example('ministry-briefing')))(
  'attribution analyzer: shipped examples',
  () => {
    const read = (name: string) => (existsSync(example(name)) ? readFileSync(example(name), 'utf8') : '');

    it('summit-talks: the mayor’s office denies and calls; Owen Hale is a councilmember', () => {
      const out = attributions(read('summit-talks'));
      expect(out.find((a) => a.cue === 'denied')).toMatchObject({
        kind: 'contested',
        source: "The mayor's office",
        disputedBy: "The mayor's office",
      });
      expect(out.find((a) => a.cue === 'calling')).toMatchObject({ source: "The mayor's office" });
      expect(out.find((a) => a.cue === 'said' && a.source === 'Owen Hale')).toMatchObject({
        speakerRole: 'Councilmember',
      });
      expect(out.find((a) => a.cue === 'told')).toMatchObject({
        source: 'Lucia Brandt',
        speakerRole: 'Mayor',
      });
      expect(out.some((a) => a.source?.includes('denied'))).toBe(false);
    });

    it('ministry-briefing: the Ministry of Agriculture, Dr. Rusk’s role, the Green Alliance and its denial', () => {
      const out = attributions(read('ministry-briefing'));
      expect(out.find((a) => a.cue === 'said' && a.content?.startsWith('Grain exports'))).toMatchObject({
        source: 'the Ministry of Agriculture',
      });
      expect(out.find((a) => a.source === 'Tomas Varga')).toMatchObject({ speakerRole: 'Deputy Minister' });
      expect(out.find((a) => a.source === 'Helena Rusk')?.speakerRole).toContain('economist');
      expect(out.find((a) => a.cue === 'accused')).toMatchObject({
        kind: 'indirect',
        source: 'the opposition Green Alliance',
      });
      expect(out.find((a) => a.cue === 'rejected')).toMatchObject({
        kind: 'contested',
        disputedBy: 'the ministry',
      });
      const report = engine.analyze(read('ministry-briefing'), { forceLanguage: true });
      const accused = report.attributions.find((a) => a.cue === 'accused');
      expect(accused && report.attributions.filter((a) => a.sentence === accused.sentence)[0]?.source).toBe(
        'the opposition Green Alliance',
      );
    });
  },
);
