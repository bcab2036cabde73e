import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inlineProcessor } from './article-processor.js';
import type { BatchItem } from './batch-item.js';
import { workerPoolProcessor } from './worker-pool.js';

// Workers run the TypeScript sources through the repository's own loader hooks.
const tsRegister = pathToFileURL(join(import.meta.dirname, '../../store/test-support/ts-register.mjs')).href;

const items: BatchItem[] = Array.from({ length: 6 }, (_, i) => ({
  location: `item-${i}`,
  payload: {
    kind: 'text',
    text: `Ferry fares ${i}\n\nThe harbor council voted on Thursday to freeze fares, officials said. Critics called the plan reckless and warned it would drain reserve number ${i}.`,
  },
  meta: { outlet: 'Ledger' },
}));

describe('workerPoolProcessor', () => {
  it('gives the same ids and reports as the in-thread processor, across two workers', async () => {
    const pool = workerPoolProcessor(2, {}, { execArgv: ['--import', tsRegister] });
    const inline = inlineProcessor({});
    try {
      const fromPool = await Promise.all(
        items.map(async (item, seq) => {
          const prepared = await pool.prepare(seq, item);
          const analyzed = await pool.analyze(seq);
          return { prepared, analyzed };
        }),
      );
      for (const [seq, item] of items.entries()) {
        const prepared = await inline.prepare(seq, item);
        const analyzed = await inline.analyze(seq);
        const other = fromPool[seq];
        expect(other?.prepared).toEqual(prepared);
        if (!analyzed.ok || !other?.analyzed.ok || !('report' in analyzed) || !('report' in other.analyzed))
          throw new Error('analysis failed');
        expect(other.analyzed.report.findings).toEqual(analyzed.report.findings);
        expect(other.analyzed.meta).toEqual({ outlet: 'Ledger' });
      }
      const bad = await pool.prepare(99, {
        location: 'x',
        payload: { kind: 'file', path: '/nonexistent/file.txt' },
        meta: {},
      });
      expect(bad).toMatchObject({ ok: false, code: 'file-not-found' });
    } finally {
      await pool.close();
    }
  }, 60_000);
});
