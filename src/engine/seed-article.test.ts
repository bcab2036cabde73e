import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from './create-engine.js';

const seedPath = fileURLToPath(new URL('../../../shared/corpus/seed-article.txt', import.meta.url));

// The article that started the project: what issue 2 says unspin must get right on it.
describe.skipIf(!existsSync(seedPath))('the seed article', () => {
  // The body runs even when the suite is skipped: analyze only when the file is there.
  const text = existsSync(seedPath) ? readFileSync(seedPath, 'utf8') : 'Absent.';
  const report = analyze(text, { date: '2025-02-14' });
  const sentence = (needle: string) => {
    const found = report.sentences.find((s) => s.text.includes(needle));
    if (!found) throw new Error(`no sentence contains "${needle}"`);
    return found;
  };

  it('marks the editorializing sentences as opinion', () => {
    for (const needle of [
      'interventionist policies',
      'the liberal agenda promoted by Democrats',
      'This exchange highlights the potential for a diplomatic solution',
      'This development comes as a surprise to many',
    ]) {
      expect(sentence(needle).role, needle).toBe('opinion');
    }
  });

  it('does not call the background sentences opinion', () => {
    for (const needle of [
      'predating Putin’s invasion in February 2022',
      'Revolution of Dignity',
      'annexation of Crimea',
    ]) {
      expect(sentence(needle).role, needle).not.toBe('opinion');
    }
  });

  it('attributes the quotes to their speakers', () => {
    const speakerOf = (words: string) => report.quotes.find((q) => q.text.includes(words))?.speaker ?? '';
    expect(speakerOf('bloodbath')).toMatch(/Trump/);
    expect(speakerOf('some very good talks')).toMatch(/Trump/);
    expect(speakerOf('at an advanced stage')).toMatch(/Leonid Slutsky/);
  });

  it('reports the Woodward sentence with Bob Woodward as the source', () => {
    const woodward = sentence('Bob Woodward');
    expect(woodward.role).toBe('reported');
    expect(woodward.speaker).toMatch(/Bob Woodward/);
  });

  it('flags "as suggested by observers" as vague attribution', () => {
    const vague = report.findings.filter((f) => f.category === 'vague-attribution');
    expect(vague.some((f) => f.text.includes('as suggested by observers'))).toBe(true);
  });

  it('finds the people, organizations and places', () => {
    const names = (type: string) =>
      report.entities
        .filter((e) => e.type === type)
        .map((e) => [e.name, ...e.mentions.map((m) => m.text)].join('|'));
    const has = (type: string, name: string) => names(type).some((n) => n.includes(name));
    for (const p of [
      'Trump',
      'Putin',
      'Dmitry Peskov',
      'Leonid Slutsky',
      'Bob Woodward',
      'Joe Biden',
      'Viktor Yanukovych',
    ]) {
      expect(has('person', p), p).toBe(true);
    }
    for (const o of ['Kremlin', 'NATO', 'New York Post', 'Washington Post'])
      expect(has('organization', o), o).toBe(true);
    for (const p of ['Ukraine', 'Russia', 'Crimea', 'Saudi Arabia', 'United Arab Emirates']) {
      expect(has('place', p), p).toBe(true);
    }
    const peskov = report.entities.find((e) => e.name.includes('Peskov'));
    expect(peskov?.roles.join(' ')).toMatch(/spokesperson/);
  });

  it('puts February 2022 on the timeline', () => {
    expect(report.timeline.some((t) => t.text.includes('February 2022') && t.date === '2022-02')).toBe(true);
  });
});
