import { readFileSync, statSync } from 'node:fs';
import { NotFoundError } from '../../errors/index.js';

/** Largest data file the readers accept (the shared datasets are far below it). */
export const MAX_DATA_BYTES = 256 * 1024 * 1024;

/** Reads a UTF-8 data file, throwing NotFoundError with the path when it is missing or too large. */
export function readDataFile(path: string): string {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new NotFoundError('data-missing', `data file ${path} not found`, { path });
  }
  if (size > MAX_DATA_BYTES) {
    throw new NotFoundError('data-too-large', `data file ${path} is larger than ${MAX_DATA_BYTES} bytes`, {
      path,
    });
  }
  return readFileSync(path, 'utf8');
}
