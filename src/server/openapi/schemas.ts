/** JSON Schemas (OpenAPI 3.1 = JSON Schema 2020-12) of the API's bodies. */

const nullableString = { type: ['string', 'null'] };
const roleShares = {
  type: 'object',
  required: ['quote', 'reported', 'factual', 'opinion'],
  properties: {
    quote: { type: 'number', minimum: 0, maximum: 1 },
    reported: { type: 'number', minimum: 0, maximum: 1 },
    factual: { type: 'number', minimum: 0, maximum: 1 },
    opinion: { type: 'number', minimum: 0, maximum: 1 },
  },
};
const countedName = {
  type: 'object',
  required: ['name', 'count'],
  properties: { name: { type: 'string' }, count: { type: 'integer' } },
};

export const schemas = {
  Error: {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message'],
        properties: {
          code: {
            type: 'string',
            description: 'Stable, machine-readable, e.g. bad-json, article-not-found.',
          },
          message: { type: 'string', description: 'One line for people.' },
        },
      },
    },
  },
  ArticleInput: {
    type: 'object',
    description:
      'Either `text`, or `url` without `text`: the server fetches the page (http/https; private, loopback, ' +
      'link-local and metadata addresses refused unless started with --allow-private; 15 s, 5 MB, 5 redirects), ' +
      'extracts the article and fills title, byline, outlet, published, url and language from the page. ' +
      'Fields given with `url` override the page’s. Fetching needs the bearer token when the server has one.',
    anyOf: [{ required: ['text'] }, { required: ['url'], not: { required: ['text'] } }],
    properties: {
      text: { type: 'string', minLength: 1, description: 'Article text, up to 5,000,000 characters.' },
      title: { type: 'string', maxLength: 1000 },
      outlet: { type: 'string', maxLength: 200 },
      byline: { type: 'string', maxLength: 500 },
      url: {
        type: 'string',
        format: 'uri',
        maxLength: 2048,
        description: 'http or https only. With `text`: the original address. Alone: the page to fetch.',
      },
      published: { type: 'string', description: 'Publication date, YYYY-MM-DD (resolves "last week").' },
      forceLanguage: { type: 'boolean', description: 'Analyze even when the text does not look English.' },
    },
  },
  Report: {
    type: 'object',
    description: 'An unspin/report@1 report, exactly as `unspin analyze --format json` prints it.',
    required: [
      'schema',
      'engine',
      'analyzed',
      'article',
      'sentences',
      'findings',
      'quotes',
      'attributions',
      'entities',
      'timeline',
      'scores',
      'summary',
      'warnings',
    ],
    properties: {
      schema: { const: 'unspin/report@1' },
      engine: {
        type: 'object',
        required: ['version', 'models'],
        properties: {
          version: { type: 'string' },
          models: { type: 'object', additionalProperties: { type: 'string' } },
        },
      },
      analyzed: { type: 'boolean' },
      article: { type: 'object' },
      sentences: { type: 'array', items: { type: 'object' } },
      findings: { type: 'array', items: { type: 'object' } },
      quotes: { type: 'array', items: { type: 'object' } },
      attributions: { type: 'array', items: { type: 'object' } },
      entities: { type: 'array', items: { type: 'object' } },
      timeline: { type: 'array', items: { type: 'object' } },
      scores: { type: 'object' },
      summary: { type: 'string' },
      warnings: { type: 'array', items: { type: 'string' } },
    },
  },
  ArticleSummary: {
    type: 'object',
    required: [
      'id',
      'title',
      'outlet',
      'byline',
      'url',
      'published',
      'language',
      'words',
      'sentences',
      'roleShares',
      'loadedPer100Words',
      'findings',
      'engine',
      'source',
      'addedAt',
      'analyzedAt',
    ],
    properties: {
      id: { type: 'string', pattern: '^[0-9a-f]{64}$', description: 'SHA-256 of the normalized text.' },
      title: nullableString,
      outlet: nullableString,
      byline: nullableString,
      url: nullableString,
      published: nullableString,
      language: nullableString,
      words: { type: 'integer' },
      sentences: { type: 'integer' },
      roleShares: roleShares,
      loadedPer100Words: { type: 'number' },
      findings: { type: 'integer' },
      engine: { $ref: '#/components/schemas/EngineStamp' },
      source: nullableString,
      addedAt: { type: 'string', format: 'date-time' },
      analyzedAt: { type: 'string', format: 'date-time' },
    },
  },
  EngineStamp: {
    type: 'object',
    required: ['version', 'models'],
    properties: {
      version: { type: 'string' },
      models: { type: 'object', additionalProperties: { type: 'string' } },
    },
  },
  StoredArticle: {
    allOf: [
      { $ref: '#/components/schemas/ArticleSummary' },
      {
        type: 'object',
        required: ['text', 'report'],
        properties: { text: { type: 'string' }, report: { $ref: '#/components/schemas/Report' } },
      },
    ],
  },
  ArticlePage: {
    type: 'object',
    required: ['items', 'nextCursor', 'total'],
    properties: {
      items: { type: 'array', items: { $ref: '#/components/schemas/ArticleSummary' } },
      nextCursor: {
        type: ['string', 'null'],
        description: 'Pass as `cursor` for the next page; null on the last.',
      },
      total: { type: 'integer', description: 'Articles matching the filters, all pages.' },
    },
  },
  EntityAggregate: {
    type: 'object',
    required: ['name', 'type', 'articles', 'mentions'],
    properties: {
      name: { type: 'string' },
      type: { enum: ['person', 'organization', 'place'] },
      articles: { type: 'integer' },
      mentions: { type: 'integer' },
    },
  },
  OutletAggregate: {
    type: 'object',
    required: [
      'outlet',
      'articles',
      'avgRoleShares',
      'avgLoadedPer100Words',
      'topLoadedWords',
      'topVoices',
      'firstPublished',
      'lastPublished',
    ],
    properties: {
      outlet: { type: 'string' },
      articles: { type: 'integer' },
      avgRoleShares: roleShares,
      avgLoadedPer100Words: { type: 'number' },
      topLoadedWords: { type: 'array', items: countedName, description: 'Most frequent loaded words.' },
      topVoices: { type: 'array', items: countedName, description: 'Who it quotes or cites most.' },
      firstPublished: nullableString,
      lastPublished: nullableString,
    },
  },
  Health: {
    type: 'object',
    required: ['status', 'version', 'reportSchema', 'store', 'articles'],
    properties: {
      status: { const: 'ok' },
      version: { type: 'string' },
      reportSchema: { type: 'string' },
      store: { type: 'string' },
      articles: { type: 'integer' },
    },
  },
} as const;
