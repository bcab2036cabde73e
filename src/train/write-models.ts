import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TrainOutput } from './tasks/types.js';

/** Writes models/<name>.json for each model and models/<task>.md for the card; returns the paths. */
export function writeModels(outDir: string, task: string, output: TrainOutput): string[] {
  mkdirSync(outDir, { recursive: true });
  const paths: string[] = [];
  for (const model of output.models) {
    const path = join(outDir, `${model.name}.json`);
    writeFileSync(path, `${JSON.stringify(model)}\n`);
    paths.push(path);
  }
  const card = join(outDir, `${task}.md`);
  writeFileSync(card, output.card);
  paths.push(card);
  return paths;
}
