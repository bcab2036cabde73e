import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { ArticleStore } from '../store/types.js';
import { type RunningServer, startServer } from './start-server.js';

const EXAMPLE = join(import.meta.dirname, '../../examples/summit-talks.txt');
const SEED = join(import.meta.dirname, '../../../shared/corpus/seed-article.txt');

async function analyzeJson(path: string): Promise<string> {
  let out = '';
  const code = await runCli(['analyze', path, '--format', 'json'], {
    stdout: (t) => {
      out += t;
    },
    stderr: () => {},
    isTTY: false,
    readStdin: async () => new Uint8Array(),
    env: {},
    cwd: process.cwd(),
  });
  expect(code).toBe(0);
  return out;
}

describe('real socket: unspin serve on 127.0.0.1, port 0', () => {
  let server: RunningServer;
  let store: ArticleStore;
  beforeAll(async () => {
    store = openSqliteStore({ path: ':memory:' });
    server = await startServer({ store, host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await server.close();
    await store.close();
  });

  async function storeAndCompare(path: string) {
    const text = readFileSync(path, 'utf8');
    const post = await fetch(`${server.url}/api/articles`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text }),
    });
    expect(post.status).toBe(201);
    const { id } = (await post.json()) as { id: string };
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    const cli = await analyzeJson(path);
    const article = (await (await fetch(`${server.url}/api/articles/${id}`)).json()) as { report: unknown };
    expect(article.report).toEqual(JSON.parse(cli));
    const report = await (await fetch(`${server.url}/api/articles/${id}/report`)).text();
    expect(report).toBe(JSON.stringify(JSON.parse(cli)));
  }

  it('POST /api/articles returns an id; GET returns the report `unspin analyze --format json` prints', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await storeAndCompare(EXAMPLE);
    const health = await fetch(`${server.url}/api/health`);
    expect(health.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
  });

  it.skipIf(!existsSync(SEED))('does the same for the seed article', async () => {
    await storeAndCompare(SEED);
  });
});

describe('unspin serve refuses unsafe setups', () => {
  const io = (env: Record<string, string>) => {
    const err: string[] = [];
    return {
      err,
      io: {
        stdout: () => {},
        stderr: (t: string) => void err.push(t),
        isTTY: false,
        readStdin: async () => new Uint8Array(),
        env,
        cwd: process.cwd(),
      },
    };
  };

  it('will not listen beyond loopback without a token', async () => {
    const { io: cli, err } = io({});
    expect(await runCli(['serve', '--host', '0.0.0.0', '--db', ':memory:'], cli)).toBe(2);
    expect(err.join('')).toMatch(/refusing to listen on 0\.0\.0\.0 without a token/);
    const env = io({ UNSPIN_HOST: '::' });
    expect(await runCli(['serve', '--db', ':memory:'], env.io)).toBe(2);
  });

  it('rejects short tokens and bad ports', async () => {
    const { io: cli, err } = io({ UNSPIN_TOKEN: 'short' });
    expect(await runCli(['serve', '--host', '0.0.0.0', '--db', ':memory:'], cli)).toBe(2);
    expect(err.join('')).toMatch(/at least 16 characters/);
    const port = io({});
    expect(await runCli(['serve', '--port', '99999', '--db', ':memory:'], port.io)).toBe(2);
  });
});
