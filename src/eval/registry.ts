import { attributionTask } from './tasks/attribution.js';
import { loadedLanguageTask } from './tasks/loaded-language.js';
import type { EvalTask } from './types.js';

/**
 * Every evaluation task `unspin eval --task <name>` knows. Each task lives in `eval/tasks/<name>.ts`
 * and is added here.
 */
export const evalTasks: EvalTask[] = [attributionTask, loadedLanguageTask];
