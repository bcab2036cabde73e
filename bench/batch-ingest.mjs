#!/usr/bin/env node
// Batch-ingest benchmark: 1 vs 2 worker threads on a JSONL batch, then a kill at a random point and
// a rerun, checking the library ends with exactly the batch's distinct articles, none twice.
// Needs `npm run build` and a batch (scripts/write-batch-jsonl.mjs writes PTC + PolNeAR to /tmp).
// Runs 1 and 2 workers alternately --repeat times (default 3) and keeps the best time of each, since on
// a shared machine other jobs take CPU. Prints the load average so the figures can be judged.
// Usage: node bench/batch-ingest.mjs [batch.jsonl] [--limit N] [--seed S] [--repeat R]
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { articleId } from '../dist/store/content-id.js';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const source = args[0] && !args[0].startsWith('--') ? args[0] : '/tmp/unspin-batch.jsonl';
const limit = Number(opt('--limit', '0'));
const repeat = Number(opt('--repeat', '3'));
const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');
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

// Control: the same pure-CPU work on 1 thread, then split over 2. On an idle 2-core machine the ratio is
// about 2; when other jobs hold the CPUs it falls towards 1, and no worker pool can scale past it.
async function cpuScaling() {
  const spin =
    'const { parentPort, workerData } = require("node:worker_threads"); let x = 0; for (let i = 0; i < workerData; i++) x = (x * 31 + i) | 0; parentPort.postMessage(x);';
  const time = async (threads) => {
    const t0 = process.hrtime.bigint();
    await Promise.all(
      Array.from(
        { length: threads },
        () =>
          new Promise((resolve) =>
            new Worker(spin, { eval: true, workerData: 200_000_000 / threads }).once('message', resolve),
          ),
      ),
    );
    return Number(process.hrtime.bigint() - t0) / 1e9;
  };
  const one = Math.min(await time(1), await time(1));
  const two = Math.min(await time(2), await time(2));
  return one / two;
}
console.log(
  `CPU control: pure-CPU work runs ${(await cpuScaling()).toFixed(2)}x faster on 2 threads than on 1 right now`,
);
console.log(`batch: ${lines.length} articles (${distinct} distinct) from ${source}; load average ${load()}`);
const results = { 1: Number.POSITIVE_INFINITY, 2: Number.POSITIVE_INFINITY };
for (let round = 1; round <= repeat; round++) {
  for (const workers of [1, 2]) {
    const db = freshDb(`w${workers}`);
    const r = add(db, workers);
    results[workers] = Math.min(results[workers], r.seconds);
    console.log(
      `round ${round}, ${workers} worker${workers > 1 ? 's' : ''}: ${r.seconds.toFixed(1)} s, ${(lines.length / r.seconds).toFixed(1)} articles/s (load ${load()}) | ${r.summary}`,
    );
  }
}
console.log(`CPU control after the runs: ${(await cpuScaling()).toFixed(2)}x`);
console.log(
  `best: 1 worker ${(lines.length / results[1]).toFixed(1)} articles/s, 2 workers ${(lines.length / results[2]).toFixed(1)} articles/s; speed-up ${(results[1] / results[2]).toFixed(2)}x`,
);

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
