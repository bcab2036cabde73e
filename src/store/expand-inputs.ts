import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { NotFoundError } from '../errors/index.js';

/** Extensions `add` picks up when walking a directory (files named directly are always taken). */
export const ARTICLE_EXTENSIONS: ReadonlySet<string> = new Set([
  '.txt',
  '.text',
  '.md',
  '.markdown',
  '.html',
  '.htm',
]);

async function walk(dir: string, cwd: string, out: string[]): Promise<void> {
  const entries = await readdir(resolve(cwd, dir), { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, cwd, out);
    else if (entry.isFile() && ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(path);
  }
}

/**
 * Expands files, directories (recursively, sorted, hidden entries skipped), `-` and http(s) URLs into a list
 * of sources. Relative paths stay relative (to `cwd`) so messages show them as the user typed them.
 */
export async function expandInputs(inputs: readonly string[], cwd = process.cwd()): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    if (input === '-' || /^https?:\/\//i.test(input)) {
      out.push(input);
      continue;
    }
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(resolve(cwd, input));
    } catch {
      throw new NotFoundError('file-not-found', `${input}: no such file or directory`, { source: input });
    }
    if (info.isDirectory()) await walk(input, cwd, out);
    else out.push(input);
  }
  return out;
}
