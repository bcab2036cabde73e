import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const example = fileURLToPath(new URL('../../examples/summit-talks.txt', import.meta.url));
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input, timeout: 20_000 });

// The built binary is what users run; `npm test` builds before the tests.
describe.skipIf(!existsSync(bin))('the unspin binary', () => {
  it('analyzes the shipped example and prints JSON', () => {
    const result = run(['analyze', example, '--format', 'json']);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.schema).toBe('unspin/report@1');
    expect(report.article.title).toBe('Harbor City Council Approves Waterfront Deal After Heated Debate');
  });

  it('exits 2 with one line on stderr and no stack trace for bad input', () => {
    const result = run(['analyze', '-'], '');
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\s+at .+:\d+:\d+/);
  });

  it('prints the version and help', () => {
    expect(run(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+/);
    expect(run(['--help']).stdout).toContain('Commands:');
  });
});
