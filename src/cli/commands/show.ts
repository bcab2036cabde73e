import { parseArgs } from 'node:util';
import { NotFoundError, UsageError } from '../../errors/index.js';
import { parseFormat, render } from '../../report/formats.js';
import { type Command, EXIT } from '../io.js';
import { DB_OPTION, DB_USAGE, withStore } from '../library-options.js';

const USAGE = `Usage: unspin show <id> [options]

Print a stored article's report, formatted like "unspin analyze". <id> may be a unique prefix (6+ characters).

Options:
${DB_USAGE}
  -f, --format <pretty|json|markdown|line>  output format (default: pretty)
      --color / --no-color                  force colours on or off (default: on for terminals)`;

export const showCommand: Command = {
  name: 'show',
  summary: "print a stored article's report",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...DB_OPTION,
        format: { type: 'string', short: 'f', default: 'pretty' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
      },
    });
    const [wanted, ...extra] = positionals;
    if (!wanted || extra.length)
      throw new UsageError('no-id', 'name exactly one article id (or unique prefix)');
    const format = parseFormat(values.format ?? 'pretty');
    return withStore(values.db, io, async (store) => {
      const id = await store.resolveId(wanted);
      const article = id ? await store.get(id) : null;
      if (!article) {
        throw new NotFoundError(
          'article-not-found',
          `no stored article has id "${wanted}" (or the prefix is ambiguous)`,
        );
      }
      const color = values['no-color'] ? false : (values.color ?? (io.isTTY && !io.env.NO_COLOR));
      io.stdout(
        render(format, [{ path: article.source ?? article.id, report: article.report }], {
          color,
          minSeverity: 'suggestion',
        }),
      );
      return EXIT.ok;
    });
  },
};
