import { readClaimBuster } from '../readers/read-claimbuster.js';
import { readLabelledTable } from '../readers/read-labelled-table.js';
import type { LabelledSentence } from '../readers/types.js';

/** Check-worthiness labels: "1" (check-worthy) or "0". */
const mapLabel = (raw: string) =>
  raw === '1' || raw === '1.0' ? '1' : raw === '0' || raw === '0.0' ? '0' : null;

/**
 * Reads check-worthiness data: ClaimBuster `*.json` ({sentence_id, label, text}) or a CheckThat
 * check-worthiness CSV/TSV (text / tweet_text / sentence column, label / check_worthiness / claim_worthiness).
 */
export function readCheckworthy(path: string): LabelledSentence[] {
  if (path.toLowerCase().endsWith('.json')) return readClaimBuster(path);
  return readLabelledTable(path, {
    textColumns: ['text', 'sentence', 'tweet_text'],
    labelColumns: ['label', 'check_worthiness', 'claim_worthiness', 'class_label'],
    groupColumns: ['file_name', 'topic_id', 'debate'],
    mapLabel,
    expectedLabels: '0 or 1',
  });
}
