import { schemas } from './schemas.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const error = (description: string) => json(ref('Error'), description);
const idParam = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'Article id (64 hex characters) or a unique prefix of at least 6.',
  schema: { type: 'string', pattern: '^[0-9a-fA-F]{6,64}$' },
};
const query = (name: string, description: string, schema: object = { type: 'string' }) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});
const articleBody = { required: true, content: { 'application/json': { schema: ref('ArticleInput') } } };
const writeErrors = {
  '400': error(
    'Invalid input: missing text, bad field, malformed JSON, not English; for `url`: bad-url, bad-scheme, ' +
      'private-address (the address is loopback, private, link-local or metadata; the message names the rule).',
  ),
  '401': error(
    'A token is set and the Authorization header is missing or wrong (also for `url` on analyze).',
  ),
  '413': error('Body over 6 MB or text over 5,000,000 characters.'),
  '415': error('Body is not application/json.'),
  '422': error(
    'The fetched `url` is not an article: content-type, too-large (over 5 MB), is-feed, no-article, binary-input.',
  ),
  '502': error(
    'Fetching `url` failed: dns, network, http-status, bad-redirect, redirect-loop, too-many-redirects.',
  ),
  '504': error('Fetching `url` took over 15 s: timeout.'),
};

/** The OpenAPI 3.1 description of every `/api` route; a test checks it against the app's routes. */
export function openApiDocument(version: string): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'unspin API',
      version,
      description:
        'Analyze news articles and keep a library of them. Errors are JSON {error: {code, message}}. ' +
        'Writes need "Authorization: Bearer <UNSPIN_TOKEN>" when the server has a token (always, off loopback).',
    },
    components: {
      schemas,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
    paths: {
      '/api/health': {
        get: { summary: 'Liveness and version', responses: { '200': json(ref('Health'), 'Serving.') } },
      },
      '/api/analyze': {
        post: {
          summary: 'Analyze a text (or a page fetched from `url`) without storing it',
          requestBody: articleBody,
          responses: { '200': json(ref('Report'), 'The report.'), ...writeErrors },
        },
      },
      '/api/articles': {
        post: {
          summary: 'Analyze and store an article (idempotent: same content, same id)',
          security: [{ bearer: [] }],
          requestBody: articleBody,
          responses: {
            '201': json(ref('StoredArticle'), 'Stored now; the body has `created: true`.'),
            '200': json(ref('StoredArticle'), 'Already stored; nothing changed; `created: false`.'),
            ...writeErrors,
          },
        },
        get: {
          summary: 'List and search stored articles, a page at a time',
          parameters: [
            query('q', 'Full text: all words must match; "quoted phrases"; prefix*.'),
            query('outlet', 'Outlet, case-insensitive.'),
            query('from', 'Published on or after (YYYY-MM-DD).'),
            query('to', 'Published on or before (YYYY-MM-DD).'),
            query('entity', 'Mentions an entity whose name contains this.'),
            query('category', 'Has a finding in this category, e.g. loaded-language.'),
            {
              ...query('role', 'Role-share filter such as opinion>0.2; repeatable.'),
              schema: { type: 'array', items: { type: 'string' } },
              explode: true,
            },
            query(
              'sort',
              'relevance, added, published, title, outlet, opinion, loaded or words; - or + prefix.',
            ),
            query('limit', 'Page size, 1 to 500 (default 20).', {
              type: 'integer',
              minimum: 1,
              maximum: 500,
            }),
            query('cursor', 'nextCursor of the previous page, unchanged.'),
          ],
          responses: {
            '200': json(ref('ArticlePage'), 'One page.'),
            '400': error('A bad filter, sort or cursor.'),
          },
        },
      },
      '/api/articles/{id}': {
        get: {
          summary: 'A stored article: metadata, text and report',
          parameters: [idParam],
          responses: { '200': json(ref('StoredArticle'), 'The article.'), '404': error('No such article.') },
        },
        delete: {
          summary: 'Delete a stored article',
          security: [{ bearer: [] }],
          parameters: [idParam],
          responses: {
            '204': { description: 'Deleted.' },
            '401': error('Token required.'),
            '404': error('No such article.'),
          },
        },
      },
      '/api/articles/{id}/report': {
        get: {
          summary: "A stored article's report alone, byte for byte what `unspin analyze --format json` gives",
          parameters: [idParam],
          responses: { '200': json(ref('Report'), 'The report.'), '404': error('No such article.') },
        },
      },
      '/api/entities': {
        get: {
          summary: 'People, organizations and places across the library',
          parameters: [
            query('type', 'person, organization or place.', { enum: ['person', 'organization', 'place'] }),
            query('q', 'Names containing this.'),
            query('limit', '1 to 1000 (default 100).', { type: 'integer', minimum: 1, maximum: 1000 }),
          ],
          responses: {
            '200': json(
              {
                type: 'object',
                required: ['items'],
                properties: { items: { type: 'array', items: ref('EntityAggregate') } },
              },
              'Most frequent first.',
            ),
            '400': error('Bad type or limit.'),
          },
        },
      },
      '/api/outlets': {
        get: {
          summary: 'Per-outlet aggregates: average role shares, loaded words, most quoted voices',
          responses: {
            '200': json(
              {
                type: 'object',
                required: ['items'],
                properties: { items: { type: 'array', items: ref('OutletAggregate') } },
              },
              'Outlets by number of articles.',
            ),
          },
        },
      },
      '/api/outlets/{name}': {
        get: {
          summary: 'One outlet’s aggregates',
          parameters: [{ name: 'name', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': json(ref('OutletAggregate'), 'The outlet.'),
            '404': error('No article from it.'),
          },
        },
      },
      '/api/openapi.json': {
        get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1 JSON.' } } },
      },
    },
  };
}
