import { parseArgs } from 'node:util';
import { parseSortKey } from '../../store/query.js';
import { formatArticleList, parseListFormat } from '../format-article-list.js';
import { type Command, EXIT } from '../io.js';
import { DB_OPTION, DB_USAGE, withStore } from '../library-options.js';

const USAGE = `Usage: unspin list [options]

List stored articles, newest first.

Options:
${DB_USAGE}
      --sort <key>         added, published, title, outlet, opinion, loaded, words; prefix - or + for order
      --limit <n>          articles per page, 1-500 (default: 50)
      --cursor <cursor>    continue from a previous page
  -f, --format <table|json|jsonl>  output format (default: table)`;

export const listCommand: Command = {
  name: 'list',
  summary: 'list the articles in the library',
  usage: USAGE,
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: {
        ...DB_OPTION,
        sort: { type: 'string', default: 'added' },
        limit: { type: 'string', default: '50' },
        cursor: { type: 'string' },
        format: { type: 'string', short: 'f', default: 'table' },
      },
    });
    const format = parseListFormat(values.format ?? 'table');
    const sort = parseSortKey(values.sort ?? 'added');
    return withStore(values.db, io, async (store) => {
      const page = await store.search({
        ...sort,
        limit: Number(values.limit),
        ...(values.cursor ? { cursor: values.cursor } : {}),
      });
      io.stdout(formatArticleList(page, format));
      return EXIT.ok;
    });
  },
};
