import type { Engine } from '../engine/create-engine.js';
import type { LoadedArticle } from '../ingest/load-article.js';
import type { ArticleStore } from '../store/types.js';

/** What every route needs; built once in createApp. */
export interface ApiDeps {
  store: ArticleStore;
  engine: Engine;
  version: string;
  /** Fetches a page and extracts its article, under the server's private-address policy and fetch limits. */
  loadUrl: (url: string) => Promise<LoadedArticle>;
  /** The write token, when set; fetching a URL needs it too (the server makes a request for the caller). */
  token: string | null;
}
