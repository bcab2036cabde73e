import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalServer, startLocalServer } from '../../ingest/test-support/local-server.js';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import type { ArticleStore } from '../../store/types.js';
import { type RunningServer, startServer } from '../start-server.js';
import { NEWS_PAGE_HTML, NEWS_PAGE_OUTLET, NEWS_PAGE_TITLE } from '../test-support/news-page.js';
import { type Browser, hasChromium, launchBrowser } from './test-support/browser.js';

/** The Analyze page's web-address field, against a page served on 127.0.0.1 by the test. */
describe.skipIf(!hasChromium)('web UI: analyze a web address (e2e)', () => {
  let site: LocalServer;
  let browser: Browser;
  const servers: { server: RunningServer; store: ArticleStore }[] = [];

  async function unspinServer(allowPrivate: boolean): Promise<RunningServer> {
    const store = openSqliteStore({ path: ':memory:' });
    const server = await startServer({ store, host: '127.0.0.1', port: 0, allowPrivate });
    servers.push({ server, store });
    return server;
  }

  async function openAnalyzePage(server: RunningServer): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(`${server.url}/#/`);
    await page.waitForSelector('body[data-ready="true"]');
    return { page, problems };
  }

  beforeAll(async () => {
    site = await startLocalServer({
      '/story': (_q, r) =>
        r.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(NEWS_PAGE_HTML),
    });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    for (const { server, store } of servers) {
      await server.close();
      await store.close();
    }
    await site?.close();
  });

  it('fetches the page on a server that allows private addresses, stores it and shows the article', async () => {
    const server = await unspinServer(true);
    const { page, problems } = await openAnalyzePage(server);
    await page.getByLabel('Or fetch a web address').fill(`${site.base}/story`);
    await page.getByRole('button', { name: 'Analyze' }).click();
    await page.waitForURL(/#\/article\/[0-9a-f]{64}$/);
    await page.waitForSelector('body[data-ready="true"] .article-text .sentence');
    await expect.poll(() => page.locator('h1').first().textContent()).toBe(NEWS_PAGE_TITLE);
    expect(await page.locator('body').textContent()).toContain(NEWS_PAGE_OUTLET);
    expect(await page.locator('.article-text').textContent()).not.toContain('cookies');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('on a default server, shows the refusal (naming the rule) as text; text and address together are refused', async () => {
    const server = await unspinServer(false);
    const { page, problems } = await openAnalyzePage(server);
    await page.getByLabel('Or fetch a web address').fill(`${site.base}/story`);
    await page.getByRole('button', { name: 'Analyze' }).click();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.count()).toBe(1);
    expect(await alert.textContent()).toContain('loopback address');
    expect(page.url()).toMatch(/#\/$/);

    await page.getByLabel('Article text').fill('The council met on Tuesday.');
    await page.getByRole('button', { name: 'Analyze' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/not both/);
    expect(problems).toEqual([]);
    await page.close();
  });
});
