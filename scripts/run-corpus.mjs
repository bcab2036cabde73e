#!/usr/bin/env node
// Runs the full engine on every article of the shared corpora (PTC train, PolNeAR, MBIC articles)
// and reports the role distribution, finding counts, errors and size-cap refusals.
// Usage: node scripts/run-corpus.mjs [--data ../shared/data] [--json out.json]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseCsv } from './csv.mjs';

const root = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({ options: { data: { type: 'string' }, json: { type: 'string' } } });
const data = values.data ?? join(root, '..', 'shared', 'data');
if (!existsSync(data)) {
  console.log(`run-corpus: ${data} is absent; nothing to do`);
  process.exit(0);
}
const { createEngine, MAX_TEXT_CHARS } = await import(join(root, 'dist', 'index.js'));

function* articles() {
  const ptc = join(data, 'ptc', 'train-articles');
  if (existsSync(ptc)) for (const f of readdirSync(ptc)) yield ['ptc', f, readFileSync(join(ptc, f), 'utf8')];
  const polnear = join(data, 'polnear', 'data');
  if (existsSync(polnear)) {
    for (const split of readdirSync(polnear)) {
      const dir = join(polnear, split, 'text');
      if (!existsSync(dir)) continue;
      for (const f of readdirSync(dir))
        yield ['polnear', `${split}/${f}`, readFileSync(join(dir, f), 'utf8')];
    }
  }
  const mbic = join(data, 'babe', 'final_labels_MBIC.csv');
  if (existsSync(mbic)) {
    const seen = new Set();
    for (const row of parseCsv(readFileSync(mbic, 'utf8'))) {
      const text = row.article ?? '';
      if (!text.trim() || seen.has(text)) continue;
      seen.add(text);
      yield ['mbic', row.news_link || `row${seen.size}`, text];
    }
  }
}

const engine = createEngine();
const totals = {};
const errors = [];
const t0 = performance.now();
for (const [corpus, id, text] of articles()) {
  totals[corpus] ??= {
    articles: 0,
    sentences: 0,
    roles: { quote: 0, reported: 0, factual: 0, opinion: 0 },
    findings: 0,
    notEnglish: 0,
    overCap: 0,
    errors: 0,
  };
  const t = totals[corpus];
  t.articles++;
  if (text.length > MAX_TEXT_CHARS) t.overCap++;
  try {
    const report = engine.analyze(text, { source: id });
    if (!report.analyzed) t.notEnglish++;
    // The engine never throws on content: an analyzer that fails leaves a warning instead. Count those too.
    for (const w of report.warnings) {
      if (/^analyzer .* failed/.test(w)) {
        t.errors++;
        errors.push(`${corpus}/${id}: ${w}`);
      }
    }
    t.sentences += report.sentences.length;
    t.findings += report.findings.length;
    for (const s of report.sentences) t.roles[s.role]++;
  } catch (error) {
    t.errors++;
    errors.push(`${corpus}/${id}: ${error.message}`);
  }
}
const seconds = ((performance.now() - t0) / 1000).toFixed(1);
for (const [corpus, t] of Object.entries(totals)) {
  const share = (n) => `${((100 * n) / Math.max(1, t.sentences)).toFixed(1)}%`;
  console.log(
    `${corpus.padEnd(8)} ${String(t.articles).padStart(5)} articles ${String(t.sentences).padStart(6)} sentences  quote ${share(t.roles.quote)}  reported ${share(t.roles.reported)}  factual ${share(t.roles.factual)}  opinion ${share(t.roles.opinion)}  findings ${t.findings}  not-English ${t.notEnglish}  errors ${t.errors}`,
  );
}
console.log(`errors: ${errors.length} (${seconds} s)`);
for (const e of errors.slice(0, 20)) console.log(`  ${e}`);
if (values.json) writeFileSync(values.json, `${JSON.stringify({ totals, errors }, null, 2)}\n`);
process.exitCode = errors.length ? 1 : 0;
