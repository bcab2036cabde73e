import { fnv1a } from '../models/hash.js';

/** Deterministic fold (0..k-1) of a group: every item of the group lands in the same fold. */
export function foldOf(group: string, k: number, seed: number): number {
  return fnv1a(group, (0x811c9dc5 ^ seed) >>> 0) % k;
}
