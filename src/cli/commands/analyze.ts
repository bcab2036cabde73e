import { parseArgs } from 'node:util';
import { createEngine } from '../../engine/create-engine.js';
import { InputError, UsageError } from '../../errors/index.js';
import { SEVERITY_RANK, type Severity } from '../../finding.js';
import { loadArticle } from '../../ingest/load-article.js';
import { parseFormat, render } from '../../report/formats.js';
import type { Report } from '../../report/model/report.js';
import { loadConfig } from '../config.js';
import { type Command, EXIT } from '../io.js';

const USAGE = `Usage: unspin analyze <file...|url...|-> [options]

Analyze news articles: roles of sentences, quotes and who said them, loaded language, vague sources.

Options:
  -f, --format <pretty|json|markdown|line>  output format (default: pretty)
      --date <YYYY-MM-DD>                   publication date, to resolve "last week" and the like
      --title <text>                        article title (else from the input)
      --outlet <name>                       outlet name
      --level <error|warning|suggestion|info>
                                            show findings at or above this severity (default:
                                            suggestion; json always has all of them)
      --fail-on <error|warning|suggestion|info>
                                            exit 1 when a finding is at or above this severity
      --config <file>                       config file (default: .unspinrc.json if present)
      --force-language                      analyze even if the text does not look English
      --allow-private                       allow URLs on loopback, private or link-local addresses
      --color / --no-color                  force colours on or off (default: on for terminals)

Exit codes: 0 ok; 1 findings at or above --fail-on; 2 usage or input error.
"-" reads the article from stdin.`;

function parseSeverity(flag: string, value: string): Severity {
  if (value in SEVERITY_RANK) return value as Severity;
  throw new UsageError(
    'bad-severity',
    `${flag} must be one of error, warning, suggestion, info; got "${value}"`,
  );
}

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'analyze articles and print a report',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'pretty' },
        date: { type: 'string' },
        title: { type: 'string' },
        outlet: { type: 'string' },
        'fail-on': { type: 'string' },
        level: { type: 'string', default: 'suggestion' },
        config: { type: 'string' },
        'force-language': { type: 'boolean', default: false },
        'allow-private': { type: 'boolean', default: false },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
      },
    });
    if (positionals.length === 0)
      throw new UsageError('no-input', 'no input given: name a file, or "-" for stdin');
    const format = parseFormat(values.format ?? 'pretty');
    const failOn = values['fail-on'] ? parseSeverity('--fail-on', values['fail-on']) : null;
    const config = await loadConfig(values.config ?? null, io.cwd);
    const engine = createEngine({ rules: config.rules });
    const items: { path: string; report: Report }[] = [];
    let hadError = false;
    for (const path of positionals) {
      try {
        const article = await loadArticle(path, {
          readStdin: io.readStdin,
          allowPrivate: values['allow-private'] === true,
        });
        const meta = { ...article.meta };
        if (values.title) meta.title = values.title;
        if (values.outlet) meta.outlet = values.outlet;
        const report = engine.analyze(article.text, {
          meta,
          source: path,
          forceLanguage: values['force-language'] === true,
          warnings: article.warnings,
          ...(values.date ? { date: values.date } : {}),
        });
        if (!report.analyzed) {
          throw new InputError('not-english', `${path}: ${report.warnings.at(-1) ?? 'not analyzed'}`);
        }
        for (const w of report.warnings) io.stderr(`unspin analyze: warning: ${w}\n`);
        items.push({ path, report });
      } catch (error) {
        if (positionals.length === 1 || !(error instanceof InputError || error instanceof Error)) throw error;
        io.stderr(`unspin analyze: ${(error as Error).message}\n`);
        hadError = true;
      }
    }
    const color = values['no-color'] ? false : (values.color ?? (io.isTTY && !io.env.NO_COLOR));
    const minSeverity = parseSeverity('--level', values.level ?? 'suggestion');
    if (items.length) io.stdout(render(format, items, { color, minSeverity }));
    if (hadError) return EXIT.input;
    if (failOn) {
      const threshold = SEVERITY_RANK[failOn];
      const failing = items.some((i) =>
        i.report.findings.some((f) => SEVERITY_RANK[f.severity] >= threshold),
      );
      if (failing) return EXIT.findings;
    }
    return EXIT.ok;
  },
};
