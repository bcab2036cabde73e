import { DataFormatError } from '../../errors/index.js';
import { readDataFile } from './read-data-file.js';
import type { LabelledSentence } from './types.js';

/** Sentences per pseudo-debate group: ClaimBuster ids run in debate order, so blocks of ids approximate debates. */
export const CLAIMBUSTER_GROUP = 500;

/** Reads a ClaimBuster two-class `*.json`: a list of `{sentence_id, label: 0|1, text}`. */
export function readClaimBuster(path: string): LabelledSentence[] {
  const text = readDataFile(path);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new DataFormatError('bad-json', `${path}: not valid JSON (${(error as Error).message})`, {
      file: path,
    });
  }
  if (!Array.isArray(data)) {
    throw new DataFormatError('bad-json', `${path}:1: expected a JSON list of {sentence_id, label, text}`, {
      file: path,
    });
  }
  return data.map((item: unknown, i): LabelledSentence => {
    const rec = item as { sentence_id?: unknown; label?: unknown; text?: unknown } | null;
    const label = rec?.label;
    if (typeof rec?.text !== 'string' || (label !== 0 && label !== 1 && label !== '0' && label !== '1')) {
      throw new DataFormatError(
        'bad-record',
        `${path}: item ${i}: expected {sentence_id, label: 0 or 1, text: string}, got ${JSON.stringify(item).slice(0, 80)}`,
        { file: path, item: i },
      );
    }
    const id = Number(rec.sentence_id);
    return {
      text: rec.text,
      label: String(label),
      group: Number.isFinite(id) ? `cb${Math.floor(id / CLAIMBUSTER_GROUP)}` : `${path}#${i}`,
      source: `${path}#${i}`,
    };
  });
}
