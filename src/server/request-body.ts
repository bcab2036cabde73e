import type { Context } from 'hono';
import type { ArticleMeta } from '../analyze/types.js';
import { normalizeDate } from '../engine/normalize-date.js';
import { InputError } from '../errors/index.js';
import { ApiError } from './api-error.js';

/** Reads a JSON request body as text; 415 when it is not declared as JSON. */
export async function readJsonText(c: Context): Promise<string> {
  const type = c.req.header('Content-Type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new ApiError(
      415,
      'unsupported-media-type',
      'send the body as JSON with "Content-Type: application/json"',
    );
  }
  return c.req.text();
}

/** Parses body text as a JSON object; 400 when malformed or not an object. */
export function parseJsonObject(text: string): Record<string, unknown> {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new InputError('bad-json', 'the request body is not valid JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new InputError('bad-body', 'the request body must be a JSON object');
  }
  return body as Record<string, unknown>;
}

/** Reads and parses a JSON object body (415 / 400 as above). */
export async function readJsonObject(c: Context): Promise<Record<string, unknown>> {
  return parseJsonObject(await readJsonText(c));
}

export interface ArticleInput {
  text: string;
  meta: Partial<ArticleMeta>;
  forceLanguage: boolean;
  /** Warnings from reading the input (a fetched page's extraction), carried into the report. */
  warnings?: string[];
  /** Where the text came from, for the report: a fetched URL; default `text`. */
  source?: string;
}

const LIMITS = { title: 1000, outlet: 200, byline: 500, url: 2048, published: 40 } as const;

/** Validates `{text, title?, outlet?, byline?, url?, published?, forceLanguage?}`. */
export function parseArticleInput(body: Record<string, unknown>): ArticleInput {
  const { text } = body;
  if (typeof text !== 'string')
    throw new InputError(
      'bad-text',
      '"text" (or "url" alone, to fetch the page) is required and must be a string',
    );
  const meta: Partial<ArticleMeta> = {};
  for (const key of Object.keys(LIMITS) as (keyof typeof LIMITS)[]) {
    const value = body[key];
    if (value === undefined || value === null || value === '') continue;
    if (typeof value !== 'string') throw new InputError(`bad-${key}`, `"${key}" must be a string`);
    if (value.length > LIMITS[key]) {
      throw new InputError(`bad-${key}`, `"${key}" is longer than ${LIMITS[key]} characters`);
    }
    meta[key] = value;
  }
  if (typeof meta.url === 'string') {
    let url: URL | null = null;
    try {
      url = new URL(meta.url);
    } catch {
      url = null;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      throw new InputError('bad-url', '"url" must be an absolute http or https address');
    }
  }
  if (typeof meta.published === 'string') meta.published = normalizeDate(meta.published);
  const force = body.forceLanguage;
  if (force !== undefined && typeof force !== 'boolean') {
    throw new InputError('bad-force-language', '"forceLanguage" must be true or false');
  }
  return { text, meta, forceLanguage: force === true };
}

/** A request body: the text to analyze, plus the page to fetch for it when `url` came without `text`. */
export interface ArticleRequest {
  input: ArticleInput;
  /** Set when the body has `url` and no `text`: the article is read from that page (see fetch-article.ts). */
  fetchUrl: string | null;
}

/** Validates `{text, ...}` or `{url, ...}` (no text: fetch the page); the other fields as parseArticleInput. */
export function parseArticleRequest(body: Record<string, unknown>): ArticleRequest {
  if (body.text === undefined && body.url !== undefined) {
    const input = parseArticleInput({ ...body, text: '' });
    if (!input.meta.url) throw new InputError('bad-url', '"url" must be an absolute http or https address');
    return { input, fetchUrl: input.meta.url };
  }
  return { input: parseArticleInput(body), fetchUrl: null };
}
