import type { Command } from '../io.js';

/** A command as `unspin --help` lists it; its module is imported only when the command runs. */
export interface CommandEntry {
  name: string;
  summary: string;
  load: () => Promise<Command>;
}

/** Every CLI command, in the order `unspin --help` lists them. Lazy imports keep cold start short. */
export const commands: CommandEntry[] = [
  {
    name: 'analyze',
    summary: 'analyze articles and print a report',
    load: async () => (await import('./analyze.js')).analyzeCommand,
  },
  {
    name: 'eval',
    summary: 'score unspin against labelled data in its published format',
    load: async () => (await import('./eval.js')).evalCommand,
  },
  // library (src/store)
  {
    name: 'add',
    summary: 'analyze articles and store them in the library',
    load: async () => (await import('./add.js')).addCommand,
  },
  {
    name: 'list',
    summary: 'list the articles in the library',
    load: async () => (await import('./list.js')).listCommand,
  },
  {
    name: 'show',
    summary: "print a stored article's report",
    load: async () => (await import('./show.js')).showCommand,
  },
  {
    name: 'search',
    summary: 'search the library by text, outlet, date, entity, role share or category',
    load: async () => (await import('./search.js')).searchCommand,
  },
  {
    name: 'export',
    summary: 'export the library as JSONL (full) or CSV (scores)',
    load: async () => (await import('./export.js')).exportCommand,
  },
  {
    name: 'import',
    summary: 'import articles exported as JSONL',
    load: async () => (await import('./import.js')).importCommand,
  },
  {
    name: 'reanalyze',
    summary: 'refresh stored reports made by another engine or model version',
    load: async () => (await import('./reanalyze.js')).reanalyzeCommand,
  },
  {
    name: 'serve',
    summary: 'serve the web UI and JSON API over the library',
    load: async () => (await import('./serve.js')).serveCommand,
  },
  // feeds (src/ingest)
  {
    name: 'watch',
    summary: 'poll news feeds and store their new items',
    load: async () => (await import('./watch.js')).watchCommand,
  },
  // classifiers (src/train)
  {
    name: 'train',
    summary: 'train a classifier from the shared datasets into models/',
    load: async () => (await import('./train.js')).trainCommand,
  },
];
