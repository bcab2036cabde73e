/** Result of an evaluation run. Classification and span tasks share `task`; the rest depends on kind. */
export interface ClassMetrics {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface ClassificationResult {
  task: string;
  n: number;
  macroF1: number;
  /** Single-label tasks over spans (propaganda techniques): accuracy = micro-F1. */
  microF1?: number;
  classes: Record<string, ClassMetrics>;
  /** confusion[gold][predicted] = count */
  confusion: Record<string, Record<string, number>>;
}

export interface SpanResult {
  task: string;
  precision: number;
  recall: number;
  f1: number;
  [extra: string]: unknown;
}

export type EvalResult = ClassificationResult | SpanResult;

export interface EvalTask {
  name: string;
  description: string;
  /** Reads data at `dataPath` (a file or folder in the dataset's published format) and scores unspin on it. */
  run(dataPath: string): Promise<EvalResult>;
}
