import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalServer, startLocalServer } from '../../ingest/test-support/local-server.js';
import { NEWS_PAGE_HTML, NEWS_PAGE_TITLE } from '../../server/test-support/news-page.js';

const bin = fileURLToPath(new URL('../../../dist/cli/main.js', import.meta.url));
const children: ChildProcess[] = [];

/** Starts the built `unspin serve` on a free port and resolves with its base URL once it listens. */
function serve(args: string[], env: Record<string, string> = {}): Promise<string> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--db', ':memory:', ...args], {
    env: { ...process.env, UNSPIN_ALLOW_PRIVATE: '', UNSPIN_TOKEN: '', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString('utf8');
      const match = /listening on (http:\/\/\S+)/.exec(err);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
  });
}

async function analyzeUrl(
  base: string,
  url: string,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${base}/api/analyze`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ url }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

// The built binary, as users run it (`npm test` builds first): the flag and the variable reach the fetch.
describe.skipIf(!existsSync(bin))('unspin serve --allow-private / UNSPIN_ALLOW_PRIVATE=1', () => {
  let site: LocalServer;
  beforeAll(async () => {
    site = await startLocalServer({
      '/story': (_q, r) => r.writeHead(200, { 'content-type': 'text/html' }).end(NEWS_PAGE_HTML),
    });
  });
  afterAll(async () => {
    for (const child of children) child.kill('SIGTERM');
    await site?.close();
  });

  it('refuses a loopback URL by default and fetches it with the flag or the variable', async () => {
    const [plain, flagged, viaEnv] = await Promise.all([
      serve([]),
      serve(['--allow-private']),
      serve([], { UNSPIN_ALLOW_PRIVATE: '1' }),
    ]);
    const refused = await analyzeUrl(plain, `${site.base}/story`);
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ error: { code: 'private-address' } });
    for (const base of [flagged, viaEnv]) {
      const ok = await analyzeUrl(base, `${site.base}/story`);
      expect(ok.status).toBe(200);
      expect((ok.body.article as { title: string }).title).toBe(NEWS_PAGE_TITLE);
    }
  });
});
