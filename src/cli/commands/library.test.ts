import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/create-engine.js';
import { articleId } from '../../store/content-id.js';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import { fixtureText, withFacts } from '../../store/test-support/fixture-articles.js';
import { runCli } from '../run-cli.js';
import { memoryIo } from '../test-support/memory-io.js';

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'unspin-cli-lib-'));
  db = join(dir, 'library.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function writeArticles(folder: string, from: number, count: number): string[] {
  mkdirSync(folder, { recursive: true });
  return Array.from({ length: count }, (_, k) => {
    const path = join(folder, `article-${String(from + k).padStart(3, '0')}.txt`);
    writeFileSync(path, fixtureText(from + k));
    return path;
  });
}

async function cli(args: string[], options: Parameters<typeof memoryIo>[0] = {}) {
  const io = memoryIo({ cwd: dir, ...options });
  const code = await runCli(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('unspin add', () => {
  it('adds files and directories once; a rerun adds nothing', async () => {
    const files = writeArticles(join(dir, 'in', 'nested'), 0, 3);
    writeFileSync(join(dir, 'in', 'notes.json'), '{}');
    writeFileSync(join(dir, 'in', '.hidden.txt'), 'hidden');
    const first = await cli(['add', 'in', '--db', db, '--outlet', 'Test Post']);
    expect(first.code).toBe(0);
    expect(first.out.split('\n').filter((l) => l.startsWith('added '))).toHaveLength(3);
    expect(first.out).toContain(
      `added  ${articleId(fixtureText(0)).slice(0, 12)} ${files[0]?.slice(dir.length + 1)}`,
    );
    expect(first.out).toMatch(/3 inputs: 3 added, 0 already stored, 0 failed; the library holds 3 articles/);
    const again = await cli(['add', 'in', '--db', db]);
    expect(again.out).toMatch(/3 inputs: 0 added, 3 already stored, 0 failed; the library holds 3 articles/);
  });

  it('reads stdin with "-", uses UNSPIN_DB, and reports failures with exit 2', async () => {
    writeFileSync(join(dir, 'empty.txt'), '   ');
    const viaEnv = await cli(['add', '-', 'empty.txt'], {
      stdin: fixtureText(9),
      env: { UNSPIN_DB: 'env.db' },
    });
    expect(viaEnv.code).toBe(2);
    expect(viaEnv.out).toMatch(/1 added, 0 already stored, 1 failed/);
    expect(viaEnv.err).toMatch(/empty\.txt is empty/);
    const store = openSqliteStore({ path: join(dir, 'env.db') });
    expect(await store.count()).toBe(1);
    await store.close();
  });

  it('stores metadata from an HTML page, with the date normalized', async () => {
    writeFileSync(
      join(dir, 'page.html'),
      `<!doctype html><html><head><title>Pier reopens | Test Gazette</title>
      <meta property="og:site_name" content="Test Gazette"><meta name="author" content="Kim Vale">
      <meta property="article:published_time" content="2025-04-02T10:00:00Z"></head><body><article>
      <h1>Pier reopens</h1><p>The pier in Caldport reopened on Monday after repairs, officials said.</p>
      <p>"It is good to have it back," Mayor Ada Quill said at the ceremony on the seafront.</p></article></body></html>`,
    );
    expect((await cli(['add', 'page.html', '--db', db])).code).toBe(0);
    const [item] = JSON.parse((await cli(['list', '--db', db, '-f', 'json'])).out).items;
    expect(item).toMatchObject({
      title: 'Pier reopens',
      outlet: 'Test Gazette',
      byline: 'Kim Vale',
      published: '2025-04-02',
    });
    const search = JSON.parse(
      (await cli(['search', '--from', '2025-04-02', '--to', '2025-04-02', '--db', db, '-f', 'json'])).out,
    );
    expect(search.total).toBe(1);
  });

  it('refuses missing inputs and --title with several inputs', async () => {
    expect((await cli(['add', 'nope.txt', '--db', db])).code).toBe(2);
    writeArticles(dir, 0, 2);
    const both = await cli(['add', 'article-000.txt', 'article-001.txt', '--title', 'x', '--db', db]);
    expect(both.code).toBe(2);
    expect(both.err).toMatch(/--title and --url apply to a single article/);
  });

  it('draws a progress bar on a terminal when there are many', async () => {
    writeArticles(join(dir, 'many'), 0, 25);
    const io = { ...memoryIo({ cwd: dir }), isTTY: true };
    let err = '';
    io.stderr = (t) => {
      err += t;
    };
    expect(await runCli(['add', 'many', '--db', db], io)).toBe(0);
    expect(err).toMatch(/adding \[.*\] 25\/25/);
    expect(io.out()).not.toMatch(/^added /m);
  });
});

describe('unspin list, show, search', () => {
  beforeEach(async () => {
    const engine = createEngine();
    const store = openSqliteStore({ path: db });
    for (let i = 0; i < 4; i++) {
      const text = fixtureText(i);
      const meta = {
        outlet: i < 2 ? 'North Post' : 'South Star',
        title: `Story ${i}`,
        published: `2025-03-0${i + 1}`,
      };
      const report = withFacts(engine.analyze(text, { meta }), {
        entities: i === 3 ? [{ name: 'Ada Quill', type: 'person' }] : [],
        findings: i === 0 ? [{ category: 'test-category', text: 'reckless' }] : [],
        voices: [],
        roleShares: { opinion: i / 10 },
      });
      await store.add({ text, meta, report });
    }
    await store.close();
  });

  it('lists newest first as a table, and as JSON', async () => {
    const table = await cli(['list', '--db', db]);
    expect(table.code).toBe(0);
    const lines = table.out.trim().split('\n');
    expect(lines[0]).toMatch(/^ID\s+PUBLISHED\s+OUTLET\s+WORDS\s+OPINION\s+TITLE$/);
    expect(lines[1]).toMatch(/^[0-9a-f]{12} {2}2025-03-04 {2}South Star.*30% {2}Story 3$/);
    expect(lines.at(-1)).toBe('4 of 4 articles');
    const json = JSON.parse(
      (await cli(['list', '--db', db, '-f', 'json', '--sort', '+title', '--limit', '2'])).out,
    );
    expect(json.items.map((a: { title: string }) => a.title)).toEqual(['Story 0', 'Story 1']);
    expect(json.nextCursor).toEqual(expect.any(String));
    const next = JSON.parse(
      (
        await cli([
          'list',
          '--db',
          db,
          '-f',
          'json',
          '--sort',
          '+title',
          '--limit',
          '2',
          '--cursor',
          json.nextCursor,
        ])
      ).out,
    );
    expect(next.items.map((a: { title: string }) => a.title)).toEqual(['Story 2', 'Story 3']);
  });

  it('shows a stored report by id prefix exactly as analyze prints it', async () => {
    const id = articleId(fixtureText(1));
    const shown = await cli(['show', id.slice(0, 8), '--db', db, '--format', 'json']);
    expect(shown.code).toBe(0);
    const meta = { outlet: 'North Post', title: 'Story 1', published: '2025-03-02' };
    const expected = withFacts(createEngine().analyze(fixtureText(1), { meta }), {
      entities: [],
      findings: [],
      voices: [],
      roleShares: { opinion: 0.1 },
    });
    expect(JSON.parse(shown.out)).toEqual(JSON.parse(JSON.stringify(expected)));
    const missing = await cli(['show', 'ffffff', '--db', db]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/no stored article has id "ffffff"/);
  });

  it('searches by text and every filter', async () => {
    const ids = async (args: string[]) =>
      JSON.parse((await cli(['search', ...args, '--db', db, '-f', 'json'])).out).items.map(
        (a: { title: string }) => a.title,
      );
    expect(await ids(['Elmbridge'])).toEqual(['Story 0']);
    expect(await ids(['--outlet', 'north post', '--sort', '+title'])).toEqual(['Story 0', 'Story 1']);
    expect(await ids(['--from', '2025-03-02', '--to', '2025-03-03', '--sort', '+title'])).toEqual([
      'Story 1',
      'Story 2',
    ]);
    expect(await ids(['--entity', 'quill'])).toEqual(['Story 3']);
    expect(await ids(['--category', 'test-category'])).toEqual(['Story 0']);
    expect(await ids(['--role', 'opinion>0.15', '--sort', '+title'])).toEqual(['Story 2', 'Story 3']);
    expect(await ids(['council', '--role', 'opinion>0.15', '--role', 'opinion<0.25'])).toEqual(['Story 2']);
    const none = await cli(['search', 'zeppelin', '--db', db]);
    expect(none.out).toBe('no articles match\n');
    const bad = await cli(['search', '--role', 'spin>1', '--db', db]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/role filter "spin>1" is not understood/);
    expect((await cli(['search', '--db', db])).code).toBe(2);
  });
});

describe('unspin export, import, reanalyze', () => {
  it('round-trips the library through JSONL and writes CSV', async () => {
    writeArticles(join(dir, 'in'), 0, 3);
    await cli(['add', 'in', '--db', db, '--outlet', '=cmd|calc']);
    const jsonl = await cli(['export', '--db', db]);
    const records = jsonl.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records).toHaveLength(3);
    expect(records[0]).toMatchObject({
      schema: 'unspin/article@1',
      id: articleId(fixtureText(0)),
      text: fixtureText(0),
    });
    writeFileSync(join(dir, 'lib.jsonl'), jsonl.out);
    const other = join(dir, 'copy.db');
    const imported = await cli(['import', 'lib.jsonl', '--db', other]);
    expect(imported.out).toBe('lib.jsonl: 3 added, 0 already stored, 0 failed\n');
    expect((await cli(['export', '--db', other])).out).toBe(jsonl.out);
    const twice = await cli(['import', 'lib.jsonl', '--db', other]);
    expect(twice.out).toBe('lib.jsonl: 0 added, 3 already stored, 0 failed\n');

    const csv = (await cli(['export', '--db', db, '--format', 'csv'])).out.split('\r\n');
    expect(csv[0]).toMatch(/^id,title,outlet,byline,url,published,language,words,/);
    expect(csv[1]).toContain(`${articleId(fixtureText(0))},`);
    expect(csv[1]).toContain(",'=cmd|calc,");
    expect(csv).toHaveLength(5);
  });

  it('reports bad import lines by number and keeps the good ones', async () => {
    writeArticles(join(dir, 'in'), 0, 1);
    await cli(['add', 'in', '--db', db]);
    const good = (await cli(['export', '--db', db])).out.trim();
    const tampered = JSON.parse(good);
    tampered.text += ' Changed.';
    writeFileSync(
      join(dir, 'mixed.jsonl'),
      [good, '{not json', JSON.stringify(tampered), '"str"', ''].join('\n'),
    );
    const result = await cli(['import', 'mixed.jsonl', '--db', join(dir, 'b.db')]);
    expect(result.code).toBe(2);
    expect(result.out).toBe('mixed.jsonl: 1 added, 0 already stored, 3 failed\n');
    expect(result.err).toMatch(/mixed\.jsonl:2: not JSON/);
    expect(result.err).toMatch(/mixed\.jsonl:3: "id" does not match the hash of "text"/);
    expect(result.err).toMatch(/mixed\.jsonl:4: expected a JSON object/);
    expect((await cli(['import', 'missing.jsonl', '--db', db])).code).toBe(2);
  });

  it('reanalyzes reports from other engine versions and records the current one', async () => {
    const engine = createEngine();
    const store = openSqliteStore({ path: db });
    const old = withFacts(engine.analyze(fixtureText(1)), {
      engine: { version: '0.0.1', models: { x: '1' } },
    });
    await store.add({ text: fixtureText(1), meta: {}, report: old });
    await store.add({ text: fixtureText(2), meta: {}, report: engine.analyze(fixtureText(2)) });
    await store.close();
    const run = await cli(['reanalyze', '--db', db]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/: 1 to refresh, 1 updated, 0 failed/);
    const after = openSqliteStore({ path: db });
    const refreshed = await after.get(articleId(fixtureText(1)));
    expect(refreshed?.engine).toEqual(engine.analyze(fixtureText(1)).engine);
    expect(refreshed?.report).toEqual(JSON.parse(JSON.stringify(engine.analyze(fixtureText(1)))));
    await after.close();
    expect((await cli(['reanalyze', '--db', db])).out).toMatch(/: 0 to refresh/);
    expect((await cli(['reanalyze', '--db', db, '--all'])).out).toMatch(/: 2 to refresh, 2 updated/);
  });
});
