import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { NotFoundError, UsageError } from '../../errors/index.js';
import { sanitizeForTerminal } from '../../report/ansi.js';
import { fileLines, importJsonl } from '../../store/import-articles.js';
import { type Command, EXIT } from '../io.js';
import { DB_OPTION, DB_USAGE, withStore } from '../library-options.js';

const USAGE = `Usage: unspin import <file.jsonl...> [options]

Import records written by "unspin export --format jsonl". Reports are kept as exported (run
"unspin reanalyze" to refresh them); articles already stored are skipped. Bad lines are reported by line
number and skipped; the exit code is then 2.

Options:
${DB_USAGE}`;

export const importCommand: Command = {
  name: 'import',
  summary: 'import articles exported as JSONL',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { ...DB_OPTION },
    });
    if (positionals.length === 0) throw new UsageError('no-input', 'name the JSONL file(s) to import');
    const files = positionals.map((p) => {
      const path = resolve(io.cwd, p);
      if (!existsSync(path) || !statSync(path).isFile())
        throw new NotFoundError('file-not-found', `${p}: no such file`);
      return { name: p, path };
    });
    return withStore(values.db, io, async (store) => {
      let failed = 0;
      for (const file of files) {
        const summary = await importJsonl(store, fileLines(file.path), file.name);
        for (const error of summary.errors) io.stderr(`unspin import: ${sanitizeForTerminal(error)}\n`);
        io.stdout(
          `${file.name}: ${summary.added} added, ${summary.exists} already stored, ${summary.failed} failed\n`,
        );
        failed += summary.failed;
      }
      return failed ? EXIT.input : EXIT.ok;
    });
  },
};
