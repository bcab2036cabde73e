import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../../errors/index.js';
import { toRecord } from '../../store/article-record.js';
import { csvHeader, csvRow } from '../../store/csv.js';
import { type Command, EXIT } from '../io.js';
import { DB_OPTION, DB_USAGE, withStore } from '../library-options.js';

const USAGE = `Usage: unspin export --format <jsonl|csv> [options]

Write the whole library, oldest first. jsonl: one unspin/article@1 record per line with text, metadata and
report ("unspin import" reads it back). csv: one row of metadata and headline scores per article.

Options:
${DB_USAGE}
  -f, --format <jsonl|csv>  output format (default: jsonl)
  -o, --out <file>          write to a file instead of stdout`;

export const exportCommand: Command = {
  name: 'export',
  summary: 'export the library as JSONL (full) or CSV (scores)',
  usage: USAGE,
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: {
        ...DB_OPTION,
        format: { type: 'string', short: 'f', default: 'jsonl' },
        out: { type: 'string', short: 'o' },
      },
    });
    const format = values.format;
    if (format !== 'jsonl' && format !== 'csv') {
      throw new UsageError('bad-format', `unknown export format "${format}"; expected jsonl or csv`);
    }
    const file = values.out ? createWriteStream(resolve(io.cwd, values.out)) : null;
    const write = file ? (text: string) => void file.write(text) : io.stdout;
    try {
      return await withStore(values.db, io, async (store) => {
        let n = 0;
        if (format === 'csv') write(csvHeader());
        for await (const article of store.all()) {
          write(format === 'csv' ? csvRow(article) : `${JSON.stringify(toRecord(article))}\n`);
          n++;
        }
        if (file) io.stderr(`unspin export: wrote ${n} articles to ${values.out}\n`);
        return EXIT.ok;
      });
    } finally {
      if (file)
        await new Promise<void>((done, fail) =>
          file.end((error?: Error | null) => (error ? fail(error) : done())),
        );
    }
  },
};
