import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UnspinError } from '../errors/index.js';
import { loadRuleFile, readRuleData } from './load-rules.js';

describe('rule file loading', () => {
  const dir = mkdtempSync(join(tmpdir(), 'unspin-load-rules-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const yaml = join(dir, 'words.yml');
  const twin = join(dir, 'words.json');
  writeFileSync(yaml, 'words: [from, yaml]\n');

  it('reads the YAML when there is no JSON twin', () => {
    expect(readRuleData(yaml, join(dir, 'missing.json'))).toEqual({ words: ['from', 'yaml'] });
  });

  it('prefers an up-to-date JSON twin and ignores a stale one', () => {
    writeFileSync(twin, '{"words":["from","json"]}');
    const now = Date.now() / 1000;
    utimesSync(yaml, now - 10, now - 10);
    utimesSync(twin, now, now);
    expect(readRuleData(yaml, twin)).toEqual({ words: ['from', 'json'] });
    utimesSync(twin, now - 20, now - 20);
    expect(readRuleData(yaml, twin)).toEqual({ words: ['from', 'yaml'] });
  });

  it('says which file is broken', () => {
    const bad = join(dir, 'bad.yml');
    writeFileSync(bad, 'words: [unclosed\n');
    expect(() => readRuleData(bad, join(dir, 'none.json'))).toThrow(UnspinError);
    expect(() => readRuleData(bad, join(dir, 'none.json'))).toThrow(/bad\.yml/);
  });

  it('loads the shipped rule files', () => {
    expect(loadRuleFile<{ rules: unknown[] }>('hedges', 'hedges').rules.length).toBeGreaterThan(0);
  });
});
