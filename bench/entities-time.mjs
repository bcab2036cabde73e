#!/usr/bin/env node
// Benchmark of the entities and time analyzers alone, on one large text: the fixture articles of both
// analyzers (and the examples) repeated to about 5 MB, segmented once, then analyzed a few times.
// Reports MB/s on one core (CPU time of this process). Usage: npm run build && node bench/entities-time.mjs
//   [--mb 5] [--rounds 3] [--dist dist]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    dist: { type: 'string', default: 'dist' },
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
const target = Number(values.mb) * 1e6;
const parts = [];
for (let size = 0; size < target; ) {
  for (const p of pieces) {
    parts.push(p);
    size += Buffer.byteLength(p) + 2;
  }
}
const text = parts.join('\n\n');
const megabytes = Buffer.byteLength(text) / 1e6;
const cpu = () => process.cpuUsage().user / 1000;
let t = cpu();
const doc = createDocument(text);
const segmentMs = cpu() - t;
const analyzers = [createEntitiesAnalyzer(), createTimeAnalyzer()];
const emptyAnalysis = () => ({
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
console.log(
  `text: ${megabytes.toFixed(2)} MB, ${doc.sentences.length} sentences, ${doc.tokens.count} tokens; segmenting: ${segmentMs.toFixed(0)} ms`,
);
for (let round = 1; round <= Number(values.rounds); round++) {
  const line = [];
  for (const analyzer of analyzers) {
    const analysis = emptyAnalysis();
    t = cpu();
    analyzer.run(analysis);
    const ms = cpu() - t;
    const found = analyzer.name === 'entities' ? analysis.entities.length : analysis.timeline.length;
    line.push(
      `${analyzer.name} ${ms.toFixed(0)} ms = ${(megabytes / (ms / 1000)).toFixed(1)} MB/s (${found} found)`,
    );
  }
  console.log(`round ${round}: ${line.join('; ')}`);
}
