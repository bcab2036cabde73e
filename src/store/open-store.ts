import { UsageError } from '../errors/index.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';
import type { ArticleStore } from './types.js';

/** Default library file, relative to the working directory. */
export const DEFAULT_DB = 'unspin.db';

/**
 * Opens the library at a location: an SQLite file path (or `:memory:`). Other backends (postgres://...) plug
 * in here without changes to callers.
 */
export function openStore(location: string): ArticleStore {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    throw new UsageError(
      'backend-unavailable',
      'PostgreSQL libraries are not supported yet; use an SQLite file path',
    );
  }
  return openSqliteStore({ path: location });
}
