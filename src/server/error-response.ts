import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { FetchError, InputError, NotFoundError, UnspinError } from '../errors/index.js';
import { ApiError } from './api-error.js';
import { fetchErrorStatus } from './fetch-status.js';

export interface ErrorBody {
  error: { code: string; message: string };
}

/**
 * The one place errors become HTTP responses: UnspinError subclasses keep their stable `code`; bad input is
 * 400 (413 when too large), a missing article 404, a failed fetch of a `url` 400/422/502/504 by its code
 * (fetch-status.ts), anything unexpected 500 without details.
 */
export function toErrorResponse(error: unknown): { status: ContentfulStatusCode; body: ErrorBody } {
  const body = (code: string, message: string): ErrorBody => ({ error: { code, message } });
  if (error instanceof ApiError) return { status: error.status, body: body(error.code, error.message) };
  if (error instanceof NotFoundError) return { status: 404, body: body(error.code, error.message) };
  if (error instanceof InputError && error.code === 'input-too-large') {
    return { status: 413, body: body(error.code, error.message) };
  }
  if (error instanceof FetchError)
    return { status: fetchErrorStatus(error.code), body: body(error.code, error.message) };
  if (error instanceof UnspinError) return { status: 400, body: body(error.code, error.message) };
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    if (status === 413) return { status, body: body('body-too-large', 'the request body is too large') };
    return {
      status,
      body: body(status < 500 ? 'bad-request' : 'internal', error.message || 'request failed'),
    };
  }
  return { status: 500, body: body('internal', 'internal error; the server log has details') };
}
