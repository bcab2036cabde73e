import { isIP } from 'node:net';
import { engineVersion } from '../../engine/version.js';
import { FetchError } from '../../errors/index.js';
import { type ContentKind, contentKind } from './content-kind.js';
import type { HttpCache } from './http-cache.js';
import { request } from './http-request.js';
import { assertAllowedAddress, createSafeLookup, type Resolver, systemResolver } from './safe-lookup.js';

export interface FetchOptions {
  /** Allow loopback, private, link-local and metadata addresses (off by default). */
  allowPrivate?: boolean;
  /** Exact addresses allowed even though a private-address rule would block them. */
  allowAddresses?: readonly string[];
  /** Total time for the whole fetch, redirects and body included (default 15 s). */
  timeoutMs?: number;
  /** Largest body accepted, after decompression (default 5 MB). */
  maxBytes?: number;
  /** Most redirects followed (default 5). */
  maxRedirects?: number;
  /** Host name resolution; injectable so tests never touch real DNS. */
  resolver?: Resolver;
  /** ETag / Last-Modified cache for conditional requests. */
  cache?: HttpCache;
  userAgent?: string;
}

export interface FetchResult {
  /** The final URL after redirects. */
  url: string;
  status: number;
  contentType: string | null;
  kind: ContentKind;
  body: Uint8Array;
  /** True when the server answered 304 and the body came from the cache. */
  fromCache: boolean;
  /** Every URL visited, first to last. */
  chain: string[];
}

export const DEFAULT_FETCH_LIMITS = {
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
} as const;

export function defaultUserAgent(): string {
  return `unspin/${engineVersion()} (+https://github.com/unspin/unspin)`;
}

function parseTarget(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchError('bad-url', `"${raw.slice(0, 200)}" is not a valid URL`, { url: raw });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new FetchError('bad-scheme', `only http and https URLs can be fetched, not ${url.protocol}`, {
      url: raw,
    });
  return url;
}

/**
 * Fetches one URL safely: checks every resolved address (and every redirect target) against the
 * private-address rules, bounds total time, body size and redirects, refuses content types that
 * are not pages, text or feeds, and makes conditional requests when a cache is given.
 */
export async function fetchUrl(rawUrl: string, options: FetchOptions = {}): Promise<FetchResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_LIMITS.timeoutMs;
  const maxBytes = options.maxBytes ?? DEFAULT_FETCH_LIMITS.maxBytes;
  const maxRedirects = options.maxRedirects ?? DEFAULT_FETCH_LIMITS.maxRedirects;
  const policy = {
    allowPrivate: options.allowPrivate ?? false,
    allowAddresses: options.allowAddresses ?? [],
  };
  const lookup = createSafeLookup(options.resolver ?? systemResolver, policy);
  const deadline = Date.now() + timeoutMs;
  const chain: string[] = [];
  const seen = new Set<string>();
  let url = parseTarget(rawUrl);
  for (;;) {
    const key = url.href.replace(/#.*$/, '');
    if (seen.has(key))
      throw new FetchError('redirect-loop', `redirect loop: ${url.href} was already visited`, { chain });
    seen.add(key);
    chain.push(url.href);
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host)) assertAllowedAddress(host, host, policy);
    const cached = options.cache?.get(url.href);
    const hop = await request(url, {
      lookup,
      deadline,
      timeoutMs,
      maxBytes,
      userAgent: options.userAgent ?? defaultUserAgent(),
      cached,
    });
    if ([301, 302, 303, 307, 308].includes(hop.status)) {
      const location = hop.headers.location;
      if (!location)
        throw new FetchError('bad-redirect', `${url.href}: redirect without a Location`, { chain });
      if (chain.length > maxRedirects)
        throw new FetchError('too-many-redirects', `more than ${maxRedirects} redirects from ${rawUrl}`, {
          chain,
        });
      url = parseTarget(new URL(location, url).href);
      continue;
    }
    if (hop.status === 304 && cached) {
      const kind = contentKind(cached.contentType) ?? 'html';
      return {
        url: url.href,
        status: 304,
        contentType: cached.contentType,
        kind,
        body: Buffer.from(cached.body, 'base64'),
        fromCache: true,
        chain,
      };
    }
    if (hop.status < 200 || hop.status >= 300)
      throw new FetchError('http-status', `${url.href} answered HTTP ${hop.status}`, { status: hop.status });
    const contentType = (hop.headers['content-type'] as string | undefined) ?? null;
    const kind = contentKind(contentType) as ContentKind;
    const body = hop.body ?? new Uint8Array();
    const etag = (hop.headers.etag as string | undefined) ?? null;
    const lastModified = (hop.headers['last-modified'] as string | undefined) ?? null;
    if (options.cache && (etag || lastModified)) {
      options.cache.set(url.href, {
        url: url.href,
        etag,
        lastModified,
        contentType,
        body: Buffer.from(body).toString('base64'),
        storedAt: new Date().toISOString(),
      });
    }
    return { url: url.href, status: hop.status, contentType, kind, body, fromCache: false, chain };
  }
}
