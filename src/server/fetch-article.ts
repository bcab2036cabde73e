import type { Context } from 'hono';
import { FetchError, InputError } from '../errors/index.js';
import { ApiError } from './api-error.js';
import { bearerMatches } from './auth.js';
import type { ApiDeps } from './context.js';
import type { ArticleInput, ArticleRequest } from './request-body.js';

/** InputErrors raised while reading a fetched page that say the page is not an article (422, not 400). */
const PAGE_PROBLEMS = new Set(['is-feed', 'content-type', 'no-article', 'binary-input', 'empty-input']);

/**
 * Rewords a fetch failure for API callers: the fetch layer's hint names the CLI flag, but a caller of the
 * API cannot pass it; only whoever starts the server can.
 */
function forApi(error: unknown): unknown {
  if (error instanceof FetchError && error.code === 'private-address') {
    return new FetchError(
      error.code,
      error.message.replace(
        /; pass --allow-private to allow it$/,
        '; this server refuses such addresses unless it was started with --allow-private (UNSPIN_ALLOW_PRIVATE=1)',
      ),
      { ...error.context },
    );
  }
  if (error instanceof InputError && PAGE_PROBLEMS.has(error.code)) {
    return new FetchError(error.code, error.message, { ...error.context });
  }
  return error;
}

/**
 * The article a request names: its text as given, or, for `{url}` without text, the page fetched through
 * the server's safe fetch (private-address rules, limits) and extracted, its metadata filling what the
 * request did not set. Needs the write token when the server has one: fetching is work done for the caller.
 */
export async function resolveArticle(
  c: Context,
  deps: ApiDeps,
  request: ArticleRequest,
): Promise<ArticleInput> {
  const { input, fetchUrl } = request;
  if (!fetchUrl) return input;
  if (deps.token && !bearerMatches(c, deps.token)) {
    c.header('WWW-Authenticate', 'Bearer realm="unspin"');
    throw new ApiError(
      401,
      'unauthorized',
      'fetching a URL needs "Authorization: Bearer <UNSPIN_TOKEN>" on this server; send the text instead',
    );
  }
  let loaded: Awaited<ReturnType<ApiDeps['loadUrl']>>;
  try {
    loaded = await deps.loadUrl(fetchUrl);
  } catch (error) {
    throw forApi(error);
  }
  if (!loaded.text.trim()) throw new FetchError('no-article', `${fetchUrl}: the page has no article text`);
  const { url: _requested, ...given } = input.meta;
  return {
    text: loaded.text,
    meta: { ...loaded.meta, url: loaded.meta.url ?? fetchUrl, ...given },
    forceLanguage: input.forceLanguage,
    warnings: loaded.warnings,
    source: fetchUrl,
  };
}
