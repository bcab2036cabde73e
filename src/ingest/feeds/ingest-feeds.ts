import { describeFailure } from '../batch/article-processor.js';
import type { BatchEntry } from '../batch/batch-item.js';
import {
  type BatchSummary,
  type IngestStore,
  type ItemEvent,
  type RunBatchOptions,
  runBatch,
} from '../batch/run-batch.js';
import type { FetchOptions } from '../fetch/fetch-url.js';
import { feedBatchItems, loadFeed } from './feed-batch.js';
import type { FeedState } from './feed-state.js';

export interface IngestFeedsOptions extends Omit<RunBatchOptions, 'onItem'> {
  state: FeedState;
  /** How feeds themselves are fetched (cache, limits, private-address policy). */
  fetch?: FetchOptions;
  onItem?: (event: ItemEvent, summary: BatchSummary) => void;
}

/**
 * Polls each feed once and stores its new items. An item is marked seen only after it is stored
 * (or found to be a duplicate); a failed item is retried on later polls, up to a limit. A feed that
 * cannot be read is reported as one skipped item and the other feeds go on.
 */
export async function ingestFeeds(
  store: IngestStore,
  feeds: readonly string[],
  options: IngestFeedsOptions,
): Promise<BatchSummary> {
  const { state } = options;
  const owners = new Map<string, { feed: string; id: string }>();
  async function* entries(): AsyncGenerator<BatchEntry> {
    for (const source of feeds) {
      let feed: Awaited<ReturnType<typeof loadFeed>>;
      try {
        feed = await loadFeed(source, options.fetch ?? {});
      } catch (error) {
        const { code, message } = describeFailure(error, source);
        yield { location: source, reason: code, message };
        continue;
      }
      state.markPolled(source);
      for (const { item, id } of feedBatchItems(source, feed, state)) {
        owners.set(item.location, { feed: source, id });
        yield item;
      }
    }
  }
  return runBatch(store, entries(), {
    ...options,
    onItem(event, summary) {
      const owner = owners.get(event.location);
      if (owner) {
        if (event.outcome === 'skipped') state.markFailed(owner.feed, owner.id);
        else state.markSeen(owner.feed, owner.id);
        owners.delete(event.location);
      }
      options.onItem?.(event, summary);
    },
  });
}
