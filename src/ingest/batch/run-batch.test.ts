import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { articleId } from '../../store/content-id.js';
import { inlineProcessor } from './article-processor.js';
import { expandBatchInputs } from './expand-batch-inputs.js';
import { type IngestStore, runBatch } from './run-batch.js';

function memoryStore(): IngestStore & {
  rows: Map<string, { text: string; source: string | null | undefined; analyzed: boolean }>;
} {
  const rows = new Map<string, { text: string; source: string | null | undefined; analyzed: boolean }>();
  return {
    rows,
    has: async (id) => rows.has(id),
    async add(a) {
      const id = articleId(a.text);
      if (rows.has(id)) return { id, created: false };
      rows.set(id, { text: a.text, source: a.source, analyzed: a.report.analyzed });
      return { id, created: true };
    },
  };
}

const story = (n: number) =>
  `Council votes on budget ${n}\n\nThe city council approved budget number ${n} on Tuesday after a long debate, officials said. The mayor said the plan would fund ${n} new buses.`;
const fixtures = join(import.meta.dirname, '../fixtures');

function batchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'unspin-batch-'));
  const lines = [
    JSON.stringify({ text: story(1), title: 'One', outlet: 'Ledger', published: '2026-01-02' }),
    '',
    '{not json',
    JSON.stringify({ html: readFileSync(join(fixtures, 'cluttered-news.html'), 'utf8') }),
    JSON.stringify({ text: story(1) }),
    JSON.stringify({ title: 'no body' }),
    JSON.stringify({ text: story(2), published: 'sometime' }),
    JSON.stringify({
      text: "Le conseil municipal a voté mardi soir le budget de l'année prochaine après un long débat. Le maire a déclaré que le plan financerait de nouveaux autobus pour la ville et ses quartiers.",
    }),
  ];
  writeFileSync(join(dir, 'batch.jsonl'), `${lines.join('\n')}\n`);
  writeFileSync(
    join(dir, 'batch.csv'),
    `title,text,outlet\n"Three","${story(3).replace(/"/g, '""')}",Courier\nFour,"${story(4)}",Courier\n`,
  );
  const httpBlock = Buffer.concat([
    Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1252\r\n\r\n'),
    readFileSync(join(fixtures, 'windows-1252.html')),
  ]);
  const record = (type: string, uri: string, block: Buffer, ct: string) =>
    Buffer.concat([
      Buffer.from(
        `WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Target-URI: ${uri}\r\nContent-Type: ${ct}\r\nContent-Length: ${block.length}\r\n\r\n`,
      ),
      block,
      Buffer.from('\r\n\r\n'),
    ]);
  writeFileSync(
    join(dir, 'crawl.warc.gz'),
    Buffer.concat([
      gzipSync(record('warcinfo', '', Buffer.from('software: test'), 'application/warc-fields')),
      gzipSync(
        record('response', 'https://post.example/cafes', httpBlock, 'application/http; msgtype=response'),
      ),
    ]),
  );
  return dir;
}

describe('runBatch', () => {
  it('ingests JSONL, CSV and WARC records, reports bad items by location, and resumes without duplicates', async () => {
    const dir = batchDir();
    const store = memoryStore();
    const events: string[] = [];
    const run = () =>
      runBatch(store, expandBatchInputs([dir], { cwd: dir }), {
        processor: inlineProcessor({}),
        onItem: (e) =>
          events.push(`${e.outcome} ${e.location.replace(dir, '.')}${e.reason ? ` ${e.reason}` : ''}`),
      });
    const first = await run();
    expect(first).toMatchObject({
      total: 10,
      added: 6,
      storedUnanalyzed: 1,
      duplicate: 1,
      skipped: 2,
      skippedByReason: { 'bad-json': 1, 'no-text': 1 },
    });
    expect(events.sort()).toEqual(
      [
        'added ./batch.csv:2',
        'added ./batch.csv:5',
        'added ./batch.jsonl:1',
        'added ./batch.jsonl:4',
        'added ./batch.jsonl:7',
        'added ./crawl.warc.gz#2',
        'duplicate ./batch.jsonl:5',
        'skipped ./batch.jsonl:3 bad-json',
        'skipped ./batch.jsonl:6 no-text',
        'stored-unanalyzed ./batch.jsonl:8',
      ].sort(),
    );
    expect(store.rows.size).toBe(7);
    const warc = [...store.rows.values()].find((r) => r.source?.endsWith('#2'));
    expect(warc?.text).toContain('Renée Dubois');
    expect([...store.rows.values()].filter((r) => !r.analyzed)).toHaveLength(1);
    const again = await run();
    expect(again).toMatchObject({ added: 0, duplicate: 8, skipped: 2 });
    expect(store.rows.size).toBe(7);
  });

  it('applies metadata overrides before analysis, so the report and the stored record agree', async () => {
    const processor = inlineProcessor({ meta: { outlet: 'Override Post' } });
    const item = {
      location: 'x',
      payload: { kind: 'text', text: story(9) },
      meta: { outlet: 'Own' },
    } as const;
    expect((await processor.prepare(1, item)).ok).toBe(true);
    const analyzed = await processor.analyze(1);
    if (!analyzed.ok || !('report' in analyzed)) throw new Error('not analyzed');
    expect(analyzed.report.article.outlet).toBe('Override Post');
    expect(analyzed.meta.outlet).toBe('Override Post');
  });

  it('stops at the first bad item with --strict', async () => {
    const dir = batchDir();
    await expect(
      runBatch(memoryStore(), expandBatchInputs([join(dir, 'batch.jsonl')], { cwd: dir }), {
        processor: inlineProcessor({}),
        strict: true,
        concurrency: 1,
      }),
    ).rejects.toThrow(/batch\.jsonl:3: not JSON .*--strict/);
  });

  it('expands globs and reports inputs that match nothing', async () => {
    const dir = batchDir();
    const entries = [];
    for await (const e of expandBatchInputs(['*.csv', 'nothing/*.txt', 'missing.txt'], { cwd: dir }))
      entries.push(e);
    expect(entries.map((e) => ('reason' in e ? e.reason : e.location.replace(dir, '.')))).toEqual([
      './batch.csv:2',
      './batch.csv:5',
      'no-match',
      'not-found',
    ]);
  });
});
