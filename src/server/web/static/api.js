// Thin client for the JSON API. Errors come back as {error: {code, message}}; they are thrown as
// ApiError so pages can show the message (as text).

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

async function request(method, path, body) {
  const init = { method, headers: { Accept: 'application/json' } };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError(0, 'network', 'The server could not be reached.');
  }
  let data = null;
  try {
    data = await response.json();
  } catch {
    data = null;
  }
  if (!response.ok) {
    const error = data?.error ?? data ?? {};
    const message =
      typeof error.message === 'string' ? error.message : `Request failed (${response.status}).`;
    throw new ApiError(response.status, String(error.code ?? response.status), message);
  }
  return data;
}

function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Analyzes without storing; resolves to a report. */
export function analyzeText(input) {
  return request('POST', '/api/analyze', input).then(reportOf);
}

/** Analyzes and stores; resolves to {id, report}. */
export async function storeArticle(input) {
  const data = await request('POST', '/api/articles', input);
  return { id: String(data.id ?? data.article?.id ?? ''), report: reportOf(data) };
}

/** Resolves to {id, report, text?}. */
export async function getArticle(id) {
  const data = await request('GET', `/api/articles/${encodeURIComponent(id)}`);
  return { id: String(data.id ?? id), report: reportOf(data), stored: data };
}

/** Resolves to {items, nextCursor, total}. */
export async function listArticles(params) {
  const data = await request('GET', `/api/articles${query(params)}`);
  const items = data.items ?? data.articles ?? data.results ?? (Array.isArray(data) ? data : []);
  return { items, nextCursor: data.nextCursor ?? data.cursor ?? null, total: data.total ?? null };
}

export async function listOutlets() {
  const data = await request('GET', '/api/outlets');
  return data.items ?? data.outlets ?? (Array.isArray(data) ? data : []);
}

/** One outlet's aggregate, or null when the library has none from it. */
export async function getOutlet(name) {
  try {
    return await request('GET', `/api/outlets/${encodeURIComponent(name)}`);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/** The report inside an API answer: the answer itself, or its `report` field. */
function reportOf(data) {
  if (data && typeof data === 'object' && data.schema === 'unspin/report@1') return data;
  return data?.report ?? null;
}
