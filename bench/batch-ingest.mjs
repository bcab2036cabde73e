#!/usr/bin/env node
// Batch-ingest benchmark: 1 vs 2 worker threads on a JSONL batch, then a kill at a random point and
// a rerun, checking the library ends with exactly the batch's distinct articles, none twice.
// Needs `npm run build` and a batch (scripts/write-batch-jsonl.mjs writes PTC + PolNeAR to /tmp).
// Usage: node bench/batch-ingest.mjs [batch.jsonl] [--limit N] [--seed S]
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { articleId } from '../dist/store/content-id.js';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const source = args[0] && !args[0].startsWith('--') ? args[0] : '/tmp/unspin-batch.jsonl';
const limit = Number(opt('--limit', '0'));
let seed = Number(opt('--seed', String(Date.now() % 100000)));
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
if (!existsSync(source)) {
  console.error(`${source} not found; run: node scripts/write-batch-jsonl.mjs ${source}`);
  process.exit(2);
}
let lines = readFileSync(source, 'utf8').split('\n').filter(Boolean);
if (limit) lines = lines.slice(0, limit);
const batch = join(tmpdir(), `unspin-bench-batch-${process.pid}.jsonl`);
writeFileSync(batch, `${lines.join('\n')}\n`);
const distinct = new Set(lines.map((l) => articleId(JSON.parse(l).text))).size;
const cli = new URL('../dist/cli/main.js', import.meta.url).pathname;

function freshDb(name) {
  const db = join(tmpdir(), `unspin-bench-${name}-${process.pid}.db`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
  return db;
}
function add(db, workers) {
  const t0 = process.hrtime.bigint();
  const out = execFileSync('node', [cli, 'add', batch, '--db', db, '--workers', String(workers)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, summary: out.trim().split('\n').at(-1) };
}
function rows(db) {
  const d = new Database(db, { readonly: true });
  const { n, ids } = d.prepare('SELECT count(*) AS n, count(DISTINCT id) AS ids FROM articles').get();
  d.close();
  return { n, ids };
}

console.log(`batch: ${lines.length} articles (${distinct} distinct) from ${source}`);
const results = {};
for (const workers of [1, 2]) {
  const db = freshDb(`w${workers}`);
  const r = add(db, workers);
  results[workers] = r.seconds;
  console.log(
    `${workers} worker${workers > 1 ? 's' : ''}: ${r.seconds.toFixed(1)} s, ${(lines.length / r.seconds).toFixed(2)} articles/s | ${r.summary}`,
  );
}
console.log(`speed-up 2 vs 1 workers: ${(results[1] / results[2]).toFixed(2)}x`);

// Kill at a random point between 15% and 85% of the 2-worker run time, then rerun.
const db = freshDb('kill');
const killAfter = results[2] * (0.15 + 0.7 * random()) * 1000;
const child = spawn('node', [cli, 'add', batch, '--db', db, '--workers', '2'], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, killAfter));
child.kill('SIGKILL');
await new Promise((resolve) => child.once('exit', resolve));
const before = rows(db);
const rerun = add(db, 2);
const after = rows(db);
console.log(
  `killed after ${(killAfter / 1000).toFixed(1)} s with ${before.n} stored; rerun: ${rerun.summary}`,
);
const ok = after.n === distinct && after.ids === after.n;
console.log(
  `after rerun: ${after.n} rows, ${after.ids} distinct ids, expected ${distinct}: ${ok ? 'OK' : 'MISMATCH'}`,
);
rmSync(batch, { force: true });
process.exit(ok ? 0 : 1);
