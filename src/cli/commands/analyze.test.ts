import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.js';
import { memoryIo } from '../test-support/memory-io.js';

const dir = mkdtempSync(join(tmpdir(), 'unspin-cli-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const ARTICLE = file(
  'draft.txt',
  'Council Approves Budget\n\nThe council approved the budget on Tuesday, officials said. "It is a fair plan," Mayor Ana Ruiz said. Critics say the plan is a disastrous giveaway.\n',
);

describe('unspin analyze', () => {
  it('prints a JSON report with the documented schema', async () => {
    const io = memoryIo();
    const code = await runCli(['analyze', ARTICLE, '--format', 'json'], io);
    expect(code).toBe(0);
    const report = JSON.parse(io.out());
    expect(report.schema).toBe('unspin/report@1');
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining([
        'article',
        'sentences',
        'findings',
        'quotes',
        'entities',
        'timeline',
        'scores',
        'summary',
      ]),
    );
    expect(report.article).toMatchObject({ title: 'Council Approves Budget', language: 'en' });
    expect(report.sentences.length).toBeGreaterThan(2);
    for (const s of report.sentences) expect(['quote', 'reported', 'factual', 'opinion']).toContain(s.role);
  });

  it('prints an array for several files and a pretty report by default', async () => {
    const io = memoryIo();
    expect(await runCli(['analyze', ARTICLE, ARTICLE, '--format', 'json'], io)).toBe(0);
    expect(JSON.parse(io.out())).toHaveLength(2);
    const pretty = memoryIo();
    expect(await runCli(['analyze', ARTICLE], pretty)).toBe(0);
    expect(pretty.out()).toContain('Legend:');
    expect(pretty.out()).toContain('Summary');
    expect(pretty.out()).not.toContain('\x1b[');
  });

  it('prints findings in line format as path:line:col: rule: message', async () => {
    const io = memoryIo();
    await runCli(['analyze', ARTICLE, '--format', 'line'], io);
    for (const line of io.out().trim().split('\n').filter(Boolean)) {
      expect(line).toMatch(/^.+:\d+:\d+: [a-z0-9-]+\/[^:]+: .+$/);
    }
  });

  it('shows findings from --level up in pretty and line output, all of them in JSON', async () => {
    const all = memoryIo();
    await runCli(['analyze', ARTICLE, '--format', 'line', '--level', 'info'], all);
    const some = memoryIo();
    await runCli(['analyze', ARTICLE, '--format', 'line'], some);
    const json = memoryIo();
    await runCli(['analyze', ARTICLE, '--format', 'json'], json);
    const infos = JSON.parse(json.out()).findings.filter((f: { severity: string }) => f.severity === 'info');
    expect(infos.length).toBeGreaterThan(0);
    const count = (s: string) => s.trim().split('\n').filter(Boolean).length;
    expect(count(all.out())).toBe(JSON.parse(json.out()).findings.length);
    expect(count(some.out())).toBe(count(all.out()) - infos.length);
    expect(await runCli(['analyze', ARTICLE, '--level', 'loud'], memoryIo())).toBe(2);
  });

  it('renders markdown with a summary and sentences table', async () => {
    const io = memoryIo();
    await runCli(['analyze', ARTICLE, '--format', 'markdown'], io);
    expect(io.out()).toMatch(/^# unspin report: Council Approves Budget/);
    expect(io.out()).toContain('| # | role | text |');
  });

  it('reads stdin for "-"', async () => {
    const io = memoryIo({
      stdin: 'The mayor said the bridge will open in May. It cost $4 million to build this year.',
    });
    expect(await runCli(['analyze', '-', '--format', 'json'], io)).toBe(0);
    expect(JSON.parse(io.out()).sentences).toHaveLength(2);
  });
});

describe('exit codes and bad input', () => {
  const cases: [string, string[], RegExp][] = [
    ['empty file', [file('empty.txt', '')], /empty/],
    ['whitespace only', [file('blank.txt', '  \n\n ')], /empty/],
    ['binary file', [file('image.bin', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3]))], /binary/],
    ['missing file', [join(dir, 'nope.txt')], /no such file/],
    [
      'non-English text',
      [
        file(
          'de.txt',
          'Der Bürgermeister hat am Dienstag angekündigt, dass die Stadt im nächsten Jahr eine neue Brücke über den Fluss bauen wird. Die Kosten werden auf vier Millionen Euro geschätzt.',
        ),
      ],
      /not English/,
    ],
    ['no input', [], /no input/],
    ['bad format', [ARTICLE, '--format', 'xml'], /unknown format/],
    ['bad flag', [ARTICLE, '--frobnicate'], /frobnicate/],
    ['bad date', [ARTICLE, '--date', 'someday'], /not a date/],
  ];
  for (const [name, args, message] of cases) {
    it(`exits 2 with a one-line message for ${name}`, async () => {
      const io = memoryIo();
      expect(await runCli(['analyze', ...args], io)).toBe(2);
      expect(io.err()).toMatch(message);
      expect(io.err().trim().split('\n')).toHaveLength(1);
      expect(io.err()).not.toMatch(/\n\s+at /);
    });
  }

  it('warns on invalid UTF-8 and still analyzes with replacement characters', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('The mayor said the vote was close. '),
      0xff,
      0xfe,
      0x41,
    ]);
    const io = memoryIo();
    expect(await runCli(['analyze', file('latin.txt', bytes), '--format', 'json'], io)).toBe(0);
    expect(io.err()).toMatch(/not valid UTF-8/);
    expect(JSON.parse(io.out()).warnings[0]).toMatch(/not valid UTF-8/);
  });

  it('exits 1 when findings reach --fail-on and 0 below it', async () => {
    const draft = file(
      'loaded.txt',
      'Critics say the disastrous plan is a shameful giveaway to wealthy donors.',
    );
    const io = memoryIo();
    expect(await runCli(['analyze', draft, '--fail-on', 'info', '--format', 'line'], io)).toBe(1);
    const quiet = file('plain.txt', 'The council met on Tuesday in the town hall.');
    expect(await runCli(['analyze', quiet, '--fail-on', 'warning'], memoryIo())).toBe(0);
  });

  it('unknown commands exit 2 and --help exits 0', async () => {
    const io = memoryIo();
    expect(await runCli(['frobnicate'], io)).toBe(2);
    expect(io.err()).toMatch(/unknown command/);
    expect(await runCli(['--help'], memoryIo())).toBe(0);
    expect(await runCli(['analyze', '--help'], memoryIo())).toBe(0);
  });
});
