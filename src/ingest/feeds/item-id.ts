import { createHash } from 'node:crypto';

/** Longest item id kept as is; longer ones (hostile or broken feeds) become a hash. */
export const MAX_ITEM_ID_CHARS = 300;

/** A feed item's identity, trimmed, with oversized ids replaced by `sha256:<hex>`. */
export function itemId(raw: string): string {
  const id = raw.trim();
  if (id.length <= MAX_ITEM_ID_CHARS) return id;
  return `sha256:${createHash('sha256').update(id).digest('hex')}`;
}
