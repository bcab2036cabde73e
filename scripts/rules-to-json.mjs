#!/usr/bin/env node
// Build step: converts every rules/**/*.yml into dist/rules-json/**/*.json (or <out>/rules-json with --out <out>). Parsing YAML is the
// largest part of cold start (the `yaml` parser, cold, takes hundreds of ms for all rule files;
// JSON.parse takes about 1 ms), so the built package loads the JSON twins (src/rules/load-rules.ts)
// and falls back to the YAML when a twin is missing or older than its YAML file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listRuleFiles, readRuleFile } from './lib/rule-files.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outFlag = process.argv.indexOf('--out');
// `--out <dir>` for a build into another folder (the twins sit beside the compiled `rules/` module folder).
const outDir =
  outFlag > 0 ? join(process.argv[outFlag + 1] ?? '', 'rules-json') : join(root, 'dist', 'rules-json');
let written = 0;
for (const path of listRuleFiles(root)) {
  const file = readRuleFile(root, path);
  if (file.errors.length > 0) {
    console.error(`rules-to-json: ${path}: ${file.errors[0]}`);
    process.exit(1);
  }
  const target = join(outDir, path.replace(/^rules[\\/]/, '').replace(/\.ya?ml$/, '.json'));
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, JSON.stringify(file.data));
  written++;
}
console.log(`rules-to-json: ${written} rule files -> ${outDir}`);
