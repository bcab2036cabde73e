import { readdir, stat } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';
import { isUrl } from '../load-article.js';
import type { BatchEntry } from './batch-item.js';
import { readCsv, readCsvFile } from './read-csv.js';
import { readJsonl, readJsonlFile } from './read-jsonl.js';
import { readWarcFile } from './read-warc.js';

/** Article files taken from directories and globs. */
const ARTICLE_EXT = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml']);
const BATCH_EXT = /\.(?:jsonl|ndjson|csv|warc|warc\.gz)$/i;

async function* walk(dir: string): AsyncGenerator<string> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* walk(path);
    else if (e.isFile()) yield path;
  }
}

/** Regex for a glob: `**` any depth, `*` within a segment, `?` one character, `{a,b}` alternatives. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*' && glob[i + 1] === '*') {
      re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      if (end < 0) re += '\\{';
      else {
        re += `(?:${glob
          .slice(i + 1, end)
          .split(',')
          .map((s) => s.replace(/[.+^$()|[\]\\]/g, '\\$&'))
          .join('|')})`;
        i = end;
      }
    } else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

const isGlob = (s: string) => /[*?{]/.test(s);

async function* fromFile(path: string, display: string): AsyncGenerator<BatchEntry> {
  const lower = path.toLowerCase();
  if (/\.(?:jsonl|ndjson)$/.test(lower)) yield* readJsonlFile(path);
  else if (lower.endsWith('.csv')) yield* readCsvFile(path);
  else if (/\.warc(?:\.gz)?$/.test(lower)) yield* readWarcFile(path);
  else yield { location: display, payload: { kind: 'file', path }, meta: {} };
}

export interface ExpandOptions {
  cwd: string;
  /** Reads stdin for `-`. */
  stdin?: () => AsyncIterable<string>;
  /** Format of stdin: one article (default), or JSONL / CSV records. */
  stdinFormat?: 'article' | 'jsonl' | 'csv';
}

/**
 * Turns command-line inputs into a stream of batch entries: URLs; files (JSONL/NDJSON, CSV and
 * WARC are opened as record batches); directories (walked, sorted, hidden entries skipped);
 * globs (`data/**\/*.html`); and `-` for stdin. A missing input is a read error, not a crash.
 */
export async function* expandBatchInputs(
  inputs: readonly string[],
  options: ExpandOptions,
): AsyncGenerator<BatchEntry> {
  for (const input of inputs) {
    if (isUrl(input)) {
      yield { location: input, payload: { kind: 'url', url: input }, meta: {} };
      continue;
    }
    if (input === '-') {
      if (!options.stdin) {
        yield { location: '-', reason: 'no-stdin', message: 'reading from stdin is not available here' };
        continue;
      }
      if (options.stdinFormat === 'jsonl') yield* readJsonl(options.stdin(), 'stdin');
      else if (options.stdinFormat === 'csv') yield* readCsv(options.stdin(), 'stdin');
      else {
        let text = '';
        for await (const chunk of options.stdin()) text += chunk;
        yield { location: 'stdin', payload: { kind: 'text', text }, meta: {} };
      }
      continue;
    }
    const absolute = resolve(options.cwd, input);
    if (isGlob(input)) {
      const parts = input.split(/[/\\]/);
      const fixed = parts.slice(0, parts.findIndex(isGlob)).join('/');
      const base = resolve(options.cwd, fixed || '.');
      const pattern = globToRegExp(parts.slice(parts.findIndex(isGlob)).join('/'));
      let matched = 0;
      for await (const path of walk(base)) {
        const rel = relative(base, path).split(sep).join('/');
        if (!pattern.test(rel)) continue;
        matched++;
        yield* fromFile(path, relative(options.cwd, path) || path);
      }
      if (!matched) yield { location: input, reason: 'no-match', message: `${input}: no files match` };
      continue;
    }
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(absolute);
    } catch {
      yield { location: input, reason: 'not-found', message: `${input}: no such file or directory` };
      continue;
    }
    if (info.isDirectory()) {
      for await (const path of walk(absolute)) {
        const ext = extname(path).toLowerCase();
        if (ARTICLE_EXT.has(ext) || BATCH_EXT.test(path))
          yield* fromFile(path, relative(options.cwd, path) || path);
      }
    } else yield* fromFile(absolute, input);
  }
}
