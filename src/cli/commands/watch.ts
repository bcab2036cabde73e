import { parseArgs } from 'node:util';
import { UsageError } from '../../errors/index.js';
import { inlineProcessor } from '../../ingest/batch/article-processor.js';
import type { BatchSummary } from '../../ingest/batch/run-batch.js';
import { fileFeedState } from '../../ingest/feeds/feed-state.js';
import { ingestFeeds } from '../../ingest/feeds/ingest-feeds.js';
import { fileHttpCache } from '../../ingest/fetch/http-cache.js';
import { sanitizeForTerminal } from '../../report/ansi.js';
import { loadConfig } from '../config.js';
import { type Command, EXIT } from '../io.js';
import { DB_OPTION, DB_USAGE, resolveDbPath, withStore } from '../library-options.js';

const USAGE = `Usage: unspin watch <feed-url|feed-file...> [options]

Polls RSS, Atom or JSON feeds and stores their new items in the library, until stopped (Ctrl-C).
What was seen is remembered beside the library (<db>.feeds.json), so a restarted watcher picks up
where it stopped: nothing is lost and nothing is stored twice.

Options:
${DB_USAGE}
      --every <interval>   time between polls: 90s, 15m, 2h (default: 15m; at least 10s)
      --once               poll once and exit
      --allow-private      allow feeds and links on loopback, private or link-local addresses
      --config <file>      config file (default: .unspinrc.json if present)
      --force-language     analyze items even if they do not look English`;

/** Milliseconds for `90s`, `15m`, `2h`, `1d` or a bare number of seconds. */
export function parseInterval(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(s|m|h|d)?$/i.exec(value.trim());
  if (!m) throw new UsageError('bad-interval', `--every must look like 90s, 15m or 2h; got "${value}"`);
  const unit = { s: 1, m: 60, h: 3600, d: 86400 }[(m[2] ?? 's').toLowerCase() as 's' | 'm' | 'h' | 'd'];
  const ms = Number(m[1]) * unit * 1000;
  if (ms < 10_000) throw new UsageError('bad-interval', `--every must be at least 10s; got "${value}"`);
  return ms;
}

function pollLine(s: BatchSummary): string {
  const reasons = Object.entries(s.skippedByReason)
    .map(([r, n]) => `${r} ${n}`)
    .join(', ');
  return `${new Date().toISOString()} polled: ${s.total} new item${s.total === 1 ? '' : 's'}: ${s.added} added, ${s.storedUnanalyzed} stored without analysis (not English), ${s.duplicate} duplicate, ${s.skipped} skipped${reasons ? ` (${reasons})` : ''}\n`;
}

export const watchCommand: Command = {
  name: 'watch',
  summary: 'poll news feeds and store their new items',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...DB_OPTION,
        every: { type: 'string', default: '15m' },
        once: { type: 'boolean', default: false },
        'allow-private': { type: 'boolean', default: false },
        config: { type: 'string' },
        'force-language': { type: 'boolean', default: false },
      },
    });
    if (!positionals.length) throw new UsageError('no-input', 'name at least one feed URL or file');
    const every = parseInterval(values.every ?? '15m');
    const config = await loadConfig(values.config ?? null, io.cwd);
    const dbPath = resolveDbPath(values.db, io);
    const onDisk = dbPath !== ':memory:' && !/^[a-z]+:\/\//i.test(dbPath);
    const allowPrivate = values['allow-private'] === true;
    let stopping = false;
    let wake: (() => void) | null = null;
    const stop = () => {
      stopping = true;
      wake?.();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    try {
      return await withStore(values.db, io, async (store) => {
        const processor = inlineProcessor({
          allowPrivate,
          forceLanguage: values['force-language'] === true,
          rules: config.rules,
        });
        const state = fileFeedState(onDisk ? `${dbPath}.feeds.json` : null);
        const cache = onDisk ? fileHttpCache(`${dbPath}.http-cache.json`) : undefined;
        let failed = false;
        while (!stopping) {
          const summary = await ingestFeeds(store, positionals, {
            processor,
            state,
            fetch: { allowPrivate, ...(cache ? { cache } : {}) },
            shouldStop: () => stopping,
            onItem(event) {
              if (event.outcome === 'skipped')
                io.stderr(`unspin watch: ${sanitizeForTerminal(event.message ?? event.location)}\n`);
            },
          });
          failed ||= summary.skipped > 0;
          io.stdout(pollLine(summary));
          if (values.once || stopping) break;
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, every);
            wake = () => {
              clearTimeout(timer);
              resolve();
            };
          });
          wake = null;
        }
        await processor.close();
        return values.once && failed ? EXIT.input : EXIT.ok;
      });
    } finally {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    }
  },
};
