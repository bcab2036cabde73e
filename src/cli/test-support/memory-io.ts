import type { CliIo } from '../io.js';

export interface MemoryIo extends CliIo {
  out: () => string;
  err: () => string;
}

/** A CliIo that records stdout and stderr, for tests of commands through `runCli`. */
export function memoryIo(
  options: { stdin?: string | Uint8Array; cwd?: string; env?: Record<string, string> } = {},
): MemoryIo {
  let out = '';
  let err = '';
  const stdin = typeof options.stdin === 'string' ? new TextEncoder().encode(options.stdin) : options.stdin;
  return {
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    isTTY: false,
    readStdin: async () => stdin ?? new Uint8Array(),
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    out: () => out,
    err: () => err,
  };
}
