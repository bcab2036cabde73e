#!/usr/bin/env node
// Writes the PTC train articles and PolNeAR articles from ../shared/data as one JSONL batch
// (outside the repository) for the batch-ingest benchmark. Research-licensed text: never commit the output.
// Usage: node scripts/write-batch-jsonl.mjs [out.jsonl] [data-dir]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const out = process.argv[2] ?? '/tmp/unspin-batch.jsonl';
const data = process.argv[3] ?? new URL('../../shared/data', import.meta.url).pathname;
const lines = [];
const ptc = join(data, 'ptc/train-articles');
if (existsSync(ptc)) {
  for (const name of readdirSync(ptc).sort()) {
    const text = readFileSync(join(ptc, name), 'utf8');
    lines.push(JSON.stringify({ text, outlet: 'PTC', title: text.split('\n')[0]?.slice(0, 200) ?? null }));
  }
}
for (const split of ['train', 'dev', 'annotator-training']) {
  const dir = join(data, 'polnear/data', split, 'text');
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir).sort()) {
    const outlet = name.split('_')[0];
    const date = /_(\d{4}-\d{2}-\d{2})_/.exec(name)?.[1];
    lines.push(
      JSON.stringify({
        text: readFileSync(join(dir, name), 'utf8'),
        outlet,
        ...(date ? { published: date } : {}),
      }),
    );
  }
}
if (!lines.length) {
  console.error(`no PTC or PolNeAR articles under ${data}`);
  process.exit(2);
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${lines.length} articles -> ${out}`);
