import { parseArgs } from 'node:util';
import { UsageError } from '../../errors/index.js';
import { parseRoleFilter, parseSortKey } from '../../store/query.js';
import type { ArticleQuery } from '../../store/types.js';
import { formatArticleList, parseListFormat } from '../format-article-list.js';
import { type Command, EXIT } from '../io.js';
import { DB_OPTION, DB_USAGE, withStore } from '../library-options.js';

const USAGE = `Usage: unspin search ["<query>"] [filters] [options]

Search the library: full text (all words must match; "quoted phrases"; prefix*), plus filters.

Filters:
      --outlet <name>      outlet (case-insensitive)
      --from <YYYY-MM-DD>  published on or after
      --to <YYYY-MM-DD>    published on or before
      --entity <name>      mentions an entity whose name contains this
      --role <role><op><share>  role share, e.g. opinion>0.2, quote>=0.3 (repeatable)
      --category <name>    has a finding in this category, e.g. loaded-language
Options:
${DB_USAGE}
      --sort <key>         relevance, added, published, title, outlet, opinion, loaded, words (- or + prefix)
      --limit <n>          articles per page, 1-500 (default: 50)
      --cursor <cursor>    continue from a previous page
  -f, --format <table|json|jsonl>  output format (default: table)`;

export const searchCommand: Command = {
  name: 'search',
  summary: 'search the library by text, outlet, date, entity, role share or category',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...DB_OPTION,
        outlet: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        entity: { type: 'string' },
        role: { type: 'string', multiple: true },
        category: { type: 'string' },
        sort: { type: 'string' },
        limit: { type: 'string', default: '50' },
        cursor: { type: 'string' },
        format: { type: 'string', short: 'f', default: 'table' },
      },
    });
    const format = parseListFormat(values.format ?? 'table');
    const query: ArticleQuery = { limit: Number(values.limit) };
    if (positionals.length) query.q = positionals.join(' ');
    for (const key of ['outlet', 'from', 'to', 'entity', 'category', 'cursor'] as const) {
      const value = values[key];
      if (value !== undefined) query[key] = value;
    }
    if (values.role?.length) query.roles = values.role.map(parseRoleFilter);
    if (values.sort) Object.assign(query, parseSortKey(values.sort));
    const filtered = Object.keys(query).length > 1;
    if (!filtered)
      throw new UsageError('no-query', 'give a search query or at least one filter (see --help)');
    return withStore(values.db, io, async (store) => {
      io.stdout(formatArticleList(await store.search(query), format));
      return EXIT.ok;
    });
  },
};
