import type { ModelFile } from '../../models/model-file.js';

export interface TrainContext {
  /** Folder holding the shared datasets (babe/, checkthat-subjectivity/, claimbuster/, ptc/, ...). */
  dataRoot: string;
  seed: number;
  log: (line: string) => void;
}

export interface TrainOutput {
  /** Model files to write as models/<name>.json. */
  models: ModelFile[];
  /** Model card (markdown) written as models/<task>.md. */
  card: string;
  /** Headline figures, printed by the CLI. */
  summary: Record<string, number>;
}

export interface TrainTask {
  name: string;
  description: string;
  run(ctx: TrainContext): TrainOutput;
}
