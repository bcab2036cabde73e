import type { Command } from '../io.js';
import { addCommand } from './add.js';
import { analyzeCommand } from './analyze.js';
import { evalCommand } from './eval.js';
import { exportCommand } from './export.js';
import { importCommand } from './import.js';
import { listCommand } from './list.js';
import { reanalyzeCommand } from './reanalyze.js';
import { searchCommand } from './search.js';
import { serveCommand } from './serve.js';
import { showCommand } from './show.js';
import { trainCommand } from './train.js';
import { watchCommand } from './watch.js';

/** Every CLI command, in the order `unspin --help` lists them. */
export const commands: Command[] = [
  analyzeCommand,
  evalCommand,
  // library (src/store)
  addCommand,
  listCommand,
  showCommand,
  searchCommand,
  exportCommand,
  importCommand,
  reanalyzeCommand,
  serveCommand,
  // feeds (src/ingest)
  watchCommand,
  // classifiers (src/train)
  trainCommand,
];
