import { Hono } from 'hono';
import { InputError } from '../../errors/index.js';
import type { Report } from '../../report/model/report.js';
import type { ApiDeps } from '../context.js';
import { type ArticleInput, parseArticleInput, readJsonObject } from '../request-body.js';

/** Runs the engine on validated input; a text that was not analyzed (not English) is a 400. */
export function analyzeInput(deps: ApiDeps, input: ArticleInput): Report {
  const report = deps.engine.analyze(input.text, {
    meta: input.meta,
    source: 'text',
    forceLanguage: input.forceLanguage,
  });
  if (!report.analyzed) {
    throw new InputError(
      'not-english',
      `${report.warnings.at(-1) ?? 'the text was not analyzed'} (send "forceLanguage": true to analyze anyway)`,
    );
  }
  return report;
}

/** `POST /api/analyze`: the report for a text, nothing stored. */
export function analyzeRoutes(deps: ApiDeps): Hono {
  const app = new Hono();
  app.post('/api/analyze', async (c) => {
    const input = parseArticleInput(await readJsonObject(c));
    return c.json(analyzeInput(deps, input));
  });
  return app;
}
