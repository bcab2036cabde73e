import { attributionTask } from './tasks/attribution.js';
import { biasTask, biasWordsTask, checkworthyTask, subjectivityTask } from './tasks/classifier-tasks.js';
import { loadedLanguageTask } from './tasks/loaded-language.js';
import { propagandaSpansTask, propagandaTechniquesTask } from './tasks/propaganda-tasks.js';
import type { EvalTask } from './types.js';

/**
 * Every evaluation task `unspin eval --task <name>` knows. Each task lives in `eval/tasks/<name>.ts`
 * and is added here.
 */
export const evalTasks: EvalTask[] = [
  attributionTask,
  loadedLanguageTask,
  biasTask,
  biasWordsTask,
  subjectivityTask,
  checkworthyTask,
  propagandaSpansTask,
  propagandaTechniquesTask,
];
