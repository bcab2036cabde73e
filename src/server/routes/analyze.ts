import { Hono } from 'hono';
import { InputError } from '../../errors/index.js';
import type { Report } from '../../report/model/report.js';
import type { ApiDeps } from '../context.js';
import { resolveArticle } from '../fetch-article.js';
import { createReportCache, type ReportCache } from '../report-cache.js';
import { type ArticleInput, parseArticleRequest, parseJsonObject, readJsonText } from '../request-body.js';

const encoder = new TextEncoder();

/**
 * Runs the engine on validated input. A text that was not analyzed (not English) is a 400, unless
 * `keepUnanalyzed` is set: the library stores such articles, marked `analyzed: false`, as `unspin add` does.
 */
export function analyzeInput(deps: ApiDeps, input: ArticleInput, keepUnanalyzed = false): Report {
  const report = deps.engine.analyze(input.text, {
    meta: input.meta,
    source: input.source ?? 'text',
    forceLanguage: input.forceLanguage,
    ...(input.warnings ? { warnings: input.warnings } : {}),
  });
  if (!report.analyzed && !keepUnanalyzed) {
    throw new InputError(
      'not-english',
      `${report.warnings.at(-1) ?? 'the text was not analyzed'} (send "forceLanguage": true to analyze anyway)`,
    );
  }
  return report;
}

/**
 * `POST /api/analyze`: the report for a text, nothing stored. Reports are cached by the exact request body
 * (text and options; see report-cache.ts), so a hit skips parsing too; the `X-Unspin-Cache` header says `hit` or `miss`.
 * `{url}` without text fetches the page (fetch-article.ts); such reports are not cached, as the page may change.
 */
export function analyzeRoutes(deps: ApiDeps, cache: ReportCache | null = createReportCache()): Hono {
  const app = new Hono();
  app.post('/api/analyze', async (c) => {
    const raw = await readJsonText(c);
    const key = cache?.key(raw);
    const cached = key ? cache?.get(key) : null;
    if (cached) return c.body(cached, 200, { 'Content-Type': 'application/json', 'X-Unspin-Cache': 'hit' });
    const request = parseArticleRequest(parseJsonObject(raw));
    const input = await resolveArticle(c, deps, request);
    const json = encoder.encode(JSON.stringify(analyzeInput(deps, input)));
    if (key && !request.fetchUrl) cache?.set(key, json);
    return c.body(json, 200, { 'Content-Type': 'application/json', 'X-Unspin-Cache': 'miss' });
  });
  return app;
}
