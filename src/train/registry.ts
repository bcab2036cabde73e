import { biasTask } from './tasks/bias.js';
import { checkworthyTask } from './tasks/checkworthy.js';
import { propagandaTask } from './tasks/propaganda.js';
import { subjectivityTask } from './tasks/subjectivity.js';
import type { TrainTask } from './tasks/types.js';

/** Every model `unspin train <task>` can build. */
export const trainTasks: TrainTask[] = [biasTask, subjectivityTask, checkworthyTask, propagandaTask];
