#!/usr/bin/env node
// Benchmark: trained classifiers, sentences per second per core (CPU time), and model loading time.
// Sentences: BABE SG2 from ../shared/data when present, else the sentences of examples/*.txt.
// Usage: npm run build && node bench/classifiers.mjs [--passes 5]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { passes: { type: 'string', default: '5' } } });
const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'index.js'))) {
  console.error('bench: build first (npm run build)');
  process.exit(2);
}
const imp = (p) => import(join(dist, p));
const { SentenceClassifiers } = await imp('analyze/classifiers/sentence-classifiers.js');
const { LinearClassifier } = await imp('models/linear-classifier.js');
const { loadModel } = await imp('models/model-file.js');
const { loadLexicon } = await imp('models/lexicon.js');
const { tokensOf } = await imp('models/tokens-of.js');
const { createDocument } = await imp('segment/create-document.js');

let texts = [];
const babe = join(root, '..', 'shared', 'data', 'babe', 'final_labels_SG2.csv');
if (existsSync(babe)) {
  const { readBabe } = await imp('train/readers/read-babe.js');
  texts = readBabe(babe).map((r) => r.text);
} else {
  for (const f of readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.txt'))) {
    const doc = createDocument(readFileSync(join(root, 'examples', f), 'utf8'));
    for (const s of doc.sentences) texts.push(doc.text.slice(s.start, s.end));
  }
}
const tokens = texts.map((t) => tokensOf(t));
const mean = tokens.reduce((a, t) => a + t.length, 0) / tokens.length;

const cpu0 = process.cpuUsage();
const wall0 = performance.now();
const all = new SentenceClassifiers();
const load = {
  wallMs: performance.now() - wall0,
  cpuMs: (process.cpuUsage(cpu0).user + process.cpuUsage(cpu0).system) / 1000,
};
console.log(
  `models loaded in ${load.wallMs.toFixed(0)} ms wall, ${load.cpuMs.toFixed(0)} ms CPU; missing: ${all.missing.join(', ') || 'none'}`,
);
console.log(`${tokens.length} sentences, ${mean.toFixed(1)} tokens on average, ${values.passes} passes`);

function measure(label, fn) {
  for (const t of tokens) fn(t);
  const passes = Number(values.passes);
  const c = process.cpuUsage();
  for (let p = 0; p < passes; p++) for (const t of tokens) fn(t);
  const used = process.cpuUsage(c);
  const seconds = (used.user + used.system) / 1e6;
  console.log(
    `${label.padEnd(46)} ${Math.round((passes * tokens.length) / seconds).toLocaleString('en')} sentences/s per core`,
  );
}

for (const name of ['bias', 'subjectivity', 'checkworthy', 'propaganda']) {
  if (!existsSync(join(root, 'models', `${name}.json`))) continue;
  const model = new LinearClassifier(loadModel(name), loadLexicon());
  measure(`${name} (sentence model alone)`, (t) => model.probability(t));
}
measure('bias-words tagger + bias + subjectivity + checkworthy', (t) => all.score(t));

// Propaganda needs whole documents (sentence context, spans, techniques): measured on the example articles.
if (all.propaganda.available) {
  const docs = readdirSync(join(root, 'examples'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => createDocument(readFileSync(join(root, 'examples', f), 'utf8')));
  const sentences = docs.reduce((a, d) => a + d.sentences.length, 0);
  for (const d of docs) all.propaganda.detect(d);
  const c = process.cpuUsage();
  const passes = Number(values.passes) * 20;
  for (let p = 0; p < passes; p++) for (const d of docs) all.propaganda.detect(d);
  const used = process.cpuUsage(c);
  const seconds = (used.user + used.system) / 1e6;
  console.log(
    `${'propaganda detector (sentence, spans, techniques)'.padEnd(46)} ${Math.round((passes * sentences) / seconds).toLocaleString('en')} sentences/s per core`,
  );
}
