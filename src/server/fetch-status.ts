import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * HTTP status of a failed fetch, by its stable code: the caller's URL is refused (400), the page is not an
 * article unspin can read (422), the remote server failed (502) or was too slow (504). Documented in the
 * OpenAPI document; keep both in step.
 */
export const FETCH_ERROR_STATUS: Readonly<Record<string, ContentfulStatusCode>> = {
  'bad-url': 400,
  'bad-scheme': 400,
  'private-address': 400,
  'content-type': 422,
  'too-large': 422,
  'is-feed': 422,
  'no-article': 422,
  'binary-input': 422,
  'empty-input': 422,
  dns: 502,
  network: 502,
  'http-status': 502,
  'bad-redirect': 502,
  'redirect-loop': 502,
  'too-many-redirects': 502,
  timeout: 504,
};

export function fetchErrorStatus(code: string): ContentfulStatusCode {
  return FETCH_ERROR_STATUS[code] ?? 502;
}
