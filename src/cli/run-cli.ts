import { engineVersion } from '../engine/version.js';
import { UnspinError } from '../errors/index.js';
import { commands } from './commands/index.js';
import { type CliIo, EXIT } from './io.js';

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const list = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
  return `unspin ${engineVersion()}: read news the way a careful editor does

Usage: unspin <command> [options]

Commands:
${list}

Run "unspin <command> --help" for a command's options.
Exit codes: 0 ok; 1 findings at or above --fail-on; 2 usage or input error; 3 internal error.
`;
}

/** Runs the CLI with the given arguments; returns the exit code. Never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(help());
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${engineVersion()}\n`);
    return EXIT.ok;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.stderr(`unspin: unknown command "${name}". Run "unspin --help" for the list.\n`);
    return EXIT.usage;
  }
  try {
    const command = await entry.load();
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(`${command.usage}\n`);
      return EXIT.ok;
    }
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UnspinError) {
      io.stderr(`unspin ${name}: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof TypeError && /ERR_PARSE_ARGS/.test(String((error as { code?: string }).code))) {
      io.stderr(`unspin ${name}: ${error.message}\n`);
      return EXIT.usage;
    }
    io.stderr(`unspin ${name}: internal error: ${(error as Error).message ?? String(error)}\n`);
    if (io.env.UNSPIN_DEBUG) io.stderr(`${(error as Error).stack ?? ''}\n`);
    return EXIT.internal;
  }
}
