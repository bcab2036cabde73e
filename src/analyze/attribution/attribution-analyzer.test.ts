import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/create-engine.js';
import { defaultAnalyzers } from '../registry.js';
import { createAttributionAnalyzer } from './index.js';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, 'fixtures');
const engine = createEngine({ analyzers: [createAttributionAnalyzer()] });

/** The parts of the output the golden files pin, with spans shown as the text they cover. */
function summarize(text: string) {
  const report = engine.analyze(text, { forceLanguage: true });
  const slice = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);
  return {
    attributions: report.attributions.map((a) => ({
      kind: a.kind,
      source: a.source,
      sourceText: slice(a.sourceSpan),
      speakerRole: a.speakerRole,
      cue: a.cue,
      outlet: a.outlet,
      content: slice(a.content),
      disputedBy: a.disputedBy,
    })),
    quotes: report.quotes.map((q) => ({
      speaker: q.speaker,
      speakerRole: q.speakerRole,
      text: q.text,
      cue: q.cue,
      outlet: q.outlet,
    })),
    findings: report.findings.map((f) => `${f.ruleId} ${f.severity} ${f.category}: ${f.text}`),
    warnings: report.warnings,
  };
}

const run = (name: string) => summarize(readFileSync(join(fixtures, `${name}.txt`), 'utf8'));

describe('attribution analyzer: golden outputs', () => {
  const names = readdirSync(fixtures)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4));
  it.each(names)('%s matches its golden file', (name) => {
    const actual = run(name);
    const goldenPath = join(fixtures, `${name}.golden.json`);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(goldenPath, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(goldenPath, 'utf8')));
  });
});

describe('attribution analyzer: patterns', () => {
  it('attributes quotes inside participle clauses to the subject and keeps the outlet', () => {
    const out = run('summit-calls');
    expect(out.quotes.map((q) => [q.text, q.speaker, q.outlet])).toContainEqual([
      'quite productive',
      'Maria Lopez',
      'Daily Ledger',
    ]);
    expect(out.quotes.find((q) => q.text === 'close to done')).toMatchObject({
      speaker: 'Paul Okafor',
      speakerRole: 'Finance committee member',
    });
  });

  it('reads passive reports, "with X acknowledging" and contested claims', () => {
    const { attributions } = run('summit-calls');
    expect(attributions).toContainEqual(
      expect.objectContaining({
        source: 'Rita Chen',
        speakerRole: 'Daily Ledger columnist',
        kind: 'indirect',
      }),
    );
    expect(attributions).toContainEqual(
      expect.objectContaining({ source: 'Anna Varga', speakerRole: 'spokesperson', cue: 'acknowledging' }),
    );
    expect(attributions).toContainEqual(
      expect.objectContaining({
        kind: 'contested',
        disputedBy: 'the ministry',
        content: 'that Lopez met Brandt twice in secret',
      }),
    );
  });

  it('resolves he / she to the last person named, in the fullest form of the name', () => {
    const { attributions } = run('pronouns');
    expect(attributions.slice(0, 2).map((a) => [a.sourceText, a.source])).toEqual([
      ['He', 'Alan Brooks'],
      ['he', 'Alan Brooks'],
    ]);
    expect(run('summit-calls').attributions.find((a) => a.sourceText === 'she')?.source).toBe('Maria Lopez');
  });

  it('handles quote-first, inverted, colon and interrupted quotations', () => {
    const { attributions } = run('direct-quotes');
    expect(attributions.map((a) => [a.kind, a.source, a.content])).toEqual([
      [
        'direct',
        'Tom Reyes',
        '“We will not back down,” Mayor Tom Reyes said. “The budget is fair and it is final.”',
      ],
      ['direct', 'Jane Hill', '“It is a terrible plan,”'],
      ['direct', 'Tom Reyes', '“Every school will stay open.”'],
      ['indirect', 'Jane Hill', 'that she would vote against the budget'],
      ['direct', 'Jane Hill', '“The numbers do not add up,” she said, “and the mayor knows it.”'],
    ]);
    expect(attributions[3]?.outlet).toBe('the Riverside Times');
  });

  it('finds "according to" before and after the content', () => {
    const { attributions } = run('according-to');
    expect(attributions[0]).toMatchObject({
      kind: 'according-to',
      source: 'the city auditor',
      content: 'the deficit has doubled since last year',
    });
    expect(attributions[1]).toMatchObject({ content: 'The bridge will close for repairs in June' });
  });

  it('never throws and finds nothing in text without cues', () => {
    const out = summarize('The river rose overnight. Roads were closed.\n\n"""\n, said.\n\n“');
    expect(out.attributions).toEqual([]);
    expect(out.warnings).toEqual([]);
  });

  it('runs before the roles analyzer in the default pipeline', () => {
    const names = defaultAnalyzers().map((a) => a.name);
    expect(names.indexOf('attribution')).toBeGreaterThanOrEqual(0);
    expect(names.indexOf('attribution')).toBeLessThan(names.indexOf('roles'));
  });
});

const seed = join(here, '..', '..', '..', '..', 'shared', 'corpus', 'seed-article.txt');

describe.skipIf(!existsSync(seed))('attribution analyzer: seed article', () => {
  // The body runs even when the suite is skipped: analyze only when the file is there.
  const out = existsSync(seed) ? summarize(readFileSync(seed, 'utf8')) : (undefined as never);
  it('attributes the quotes to Donald Trump and Leonid Slutsky', () => {
    const by = Object.fromEntries(out.quotes.map((q) => [q.text, q]));
    expect(by.bloodbath?.speaker).toBe('Donald Trump');
    expect(by['some very good talks']?.speaker).toBe('Donald Trump');
    expect(by['some very good talks']?.outlet).toBe('New York Post');
    expect(by['at an advanced stage']).toMatchObject({
      speaker: 'Leonid Slutsky',
      speakerRole: 'Russian parliament member',
    });
  });
  it('reports Woodward and Peskov, resolves "he", and flags the Kremlin denial', () => {
    expect(out.attributions).toContainEqual(
      expect.objectContaining({ source: 'Bob Woodward', speakerRole: 'Washington Post journalist' }),
    );
    expect(out.attributions).toContainEqual(
      expect.objectContaining({ source: 'Dmitry Peskov', speakerRole: 'spokesperson', cue: 'acknowledging' }),
    );
    expect(
      out.attributions.filter((a) => a.sourceText === 'He' || a.sourceText === 'he').map((a) => a.source),
    ).toEqual(['Donald Trump', 'Donald Trump']);
    expect(out.attributions).toContainEqual(
      expect.objectContaining({ kind: 'contested', disputedBy: 'the Kremlin' }),
    );
    expect(out.findings.some((f) => f.startsWith('attribution/contested suggestion contested-claim'))).toBe(
      true,
    );
  });
});
