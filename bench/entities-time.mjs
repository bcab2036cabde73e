#!/usr/bin/env node
// Benchmark of the entities and time analyzers alone, on one large text: the fixture articles of both
// analyzers (and the examples) repeated to about 5 MB, segmented once, then analyzed a few times.
// With --articles <dir>, it analyzes each .txt file there as its own article instead (real article sizes).
// Reports MB/s on one core (CPU time of this process). Usage: npm run build && node bench/entities-time.mjs
//   [--mb 5] [--rounds 3] [--dist dist] [--articles ../shared/data/ptc/train-articles]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    dist: { type: 'string', default: 'dist' },
    articles: { type: 'string' },
  },
});
const root = new URL('..', import.meta.url).pathname;
const dist = join(root, values.dist);
const { createDocument } = await import(join(dist, 'segment', 'create-document.js'));
const { createEntitiesAnalyzer } = await import(join(dist, 'analyze', 'entities', 'index.js'));
const { createTimeAnalyzer } = await import(join(dist, 'analyze', 'time', 'index.js'));

const sources = [
  join(root, 'src', 'analyze', 'entities', 'fixtures'),
  join(root, 'src', 'analyze', 'time', 'fixtures'),
  join(root, 'examples'),
];
const pieces = sources.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dir, f), 'utf8')),
);
const cpu = () => process.cpuUsage().user / 1000;
const analyzers = [createEntitiesAnalyzer(), createTimeAnalyzer()];
const emptyAnalysis = (doc) => ({
  doc,
  meta: { title: null, byline: null, outlet: null, published: '2025-02-14', url: null, language: 'en' },
  findings: [],
  quotes: [],
  attributions: [],
  entities: [],
  timeline: [],
  sentenceScores: {},
  roles: [],
  warnings: [],
});

/** Runs each analyzer over the documents; returns CPU ms and items found per analyzer. */
function measure(docs) {
  return analyzers.map((analyzer) => {
    let ms = 0;
    let found = 0;
    for (const doc of docs) {
      const analysis = emptyAnalysis(doc);
      const t = cpu();
      analyzer.run(analysis);
      ms += cpu() - t;
      found += analyzer.name === 'entities' ? analysis.entities.length : analysis.timeline.length;
    }
    return { name: analyzer.name, ms, found };
  });
}

let texts;
if (values.articles) {
  texts = readdirSync(values.articles)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(values.articles, f), 'utf8'));
} else {
  const target = Number(values.mb) * 1e6;
  const parts = [];
  for (let size = 0; size < target; ) {
    for (const p of pieces) {
      parts.push(p);
      size += Buffer.byteLength(p) + 2;
    }
  }
  texts = [parts.join('\n\n')];
}
const megabytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
const t = cpu();
const docs = texts.map((text) => createDocument(text));
const segmentMs = cpu() - t;
const sentences = docs.reduce((n, d) => n + d.sentences.length, 0);
console.log(
  `${docs.length} text(s), ${megabytes.toFixed(2)} MB, ${sentences} sentences; segmenting: ${segmentMs.toFixed(0)} ms`,
);
for (let round = 1; round <= Number(values.rounds); round++) {
  const line = measure(docs).map(
    (r) =>
      `${r.name} ${r.ms.toFixed(0)} ms = ${(megabytes / (r.ms / 1000)).toFixed(1)} MB/s (${r.found} found)`,
  );
  console.log(`round ${round}: ${line.join('; ')}`);
}
