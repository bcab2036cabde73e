import type { Command } from '../io.js';
import { analyzeCommand } from './analyze.js';
import { evalCommand } from './eval.js';

/** Every CLI command, in the order `unspin --help` lists them. */
export const commands: Command[] = [analyzeCommand, evalCommand];
