import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createEngine } from '../../engine/create-engine.js';
import { UsageError } from '../../errors/index.js';
import { isUrl, loadArticle } from '../../ingest/load-article.js';
import { sanitizeForTerminal } from '../../report/ansi.js';
import { addArticles } from '../../store/add-articles.js';
import { shortId } from '../../store/content-id.js';
import { expandInputs } from '../../store/expand-inputs.js';
import { BATCH_OPTIONS, BATCH_USAGE, runBatchAdd, wantsBatch } from '../batch-ingest.js';
import { loadConfig } from '../config.js';
import { type Command, EXIT } from '../io.js';
import { DB_OPTION, DB_USAGE, resolveDbPath, withStore } from '../library-options.js';
import { createProgress } from '../progress.js';

const USAGE = `Usage: unspin add <file|dir|url|glob|batch.jsonl|-...> [options]

Analyze articles and store them in the library. Directories are read recursively (.txt, .md, .html).
An article already stored (same content) is skipped, so an interrupted run can simply be run again.

Options:
${DB_USAGE}
      --outlet <name>      outlet of every article added
      --title <text>       title (for a single article)
      --date <YYYY-MM-DD>  publication date (resolves "last week" and the like)
      --url <url>          original address (for a single article)
      --config <file>      config file (default: .unspinrc.json if present)
      --force-language     analyze even if the text does not look English (else such an
                           article is stored and marked as not analyzed)
  -q, --quiet              print only the summary
${BATCH_USAGE}

Prints one line per article ("added|stored|exists|failed <id> <source>"; "stored": kept but not analyzed, as
it is not English) and a summary; on a terminal, a progress bar replaces the lines when there are many.
Exit code 2 when any article failed.`;

/** What `add` tells the user about an article stored without analysis. `source` is already sanitized. */
function notEnglishNote(source: string, language: string | null | undefined): string {
  const lang = sanitizeForTerminal(language ?? 'unknown');
  return `${source}: stored but not analyzed: it reads as language "${lang}", and unspin analyzes English only (--force-language analyzes it anyway)`;
}

export const addCommand: Command = {
  name: 'add',
  summary: 'analyze articles and store them in the library',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...DB_OPTION,
        outlet: { type: 'string' },
        title: { type: 'string' },
        date: { type: 'string' },
        url: { type: 'string' },
        config: { type: 'string' },
        'force-language': { type: 'boolean', default: false },
        quiet: { type: 'boolean', short: 'q', default: false },
        ...BATCH_OPTIONS,
      },
    });
    if (wantsBatch(positionals, values)) {
      const config = await loadConfig(values.config ?? null, io.cwd);
      const dbPath = resolveDbPath(values.db, io);
      return withStore(values.db, io, (store) =>
        runBatchAdd(positionals, values, io, {
          store,
          dbPath: dbPath === ':memory:' || /^[a-z]+:\/\//i.test(dbPath) ? null : dbPath,
          rules: config.rules,
          meta: values.outlet ? { outlet: values.outlet } : {},
          ...(values.date ? { date: values.date } : {}),
          forceLanguage: values['force-language'] === true,
        }),
      );
    }
    if (positionals.length === 0)
      throw new UsageError('no-input', 'no input given: name files, directories or "-"');
    const sources = await expandInputs(positionals, io.cwd);
    if (sources.length === 0) throw new UsageError('no-input', 'no article files found (.txt, .md, .html)');
    if (sources.length > 1 && (values.title || values.url)) {
      throw new UsageError('single-only', '--title and --url apply to a single article; got several inputs');
    }
    const meta = {
      ...(values.outlet ? { outlet: values.outlet } : {}),
      ...(values.title ? { title: values.title } : {}),
      ...(values.url ? { url: values.url } : {}),
      ...(values.date ? { published: values.date } : {}),
    };
    const config = await loadConfig(values.config ?? null, io.cwd);
    const engine = createEngine({ rules: config.rules });
    return withStore(values.db, io, async (store) => {
      const progress = createProgress(io, sources.length, 'adding');
      const summary = await addArticles(store, engine, sources, {
        meta,
        forceLanguage: values['force-language'] === true,
        load: async (source) => ({
          ...(await loadArticle(isUrl(source) || source === '-' ? source : resolve(io.cwd, source), {
            readStdin: io.readStdin,
          })),
          source,
        }),
        onResult(result) {
          const source = sanitizeForTerminal(result.source);
          if (progress.bar) progress.tick(source);
          if (result.status === 'failed') {
            io.stderr(`${progress.bar ? '\n' : ''}unspin add: ${sanitizeForTerminal(result.error ?? '')}\n`);
          } else if (result.status === 'unanalyzed') {
            io.stderr(`${progress.bar ? '\n' : ''}unspin add: ${notEnglishNote(source, result.language)}\n`);
            if (!progress.bar && !values.quiet)
              io.stdout(`stored ${shortId(result.id ?? '')} ${source} (not analyzed: not English)\n`);
          } else if (!progress.bar && !values.quiet) {
            io.stdout(`${result.status.padEnd(6)} ${shortId(result.id ?? '')} ${source}\n`);
          }
        },
      });
      progress.stop();
      const total = await store.count();
      const unanalyzed = summary.unanalyzed
        ? `${summary.unanalyzed} stored without analysis (not English), `
        : '';
      io.stdout(
        `${sources.length} input${sources.length === 1 ? '' : 's'}: ${summary.added} added, ${unanalyzed}${summary.exists} already stored, ${summary.failed} failed; the library holds ${total} article${total === 1 ? '' : 's'}\n`,
      );
      return summary.failed ? EXIT.input : EXIT.ok;
    });
  },
};
