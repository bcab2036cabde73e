import { readBabeLabels } from '../loaded-language/read-babe-labels.js';
import { scoreLoadedLanguage } from '../loaded-language/score-loaded-language.js';
import type { EvalTask, SpanResult } from '../types.js';

/** Loaded-language findings vs BABE sentence bias labels and annotated biased words. */
export const loadedLanguageTask = {
  name: 'loaded-language',
  description:
    'loaded-language findings vs BABE bias labels and biased words (final_labels_*.csv, or the folder holding final_labels_SG2.csv)',
  async run(dataPath: string): Promise<SpanResult> {
    return scoreLoadedLanguage(await readBabeLabels(dataPath));
  },
} satisfies EvalTask;
