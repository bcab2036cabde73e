import { readFile, stat } from 'node:fs/promises';
import type { ArticleMeta } from '../analyze/types.js';
import { InputError, NotFoundError } from '../errors/index.js';
import { decodeText } from './decode-text.js';

/** Documented cap on an input file or download: 10 MB. Text itself is capped at MAX_TEXT_CHARS. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

export interface LoadedArticle {
  /** The article text to analyze (extracted from HTML when the input was a page). */
  text: string;
  meta: Partial<ArticleMeta>;
  warnings: string[];
  /** Where it came from: a path, a URL or `-`. */
  source: string;
}

export interface LoadOptions {
  maxBytes?: number;
  readStdin?: () => Promise<Uint8Array>;
}

/** Reads raw bytes from a path or `-` (stdin), refusing inputs over the size cap before reading. */
export async function readSource(source: string, options: LoadOptions = {}): Promise<Uint8Array> {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  if (source === '-') {
    if (!options.readStdin) throw new InputError('no-stdin', 'reading from stdin is not available here');
    const bytes = await options.readStdin();
    if (bytes.length > maxBytes) throw tooLarge('stdin', bytes.length, maxBytes);
    return bytes;
  }
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(source);
  } catch {
    throw new NotFoundError('file-not-found', `${source}: no such file`, { source });
  }
  if (info.isDirectory())
    throw new InputError('is-directory', `${source} is a directory, not a file`, { source });
  if (info.size > maxBytes) throw tooLarge(source, info.size, maxBytes);
  return readFile(source);
}

function tooLarge(source: string, size: number, limit: number): InputError {
  return new InputError(
    'input-too-large',
    `${source} is ${(size / 1048576).toFixed(1)} MB; the limit is ${(limit / 1048576).toFixed(0)} MB`,
    { source, size, limit },
  );
}

/** Loads one article from a file or stdin as text plus metadata. */
export async function loadArticle(source: string, options: LoadOptions = {}): Promise<LoadedArticle> {
  const bytes = await readSource(source, options);
  const { text, warnings } = decodeText(bytes, source);
  return { text, meta: {}, warnings, source };
}
