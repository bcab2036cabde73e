export { inlineProcessor, type ProcessorSettings } from './batch/article-processor.js';
export {
  type BatchEntry,
  type BatchItem,
  type BatchPayload,
  type BatchReadError,
  itemFromRecord,
} from './batch/batch-item.js';
export { createBatchProgress, progressLine } from './batch/batch-progress.js';
export { expandBatchInputs, globToRegExp } from './batch/expand-batch-inputs.js';
export {
  type BatchSummary,
  type IngestStore,
  type ItemEvent,
  type Outcome,
  runBatch,
} from './batch/run-batch.js';
export { workerPoolProcessor } from './batch/worker-pool.js';
export { charsetFromContentType, decodeWebBytes } from './charset.js';
export { decodeText } from './decode-text.js';
export { type FeedState, fileFeedState } from './feeds/feed-state.js';
export type { Feed, FeedItem } from './feeds/feed-types.js';
export { ingestFeeds } from './feeds/ingest-feeds.js';
export { looksLikeFeed, parseFeed } from './feeds/parse-feed.js';
export {
  DEFAULT_FETCH_LIMITS,
  defaultUserAgent,
  type FetchOptions,
  type FetchResult,
  fetchUrl,
} from './fetch/fetch-url.js';
export { fileHttpCache, type HttpCache, memoryHttpCache } from './fetch/http-cache.js';
export { type BlockedRule, blockedAddress } from './fetch/ip-rules.js';
export type { Resolver } from './fetch/safe-lookup.js';
export { type ExtractedArticle, extractArticle } from './html/extract-article.js';
export { htmlOffsetOf, type OffsetMap, type OffsetSegment } from './html/offset-map.js';
export {
  isUrl,
  type LoadedArticle,
  type LoadOptions,
  loadArticle,
  MAX_INPUT_BYTES,
  readSource,
} from './load-article.js';
export { type ArticleInput, articleFromBytes, articleFromHtml } from './to-article.js';
