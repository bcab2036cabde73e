import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleId, shortId } from '../../store/content-id.js';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import { fixtureText } from '../../store/test-support/fixture-articles.js';
import { runCli } from '../run-cli.js';
import { memoryIo } from '../test-support/memory-io.js';

// Written for this test: a short municipal news item in French and one in German.
const FRENCH = `Le conseil municipal approuve trois traversées de plus

Le conseil municipal a voté mardi soir en faveur de trois traversées supplémentaires vers l'île des Pins, à partir du mois de juin.

Les usagers réclamaient ce changement depuis des années, a déclaré la conseillère qui a présenté le projet devant les élus.

Le nouveau service coûtera environ quatre cent mille euros par an, selon une note budgétaire publiée la semaine dernière par la ville.`;

const GERMAN = `Der Stadtrat beschließt den neuen Fahrplan

Der Stadtrat hat am Dienstag beschlossen, ab Juni drei zusätzliche Fähren am Abend zur Kieferninsel fahren zu lassen.

Die Pendler hätten seit Jahren darauf gewartet, sagte die Stadträtin, die den Antrag eingebracht hatte, nach der Sitzung.`;

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'unspin-cli-lang-'));
  db = join(dir, 'library.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[]) {
  const io = memoryIo({ cwd: dir });
  const code = await runCli(args, io);
  return { code, out: io.out(), err: io.err() };
}

async function stored(text: string) {
  const store = openSqliteStore({ path: db });
  try {
    return { article: await store.get(articleId(text)), count: await store.count() };
  } finally {
    await store.close();
  }
}

describe('unspin add <file> with an article not in English', () => {
  it('stores and marks it (report.analyzed false, language set) and says so plainly', async () => {
    writeFileSync(join(dir, 'fr.txt'), FRENCH);
    const run = await cli(['add', 'fr.txt', '--db', db]);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`stored ${shortId(articleId(FRENCH))} fr.txt (not analyzed: not English)\n`);
    expect(run.out).toContain(
      '1 input: 0 added, 1 stored without analysis (not English), 0 already stored, 0 failed; the library holds 1 article\n',
    );
    expect(run.err).toBe(
      'unspin add: fr.txt: stored but not analyzed: it reads as language "fr", and unspin analyzes English only (--force-language analyzes it anyway)\n',
    );
    const { article, count } = await stored(FRENCH);
    expect(count).toBe(1);
    expect(article?.language).toBe('fr');
    expect(article?.text).toBe(FRENCH);
    expect(article?.report.analyzed).toBe(false);
    expect(article?.report.article.language).toBe('fr');
    expect(article?.report.findings).toEqual([]);

    const again = await cli(['add', 'fr.txt', '--db', db]);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/1 input: 0 added, 1 already stored, 0 failed; the library holds 1 article/);
    expect(again.err).toBe('');
  });

  it('in a folder with English and German articles, adds one and stores the other unanalyzed', async () => {
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'a-en.txt'), fixtureText(3));
    writeFileSync(join(dir, 'in', 'b-de.txt'), GERMAN);
    const run = await cli(['add', 'in', '--db', db]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^added {2}[0-9a-f]{12} in\/a-en\.txt$/m);
    expect(run.out).toMatch(/^stored [0-9a-f]{12} in\/b-de\.txt \(not analyzed: not English\)$/m);
    expect(run.out).toMatch(/2 inputs: 1 added, 1 stored without analysis \(not English\), 0 already stored/);
    expect(run.err).toMatch(/b-de\.txt: stored but not analyzed: it reads as language "de"/);
    expect((await stored(GERMAN)).article?.report.analyzed).toBe(false);
    expect((await stored(fixtureText(3))).article?.report.analyzed).toBe(true);
  });

  it('--force-language analyzes it instead', async () => {
    writeFileSync(join(dir, 'fr.txt'), FRENCH);
    const run = await cli(['add', 'fr.txt', '--db', db, '--force-language']);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^added {2}/m);
    expect(run.err).toBe('');
    expect((await stored(FRENCH)).article?.report.analyzed).toBe(true);
  });

  it('reanalyze keeps it unanalyzed (no English models on it), and keeps a forced one analyzed', async () => {
    writeFileSync(join(dir, 'fr.txt'), FRENCH);
    writeFileSync(join(dir, 'de.txt'), GERMAN);
    await cli(['add', 'fr.txt', '--db', db]);
    await cli(['add', 'de.txt', '--db', db, '--force-language']);
    const run = await cli(['reanalyze', '--db', db, '--all']);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/2 to refresh, 2 updated, 0 failed/);
    expect((await stored(FRENCH)).article?.report.analyzed).toBe(false);
    expect((await stored(GERMAN)).article?.report.analyzed).toBe(true);
  });

  it('unspin analyze still refuses it with exit 2 and a clear message', async () => {
    writeFileSync(join(dir, 'fr.txt'), FRENCH);
    const run = await cli(['analyze', join(dir, 'fr.txt')]);
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.err).toMatch(
      /fr\.txt: the text looks like language "fr", not English; unspin analyzes English only/,
    );
  });
});
