import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

async function countLines(path: string): Promise<number> {
  let lines = 0;
  let last = 10;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
    last = chunk[chunk.length - 1] ?? last;
  }
  return last === 10 ? lines : lines + 1;
}

async function countFiles(dir: string, budget: { left: number }): Promise<number> {
  let n = 0;
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (--budget.left < 0) throw new Error('too many');
    if (e.name.startsWith('.')) continue;
    if (e.isDirectory()) n += await countFiles(join(dir, e.name), budget);
    else if (e.isFile()) n++;
  }
  return n;
}

/**
 * A quick estimate of how many items the inputs hold, for the progress ETA: lines of JSONL files,
 * files under directories, one per file or URL. Null when it cannot be known cheaply (CSV, WARC,
 * globs, stdin, huge trees).
 */
export async function estimateTotal(inputs: readonly string[], cwd: string): Promise<number | null> {
  let total = 0;
  try {
    for (const input of inputs) {
      if (/^https?:\/\//i.test(input)) total++;
      else if (input === '-' || /[*?{]/.test(input) || /\.(?:csv|warc|warc\.gz)$/i.test(input)) return null;
      else {
        const path = resolve(cwd, input);
        const info = await stat(path);
        if (info.isDirectory()) total += await countFiles(path, { left: 200_000 });
        else if (/\.(?:jsonl|ndjson)$/i.test(input)) total += await countLines(path);
        else total++;
      }
    }
  } catch {
    return null;
  }
  return total;
}
