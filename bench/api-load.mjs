#!/usr/bin/env node
// Load test of POST /api/analyze with a ~1,000-word article: requests per second, p50/p90/p99 latency and
// errors at N concurrent keep-alive connections. Starts `unspin serve` (dist) in a child process, so the
// server and this load generator use separate processes.
// Scenarios: "same" posts one article again and again (served from the report cache after the first);
// "distinct" makes every request a new text (one extra sentence), so every request is analyzed.
// Usage: npm run build && node bench/api-load.mjs [--connections 50] [--seconds 10] [--scenario same|distinct|both]
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { articleOfWords } from './article-1000-words.mjs';

const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    scenario: { type: 'string', default: 'both' },
    words: { type: 'string', default: '1000' },
  },
});
const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'dist', 'cli', 'main.js');
if (!existsSync(bin)) {
  console.error('api-load: build first (npm run build)');
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'unspin-load-'));
const server = spawn(process.execPath, [bin, 'serve', '--port', '0', '--db', join(dir, 'load.db')], {
  stdio: ['ignore', 'ignore', 'pipe'],
});
const base = await new Promise((resolve, reject) => {
  let err = '';
  server.stderr.on('data', (chunk) => {
    err += chunk;
    const match = /listening on (http:\/\/[^\s]+)/.exec(err);
    if (match) resolve(match[1]);
  });
  server.on('exit', (code) => reject(new Error(`server exited (${code}): ${err}`)));
});

const article = articleOfWords(Number(values.words));
const words = article.split(/\s+/).length;
const agent = new Agent({ keepAlive: true, maxSockets: Number(values.connections) });

function post(body) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const req = request(
      `${base}/api/analyze`,
      {
        method: 'POST',
        agent,
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          resolve({ ok: res.statusCode === 200, ms: Number(process.hrtime.bigint() - started) / 1e6 }),
        );
      },
    );
    req.on('error', () => resolve({ ok: false, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    req.end(body);
  });
}

async function run(scenario, seconds, record) {
  let n = 0;
  const latencies = [];
  let errors = 0;
  const until = Date.now() + seconds * 1000;
  const worker = async () => {
    while (Date.now() < until) {
      const text =
        scenario === 'same' ? article : `${article}\n\nRequest number ${n++} was sent by the load test.`;
      const result = await post(JSON.stringify({ text }));
      if (!record) continue;
      latencies.push(result.ms);
      if (!result.ok) errors++;
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: Number(values.connections) }, worker));
  const elapsed = (Date.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  return {
    scenario,
    requests: latencies.length,
    rps: Math.round(latencies.length / elapsed),
    p50: +pct(50).toFixed(1),
    p90: +pct(90).toFixed(1),
    p99: +pct(99).toFixed(1),
    max: +(latencies.at(-1) ?? 0).toFixed(1),
    errors,
  };
}

const scenarios = values.scenario === 'both' ? ['same', 'distinct'] : [values.scenario];
console.log(
  `POST /api/analyze, ${words}-word article, ${values.connections} connections, ${values.seconds} s per scenario (node ${process.version})`,
);
console.log('| scenario | requests | req/s | p50 ms | p90 ms | p99 ms | max ms | errors |');
console.log('|---|---|---|---|---|---|---|---|');
try {
  for (const scenario of scenarios) {
    await run(scenario, Number(values.warmup), false);
    const r = await run(scenario, Number(values.seconds), true);
    console.log(
      `| ${r.scenario} | ${r.requests} | ${r.rps} | ${r.p50} | ${r.p90} | ${r.p99} | ${r.max} | ${r.errors} |`,
    );
  }
} finally {
  agent.destroy();
  server.kill('SIGTERM');
  await new Promise((r) => server.on('exit', r));
  rmSync(dir, { recursive: true, force: true });
}
