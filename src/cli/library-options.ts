import { resolve } from 'node:path';
import { DEFAULT_DB, openStore } from '../store/open-store.js';
import type { ArticleStore } from '../store/types.js';
import type { CliIo } from './io.js';

/** The `--db` option every library command takes. */
export const DB_OPTION = { db: { type: 'string' } } as const;

export const DB_USAGE = `      --db <file>          library file (default: $UNSPIN_DB, else ./${DEFAULT_DB})`;

/** Library location from --db, else UNSPIN_DB, else ./unspin.db, relative to the working directory. */
export function resolveDbPath(flag: string | undefined, io: CliIo): string {
  const value = flag ?? io.env.UNSPIN_DB ?? DEFAULT_DB;
  if (value === ':memory:' || /^[a-z]+:\/\//i.test(value)) return value;
  return resolve(io.cwd, value);
}

/** Opens the library, runs `fn`, and always closes it. */
export async function withStore<T>(
  flag: string | undefined,
  io: CliIo,
  fn: (store: ArticleStore) => Promise<T>,
): Promise<T> {
  const store = openStore(resolveDbPath(flag, io));
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
