import { parseArgs } from 'node:util';
import { createEngine } from '../../engine/create-engine.js';
import { sanitizeForTerminal } from '../../report/ansi.js';
import { shortId } from '../../store/content-id.js';
import { reanalyzeArticles } from '../../store/reanalyze.js';
import { loadConfig } from '../config.js';
import { type Command, EXIT } from '../io.js';
import { DB_OPTION, DB_USAGE, withStore } from '../library-options.js';
import { createProgress, type Progress } from '../progress.js';

const USAGE = `Usage: unspin reanalyze [options]

Re-analyze stored articles whose report came from another engine or model version, so the library
reflects the current analyzers. Each new report records the versions that produced it.

Options:
${DB_USAGE}
      --all                re-analyze every article, not only outdated ones
      --config <file>      config file (default: .unspinrc.json if present)`;

export const reanalyzeCommand: Command = {
  name: 'reanalyze',
  summary: 'refresh stored reports made by another engine or model version',
  usage: USAGE,
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: {
        ...DB_OPTION,
        all: { type: 'boolean', default: false },
        config: { type: 'string' },
      },
    });
    const config = await loadConfig(values.config ?? null, io.cwd);
    const engine = createEngine({ rules: config.rules });
    return withStore(values.db, io, async (store) => {
      let progress: Progress | null = null;
      const summary = await reanalyzeArticles(store, engine, {
        all: values.all === true,
        onResult(result, index, total) {
          progress ??= createProgress(io, total, 'reanalyzing');
          progress.tick(shortId(result.id));
          if (result.error)
            io.stderr(`unspin reanalyze: ${shortId(result.id)}: ${sanitizeForTerminal(result.error)}\n`);
          if (index === total - 1) progress.stop();
        },
      });
      const models = Object.entries(summary.stamp.models)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ');
      io.stdout(
        `engine ${summary.stamp.version}${models ? ` (models: ${models})` : ''}: ${summary.considered} to refresh, ${summary.updated} updated, ${summary.failed} failed\n`,
      );
      return summary.failed ? EXIT.input : EXIT.ok;
    });
  },
};
