import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { UsageError } from '../../errors/index.js';
import { formatEvalResult } from '../../eval/format-result.js';
import { evalTasks } from '../../eval/registry.js';
import { type Command, EXIT } from '../io.js';

export const evalCommand: Command = {
  name: 'eval',
  summary: 'score unspin against labelled data in its published format',
  get usage() {
    return `Usage: unspin eval --task <task> --data <path> [--json <file>]

Tasks:
${evalTasks.map((t) => `  ${t.name.padEnd(22)} ${t.description}`).join('\n')}

Prints precision, recall and F1 (per class, macro-F1 and the confusion matrix for classification tasks);
--json writes the same figures to a file.`;
  },
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: { task: { type: 'string' }, data: { type: 'string' }, json: { type: 'string' } },
    });
    const names = evalTasks.map((t) => t.name).join(', ');
    if (!values.task) throw new UsageError('no-task', `--task is required; one of: ${names}`);
    if (!values.data) throw new UsageError('no-data', '--data <path> is required');
    const task = evalTasks.find((t) => t.name === values.task);
    if (!task) throw new UsageError('bad-task', `unknown task "${values.task}"; one of: ${names}`);
    const result = await task.run(values.data);
    io.stdout(formatEvalResult(result));
    if (values.json) await writeFile(values.json, `${JSON.stringify(result, null, 2)}\n`);
    return EXIT.ok;
  },
};
