import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../engine/create-engine.js';
import { InputError } from '../errors/index.js';
import type { Report } from '../report/model/report.js';
import { articleId } from './content-id.js';
import { fixtureReport, fixtureText, withFacts } from './test-support/fixture-articles.js';
import type { ArticleStore, NewArticle } from './types.js';

/**
 * The behaviour every ArticleStore backend must have. A backend's test calls this with a factory that
 * opens a fresh, empty store (and a cleanup).
 */
export function runStoreSuite(
  name: string,
  open: () => Promise<{ store: ArticleStore; cleanup: () => Promise<void> }>,
): void {
  describe(`ArticleStore suite: ${name}`, () => {
    let engine: Engine;
    let store: ArticleStore;
    let cleanup: () => Promise<void>;

    beforeAll(() => {
      engine = createEngine();
    });
    beforeEach(async () => {
      ({ store, cleanup } = await open());
    });
    afterEach(async () => {
      await store.close();
      await cleanup();
    });

    function article(i: number, meta: NewArticle['meta'] = {}, extra: Parameters<typeof withFacts>[1] = {}) {
      const text = fixtureText(i);
      const report: Report = withFacts(fixtureReport(engine, text, meta), {
        entities: [],
        findings: [],
        voices: [],
        ...extra,
      });
      return { text, meta, report, source: `fixture-${i}.txt` } satisfies NewArticle;
    }

    it('adds an article under the hash of its content and reads it back unchanged', async () => {
      const a = article(1, { title: 'Tram vote', outlet: 'Daily Example', published: '2025-03-04' });
      const result = await store.add(a);
      expect(result).toEqual({ id: articleId(a.text), created: true });
      expect(result.id).toMatch(/^[0-9a-f]{64}$/);
      const got = await store.get(result.id);
      expect(got?.text).toBe(a.text);
      expect(got?.report).toEqual(a.report);
      expect(got).toMatchObject({
        title: 'Tram vote',
        outlet: 'Daily Example',
        published: '2025-03-04',
        language: 'en',
        source: 'fixture-1.txt',
        engine: a.report.engine,
        words: a.report.article.words,
        sentences: a.report.sentences.length,
      });
      expect(Date.parse(got?.addedAt ?? '')).not.toBeNaN();
      expect(await store.count()).toBe(1);
      expect(await store.has(result.id)).toBe(true);
    });

    it('adding the same content again is a no-op that returns the existing id', async () => {
      const a = article(2, { title: 'First title' });
      const first = await store.add(a);
      const again = await store.add({ ...a, meta: { title: 'Other title' } });
      const crlf = await store.add({ ...a, text: `\uFEFF${a.text.replace(/\n/g, '\r\n')}  \n` });
      expect(again).toEqual({ id: first.id, created: false });
      expect(crlf).toEqual({ id: first.id, created: false });
      expect(await store.count()).toBe(1);
      expect((await store.get(first.id))?.title).toBe('First title');
    });

    it('creates an article once when the same content is added concurrently', async () => {
      const a = article(8);
      const results = await Promise.all(Array.from({ length: 5 }, () => store.add(a)));
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(new Set(results.map((r) => r.id)).size).toBe(1);
      expect(await store.count()).toBe(1);
    });

    it('returns null for unknown ids and resolves unique prefixes', async () => {
      const { id } = await store.add(article(3));
      expect(await store.get('0'.repeat(64))).toBeNull();
      expect(await store.resolveId(id.slice(0, 8))).toBe(id);
      expect(await store.resolveId(id.toUpperCase())).toBe(id);
      expect(await store.resolveId(id.slice(0, 3))).toBeNull();
      expect(await store.resolveId('not-an-id')).toBeNull();
    });

    it('deletes an article with everything derived from it', async () => {
      const { id } = await store.add(
        article(4, { outlet: 'Gone Gazette' }, { entities: [{ name: 'Ada Quill', type: 'person' }] }),
      );
      expect(await store.delete(id)).toBe(true);
      expect(await store.delete(id)).toBe(false);
      expect(await store.get(id)).toBeNull();
      expect((await store.search({ q: 'council' })).total).toBe(0);
      expect(await store.entities()).toEqual([]);
      expect(await store.outlets()).toEqual([]);
      expect(await store.check()).toEqual([]);
    });

    it('searches full text, ignoring FTS syntax in the query', async () => {
      await store.add(article(0)); // Elmbridge, tram line
      await store.add(article(1)); // Harwick, tram line
      await store.add(article(7)); // Elmbridge, harbour wall
      const elm = await store.search({ q: 'elmbridge' });
      expect(elm.total).toBe(2);
      expect((await store.search({ q: 'elmbridge harbour' })).total).toBe(1);
      expect((await store.search({ q: '"tram line"' })).total).toBe(2);
      expect((await store.search({ q: 'harb*' })).total).toBe(1);
      expect((await store.search({ q: 'zeppelin' })).total).toBe(0);
      for (const q of [
        '"unbalanced',
        'AND OR NOT',
        'a:b',
        '(((',
        '*',
        'NEAR(x y)',
        "'; DROP TABLE articles; --",
      ]) {
        await expect(store.search({ q })).resolves.toBeDefined();
      }
      expect(await store.count()).toBe(3);
    });

    it('ranks title matches above body matches by relevance', async () => {
      await store.add(article(70, { title: 'Budget row deepens' }));
      await store.add(article(71, { title: 'Tram vote' }));
      const text = fixtureText(72).replace(
        'review',
        'review the budget, the budget plan and the budget vote of',
      );
      const { id } = await store.add({ ...article(72, { title: 'Harbour news' }), text });
      const page = await store.search({ q: 'budget' });
      expect(page.items.map((a) => a.title)).toEqual(['Budget row deepens', 'Harbour news']);
      expect(page.items[1]?.id).toBe(id);
    });

    it('filters by outlet, date range, entity, category and role share', async () => {
      await store.add(
        article(
          10,
          { outlet: 'North Post', published: '2025-01-10' },
          {
            entities: [{ name: 'Ada Quill', type: 'person', mentions: 2 }],
            findings: [{ category: 'loaded-language', text: 'reckless' }],
            roleShares: { opinion: 0.5 },
          },
        ),
      );
      await store.add(
        article(
          11,
          { outlet: 'north post', published: '2025-02-20' },
          { entities: [{ name: 'Harwick Council', type: 'organization' }], roleShares: { opinion: 0.1 } },
        ),
      );
      await store.add(
        article(12, { outlet: 'South Star', published: '2025-03-30' }, { roleShares: { opinion: 0 } }),
      );
      const total = async (q: Parameters<ArticleStore['search']>[0]) => (await store.search(q)).total;
      expect(await total({ outlet: 'North Post' })).toBe(2);
      expect(await total({ from: '2025-02-01' })).toBe(2);
      expect(await total({ from: '2025-02-01', to: '2025-02-28' })).toBe(1);
      expect(await total({ to: '2025-03-30' })).toBe(3);
      expect(await total({ entity: 'quill' })).toBe(1);
      expect(await total({ entity: '100%' })).toBe(0);
      expect(await total({ category: 'loaded-language' })).toBe(1);
      expect(await total({ roles: [{ role: 'opinion', op: '>', value: 0.2 }] })).toBe(1);
      expect(await total({ roles: [{ role: 'opinion', op: '<=', value: 0.1 }] })).toBe(2);
      expect(await total({ outlet: 'North Post', roles: [{ role: 'opinion', op: '<', value: 0.2 }] })).toBe(
        1,
      );
    });

    it('pages through results with cursors, each article exactly once, in order', async () => {
      for (let i = 0; i < 23; i++) {
        await store.add(article(100 + i, { published: `2025-01-${String((i % 9) + 1).padStart(2, '0')}` }));
      }
      for (const sort of ['added', 'published', 'title', 'words'] as const) {
        const seen: string[] = [];
        const keys: string[] = [];
        let cursor: string | undefined;
        do {
          const page = await store.search({ sort, limit: 5, ...(cursor ? { cursor } : {}) });
          expect(page.total).toBe(23);
          expect(page.items.length).toBeLessThanOrEqual(5);
          seen.push(...page.items.map((a) => a.id));
          keys.push(...page.items.map((a) => (sort === 'published' ? (a.published ?? '') : '')));
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        expect(seen.length).toBe(23);
        expect(new Set(seen).size).toBe(23);
        if (sort === 'published') expect([...keys].sort().reverse()).toEqual(keys);
      }
      const newest = await store.search({ limit: 1 });
      expect(newest.items[0]?.id).toBe(articleId(fixtureText(122)));
      const oldest = await store.search({ limit: 1, sort: 'added', descending: false });
      expect(oldest.items[0]?.id).toBe(articleId(fixtureText(100)));
    });

    it('rejects bad cursors and limits with InputError', async () => {
      await store.add(article(5));
      await expect(store.search({ cursor: 'garbage' })).rejects.toBeInstanceOf(InputError);
      await expect(store.search({ limit: 0 })).rejects.toBeInstanceOf(InputError);
      await store.add(article(6));
      const page = await store.search({ limit: 1 });
      expect(page.nextCursor).not.toBeNull();
      await expect(
        store.search({ limit: 1, sort: 'title', cursor: page.nextCursor ?? '' }),
      ).rejects.toBeInstanceOf(InputError);
    });

    it('aggregates outlets: opinion share, loaded words, most quoted voices', async () => {
      await store.add(
        article(
          20,
          { outlet: 'North Post' },
          {
            findings: [
              { category: 'loaded-language', text: 'Reckless' },
              { category: 'intensifier', text: 'very' },
              { category: 'vague-attribution', text: 'critics' },
            ],
            voices: [{ name: 'Ada Quill', quotes: 2 }],
            roleShares: { opinion: 0.4 },
          },
        ),
      );
      await store.add(
        article(
          21,
          { outlet: 'North Post' },
          {
            findings: [{ category: 'loaded-language', text: 'reckless' }],
            voices: [
              { name: 'Ada Quill', quotes: 1 },
              { name: 'Bram Otter', quotes: 1, citations: 1 },
            ],
            roleShares: { opinion: 0.2 },
          },
        ),
      );
      await store.add(article(22, { outlet: 'South Star' }, { roleShares: { opinion: 0 } }));
      const outlets = await store.outlets();
      expect(outlets.map((o) => [o.outlet, o.articles])).toEqual([
        ['North Post', 2],
        ['South Star', 1],
      ]);
      const north = await store.outlet('north post');
      expect(north?.avgRoleShares.opinion).toBeCloseTo(0.3, 6);
      expect(north?.topLoadedWords).toEqual([
        { name: 'reckless', count: 2 },
        { name: 'very', count: 1 },
      ]);
      expect(north?.topVoices).toEqual([
        { name: 'Ada Quill', count: 3 },
        { name: 'Bram Otter', count: 2 },
      ]);
      expect(await store.outlet('Nowhere Times')).toBeNull();
    });

    it('aggregates entities across articles', async () => {
      await store.add(article(30, {}, { entities: [{ name: 'Ada Quill', type: 'person', mentions: 3 }] }));
      await store.add(
        article(
          31,
          {},
          {
            entities: [
              { name: 'Ada Quill', type: 'person', mentions: 1 },
              { name: 'Lowmoor', type: 'place', mentions: 2 },
            ],
          },
        ),
      );
      expect(await store.entities()).toEqual([
        { name: 'Ada Quill', type: 'person', articles: 2, mentions: 4 },
        { name: 'Lowmoor', type: 'place', articles: 1, mentions: 2 },
      ]);
      expect(await store.entities({ type: 'place' })).toHaveLength(1);
      expect(await store.entities({ q: 'quill', limit: 1 })).toHaveLength(1);
    });

    it('finds reports from other engine versions and replaces them with derived data', async () => {
      const old = await store.add(article(40, {}, { engine: { version: '0.0.1' } }));
      const current = await store.add(article(41));
      const stamp = { version: current.id ? (await store.get(current.id))!.engine.version : '', models: {} };
      expect(await store.staleIds(stamp)).toEqual([old.id]);
      expect(await store.staleIds({ ...stamp, models: { roles: 'm1' } })).toHaveLength(2);
      const fresh = withFacts(fixtureReport(engine, fixtureText(40)), {
        findings: [{ category: 'loaded-language', text: 'waste' }],
      });
      await store.replaceReport(old.id, fresh);
      expect((await store.get(old.id))?.report).toEqual(fresh);
      expect(await store.staleIds(stamp)).toEqual([]);
      expect((await store.search({ category: 'loaded-language' })).total).toBe(1);
      await expect(store.replaceReport('f'.repeat(64), fresh)).rejects.toThrow(/not in the library/);
    });

    it('iterates all articles oldest first and passes its integrity check', async () => {
      for (let i = 0; i < 7; i++) await store.add(article(50 + i));
      const ids: string[] = [];
      for await (const a of store.all()) ids.push(a.id);
      expect(ids).toEqual(Array.from({ length: 7 }, (_, i) => articleId(fixtureText(50 + i))));
      expect(await store.check()).toEqual([]);
    });
  });
}
