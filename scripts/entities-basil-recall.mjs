#!/usr/bin/env node
// Recall of the entities analyzer against BASIL's `main_entities` (the people and organizations an article is
// about). Only proper names count: entries with a lower-case word, or ending in Republicans/Democrats/Lawmakers,
// or a single plural word, are groups or topics and are skipped. A name is found when an entity's name or one
// of its mentions equals it, or a person entity has the same last name (suffixes such as "Jr." ignored).
// Usage: npm run build && node scripts/entities-basil-recall.mjs [../shared/data/basil/derived/basil_articles.jsonl]
// (UNSPIN_DIST=<folder> reads the compiled code from another build folder than dist/.)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const file =
  process.argv[2] ?? join(root, '..', 'shared', 'data', 'basil', 'derived', 'basil_articles.jsonl');
if (!existsSync(file)) {
  console.error(`entities-basil-recall: ${file} not found`);
  process.exit(2);
}
const { createDocument } = await import(
  join(root, process.env.UNSPIN_DIST ?? 'dist', 'segment', 'create-document.js')
);
const { createEntitiesAnalyzer } = await import(
  join(root, process.env.UNSPIN_DIST ?? 'dist', 'analyze', 'entities', 'index.js')
);

const analyzer = createEntitiesAnalyzer();
const lastName = (name) =>
  name
    .replace(/,? (?:Jr|Sr|II|III)\.?$/, '')
    .split(' ')
    .at(-1)
    .toLowerCase();
const isProperName = (name) =>
  name.split(' ').every((w) => /^[A-Z]/.test(w)) &&
  !/(?:Republicans|Democrats|Lawmakers)$/.test(name) &&
  !/^[A-Z][a-z]+s$/.test(name);

let total = 0;
let found = 0;
let skipped = 0;
const missed = [];
for (const line of readFileSync(file, 'utf8').trim().split('\n')) {
  const article = JSON.parse(line);
  const text = [article.title, ...article.sentences].join('\n\n');
  const analysis = {
    doc: createDocument(text),
    meta: { title: null, byline: null, outlet: null, published: article.date, url: null, language: 'en' },
    findings: [],
    quotes: [],
    attributions: [],
    entities: [],
    timeline: [],
    sentenceScores: {},
    roles: [],
    warnings: [],
  };
  analyzer.run(analysis);
  for (const name of article.main_entities) {
    if (!isProperName(name)) {
      skipped++;
      continue;
    }
    total++;
    const lower = name.toLowerCase();
    const hit = analysis.entities.some(
      (e) =>
        e.name.toLowerCase() === lower ||
        e.mentions.some((m) => m.text.toLowerCase() === lower) ||
        (e.type === 'person' && lastName(e.name) === lastName(name)),
    );
    if (hit) found++;
    else missed.push(name);
  }
}
console.log(
  `proper names: ${total}, found: ${found}, recall: ${(found / total).toFixed(3)}; skipped: ${skipped}`,
);
console.log(`missed: ${missed.join(' | ')}`);
