#!/usr/bin/env node
// Benchmark: full-pipeline throughput on one core, and cold start of the CLI for one article.
// Uses the PTC and PolNeAR articles from ../shared/data when present, else the shipped examples.
// Usage: npm run bench [-- --seconds 10 --json bench.json]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '8' }, json: { type: 'string' } },
});
const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist', 'index.js');
if (!existsSync(dist)) {
  console.error('bench: build first (npm run build)');
  process.exit(2);
}
const { createEngine } = await import(dist);

function corpus() {
  const shared = join(root, '..', 'shared', 'data');
  const texts = [];
  const ptc = join(shared, 'ptc', 'train-articles');
  if (existsSync(ptc)) for (const f of readdirSync(ptc)) texts.push(readFileSync(join(ptc, f), 'utf8'));
  const polnear = join(shared, 'polnear', 'data');
  if (existsSync(polnear)) {
    for (const split of readdirSync(polnear)) {
      const dir = join(polnear, split, 'text');
      if (existsSync(dir)) for (const f of readdirSync(dir)) texts.push(readFileSync(join(dir, f), 'utf8'));
    }
  }
  const name = texts.length ? 'PTC train + PolNeAR articles' : 'shipped examples';
  if (!texts.length) {
    for (const f of readdirSync(join(root, 'examples')))
      texts.push(readFileSync(join(root, 'examples', f), 'utf8'));
  }
  return { name, texts: texts.filter((t) => t.trim().length > 0) };
}

const { name, texts } = corpus();
const engine = createEngine();
// Warm up (JIT, lazy model loading) on a few articles.
for (const t of texts.slice(0, 20)) engine.analyze(t, { forceLanguage: true });

const budgetMs = Number(values.seconds) * 1000;
let chars = 0;
let bytes = 0;
let articles = 0;
let errors = 0;
const t0 = performance.now();
outer: for (;;) {
  for (const t of texts) {
    try {
      engine.analyze(t, { forceLanguage: true });
    } catch {
      errors++;
    }
    chars += t.length;
    bytes += Buffer.byteLength(t);
    articles++;
    if (performance.now() - t0 > budgetMs) break outer;
  }
}
const seconds = (performance.now() - t0) / 1000;

// Cold start: whole CLI process, one article, JSON report.
const example = join(root, 'examples', 'summit-talks.txt');
const cold = [];
for (let i = 0; i < 7; i++) {
  const s = performance.now();
  const r = spawnSync(
    process.execPath,
    [join(root, 'dist', 'cli', 'main.js'), 'analyze', example, '--format', 'json'],
    {
      encoding: 'utf8',
    },
  );
  cold.push(performance.now() - s);
  if (r.status !== 0) errors++;
}
cold.sort((a, b) => a - b);

const result = {
  corpus: name,
  articles,
  distinctArticles: texts.length,
  seconds: +seconds.toFixed(2),
  mbPerSecond: +(bytes / 1e6 / seconds).toFixed(2),
  articlesPerSecond: +(articles / seconds).toFixed(1),
  wordsPerSecond: Math.round(chars / 6 / seconds),
  coldStartMs: { median: +cold[3].toFixed(0), min: +cold[0].toFixed(0), max: +cold[6].toFixed(0) },
  errors,
  node: process.version,
};
console.log(`unspin bench (${result.corpus}, one core, ${result.seconds} s)`);
console.log(
  `  throughput: ${result.mbPerSecond} MB/s, ${result.articlesPerSecond} articles/s (~${result.wordsPerSecond} words/s)`,
);
console.log(
  `  cold start (process start to JSON report, 1 article): median ${result.coldStartMs.median} ms (min ${result.coldStartMs.min}, max ${result.coldStartMs.max})`,
);
console.log(`  errors: ${errors}`);
if (values.json) writeFileSync(values.json, `${JSON.stringify(result, null, 2)}\n`);
