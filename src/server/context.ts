import type { Engine } from '../engine/create-engine.js';
import type { ArticleStore } from '../store/types.js';

/** What every route needs; built once in createApp. */
export interface ApiDeps {
  store: ArticleStore;
  engine: Engine;
  version: string;
}
