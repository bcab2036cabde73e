import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { NotFoundError, UsageError } from '../../errors/index.js';
import { modelsDir } from '../../models/model-file.js';
import { packageRoot } from '../../rules/rules-dir.js';
import { trainTasks } from '../../train/registry.js';
import { writeModels } from '../../train/write-models.js';
import { type Command, EXIT } from '../io.js';

export const trainCommand: Command = {
  name: 'train',
  summary: 'train a classifier from the shared datasets into models/',
  get usage() {
    return `Usage: unspin train <task> [--data <dir>] [--out <dir>] [--seed <n>]

Tasks:
${trainTasks.map((t) => `  ${t.name.padEnd(14)} ${t.description}`).join('\n')}

--data  folder with the datasets (default: $UNSPIN_DATA or ../shared/data next to the package)
--out   where models/<name>.json and the model card go (default: the package's models/)
--seed  seed of the deterministic splits (default 1)`;
  },
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { data: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' } },
    });
    const names = trainTasks.map((t) => t.name).join(', ');
    const name = positionals[0];
    if (!name) throw new UsageError('no-task', `which task? one of: ${names}`);
    const task = trainTasks.find((t) => t.name === name);
    if (!task) throw new UsageError('bad-task', `unknown task "${name}"; one of: ${names}`);
    const seed = values.seed === undefined ? 1 : Number(values.seed);
    if (!Number.isInteger(seed))
      throw new UsageError('bad-seed', `--seed must be an integer, got "${values.seed}"`);
    const dataRoot = resolve(
      io.cwd,
      values.data ?? io.env.UNSPIN_DATA ?? join(packageRoot(), '..', 'shared', 'data'),
    );
    if (!existsSync(dataRoot))
      throw new NotFoundError('data-missing', `data folder ${dataRoot} not found; pass --data <dir>`);
    const output = task.run({ dataRoot, seed, log: (line) => io.stderr(`${line}\n`) });
    const paths = writeModels(values.out ? resolve(io.cwd, values.out) : modelsDir(), task.name, output);
    for (const [key, value] of Object.entries(output.summary)) io.stdout(`${key}: ${value.toFixed(3)}\n`);
    io.stdout(`wrote ${paths.join(', ')}\n`);
    return EXIT.ok;
  },
};
