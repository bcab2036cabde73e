import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalServer, startLocalServer } from '../../ingest/test-support/local-server.js';
import { runCli } from '../run-cli.js';
import { memoryIo } from '../test-support/memory-io.js';
import { parseInterval } from './watch.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../ingest/fixtures', name));
let server: LocalServer;
beforeAll(async () => {
  server = await startLocalServer({
    '/news': (_q, r) => r.writeHead(200, { 'content-type': 'text/html' }).end(fixture('cluttered-news.html')),
    '/ld': (_q, r) => r.writeHead(200, { 'content-type': 'text/html' }).end(fixture('json-ld-shell.html')),
    '/feed.xml': (_q, r) =>
      r.writeHead(200, { 'content-type': 'application/rss+xml' }).end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire</title>
<item><title>Ferry fares</title><link>${server.base}/news</link><guid>w-1</guid></item>
<item><title>Library hours</title><link>${server.base}/ld</link><guid>w-2</guid></item>
</channel></rss>`,
      ),
  });
});
afterAll(() => server.close());

const tmp = () => mkdtempSync(join(tmpdir(), 'unspin-cli-ingest-'));

describe('unspin watch', () => {
  it('stores new feed items once and remembers them across runs', async () => {
    const dir = tmp();
    const db = join(dir, 'lib.db');
    const args = ['watch', `${server.base}/feed.xml`, '--once', '--allow-private', '--db', db];
    const first = memoryIo({ cwd: dir });
    expect(await runCli(args, first)).toBe(0);
    expect(first.out()).toMatch(
      /polled: 2 new items: 2 added, 0 stored without analysis \(not English\), 0 duplicate, 0 skipped/,
    );
    const second = memoryIo({ cwd: dir });
    expect(await runCli(args, second)).toBe(0);
    expect(second.out()).toMatch(/polled: 0 new items/);
    const state = JSON.parse(readFileSync(`${db}.feeds.json`, 'utf8'));
    expect(Object.keys(state[`${server.base}/feed.xml`].seen).sort()).toEqual(['w-1', 'w-2']);
  });

  it('refuses a loopback feed without --allow-private, naming the rule', async () => {
    const dir = tmp();
    const io = memoryIo({ cwd: dir });
    expect(await runCli(['watch', `${server.base}/feed.xml`, '--once', '--db', join(dir, 'x.db')], io)).toBe(
      2,
    );
    expect(io.err()).toMatch(/loopback address; pass --allow-private/);
  });

  it('parses intervals', () => {
    expect(parseInterval('15m')).toBe(900_000);
    expect(parseInterval('90s')).toBe(90_000);
    expect(parseInterval('2h')).toBe(7_200_000);
    expect(() => parseInterval('5s')).toThrow(/at least 10s/);
    expect(() => parseInterval('soon')).toThrow(/90s, 15m or 2h/);
  });
});

describe('unspin add (batch inputs)', () => {
  it('adds a JSONL batch, reports bad lines by location, and adds nothing on a rerun', async () => {
    const dir = tmp();
    const good = (n: number) =>
      JSON.stringify({
        text: `Bridge repairs ${n}\n\nThe county said on Friday that repairs to bridge ${n} would finish in May, officials said.`,
        title: `Bridge ${n}`,
      });
    writeFileSync(join(dir, 'b.jsonl'), [good(1), '{oops', good(2), good(1)].join('\n'));
    const args = ['add', 'b.jsonl', '--db', 'lib.db', '--workers', '0'];
    const io = memoryIo({ cwd: dir });
    expect(await runCli(args, io)).toBe(2);
    expect(io.err()).toMatch(/b\.jsonl:2: not JSON/);
    expect(io.out()).toMatch(
      /4 items in .*: 2 added, 0 stored without analysis \(not English\), 1 duplicate, 1 skipped \(bad-json 1\); the library holds 2 articles/,
    );
    const again = memoryIo({ cwd: dir });
    await runCli(args, again);
    expect(again.out()).toMatch(/0 added, .* 3 duplicate, 1 skipped/);
    const strict = memoryIo({ cwd: dir });
    expect(await runCli([...args, '--strict'], strict)).toBe(2);
    expect(strict.err()).toMatch(/b\.jsonl:2: not JSON .*\(stopped: --strict\)/);
  });

  it('reads JSONL from stdin and a feed with --feed', async () => {
    const dir = tmp();
    const io = memoryIo({
      cwd: dir,
      stdin: `${JSON.stringify({ text: 'Harbor news\n\nThe harbor reopened on Monday after repairs, the port authority said.' })}\n`,
    });
    expect(await runCli(['add', '-', '--stdin-format', 'jsonl', '--db', 'lib.db'], io)).toBe(0);
    expect(io.out()).toMatch(/1 item in .*: 1 added/);
    const feed = memoryIo({ cwd: dir });
    expect(
      await runCli(
        ['add', '--feed', `${server.base}/feed.xml`, '--allow-private', '--workers', '0', '--db', 'lib.db'],
        feed,
      ),
    ).toBe(0);
    expect(feed.out()).toMatch(/2 items in .*: 2 added.*the library holds 3 articles/);
  });
});

describe('unspin analyze <url>', () => {
  it('analyzes a page on a loopback server only with --allow-private', async () => {
    const ok = memoryIo();
    expect(await runCli(['analyze', `${server.base}/news`, '--allow-private', '--format', 'json'], ok)).toBe(
      0,
    );
    const report = JSON.parse(ok.out());
    expect(report.article).toMatchObject({
      title: 'Harbor Council Approves Ferry Fare Freeze',
      outlet: 'The Lakeside Ledger',
      published: '2026-03-14',
      url: 'https://ledger.example/news/ferry-fare-freeze',
    });
    const refused = memoryIo();
    expect(await runCli(['analyze', `${server.base}/news`], refused)).toBe(2);
    expect(refused.err()).toMatch(
      /^unspin analyze: refused to fetch 127\.0\.0\.1: loopback address; pass --allow-private to allow it\n$/,
    );
  });
});
