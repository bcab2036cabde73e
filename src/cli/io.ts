/** Where a command writes. Tests pass buffers; the binary passes process streams. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal (colours, progress bars). */
  isTTY: boolean;
  /** Reads all of stdin (for `-`). */
  readStdin: () => Promise<Uint8Array>;
  env: Record<string, string | undefined>;
  cwd: string;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Returns the exit code. Throws UnspinError subclasses for user errors. */
  run(argv: string[], io: CliIo): Promise<number>;
}

export const EXIT = {
  ok: 0,
  findings: 1,
  usage: 2,
  input: 2,
  internal: 3,
} as const;
