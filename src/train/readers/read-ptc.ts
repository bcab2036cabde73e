import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DataFormatError, NotFoundError } from '../../errors/index.js';
import { readDataFile } from './read-data-file.js';

/** The 14 technique names of SemEval-2020 Task 11, as they appear in the label files. */
export const PTC_TECHNIQUES = [
  'Appeal_to_Authority',
  'Appeal_to_fear-prejudice',
  'Bandwagon,Reductio_ad_hitlerum',
  'Black-and-White_Fallacy',
  'Causal_Oversimplification',
  'Doubt',
  'Exaggeration,Minimisation',
  'Flag-Waving',
  'Loaded_Language',
  'Name_Calling,Labeling',
  'Repetition',
  'Slogans',
  'Thought-terminating_Cliches',
  'Whataboutism,Straw_Men,Red_Herring',
] as const;

export interface PtcSpan {
  start: number;
  end: number;
  /** Technique name, or null for task-1 spans (no technique). */
  technique: string | null;
}

export interface PtcArticle {
  id: string;
  split: string;
  text: string;
  /** Task-1 span-identification spans (when the folder has them). */
  siSpans: PtcSpan[] | null;
  /** Task-2 technique spans (when the folder has them). */
  tcSpans: PtcSpan[] | null;
}

const ARTICLE = /^article(\d+)\.txt$/;

/** Split names in a PTC folder: every `<split>-articles` directory (or the folder itself if it is one). */
function findSplits(root: string): { dir: string; split: string }[] {
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new NotFoundError('data-missing', `PTC folder ${root} not found`, { path: root });
  }
  const own = basename(root).match(/^(.*)-articles$/);
  if (own) return [{ dir: dirname(root), split: own[1]! }];
  const out: { dir: string; split: string }[] = [];
  for (const name of readdirSync(root).sort()) {
    const m = name.match(/^(.*)-articles$/);
    if (m && statSync(join(root, name)).isDirectory()) out.push({ dir: root, split: m[1]! });
  }
  if (out.length === 0) {
    throw new DataFormatError(
      'ptc-layout',
      `${root}: expected a PTC folder with <split>-articles/article<id>.txt (and <split>-labels-task1-span-identification/, <split>-labels-task2-technique-classification/)`,
      { file: root },
    );
  }
  return out;
}

function parseLabels(path: string, id: string, withTechnique: boolean, length: number): PtcSpan[] {
  const spans: PtcSpan[] = [];
  const lines = readDataFile(path).split(/\r?\n/);
  const expected = withTechnique ? '<id>\\t<technique>\\t<start>\\t<end>' : '<id>\\t<start>\\t<end>';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const f = line.split('\t');
    const fail = (why: string) =>
      new DataFormatError('ptc-label', `${path}:${i + 1}: expected ${expected}; ${why}`, {
        file: path,
        line: i + 1,
      });
    if (f.length !== (withTechnique ? 4 : 3)) throw fail(`got ${f.length} tab-separated fields`);
    if (f[0] !== id) throw fail(`article id ${f[0]} does not match the file name (${id})`);
    const technique = withTechnique ? f[1]! : null;
    if (technique !== null && !(PTC_TECHNIQUES as readonly string[]).includes(technique)) {
      throw fail(`unknown technique "${technique.slice(0, 60)}"`);
    }
    const start = Number(f[withTechnique ? 2 : 1]);
    const end = Number(f[withTechnique ? 3 : 2]);
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start) {
      throw fail('start and end must be integers with 0 <= start < end');
    }
    if (end > length) throw fail(`span end ${end} is past the article's ${length} characters`);
    spans.push({ start, end, technique });
  }
  return spans;
}

/** Reads every split of a PTC folder laid out like the SemEval-2020 Task 11 release. */
export function readPtc(root: string): PtcArticle[] {
  const articles: PtcArticle[] = [];
  for (const { dir, split } of findSplits(root)) {
    const articleDir = join(dir, `${split}-articles`);
    const siDir = join(dir, `${split}-labels-task1-span-identification`);
    const tcDir = join(dir, `${split}-labels-task2-technique-classification`);
    const hasSi = existsSync(siDir);
    const hasTc = existsSync(tcDir);
    for (const name of readdirSync(articleDir).sort()) {
      const m = name.match(ARTICLE);
      if (!m) continue;
      const id = m[1]!;
      const text = readDataFile(join(articleDir, name));
      const si = join(siDir, `article${id}.task1-SI.labels`);
      const tc = join(tcDir, `article${id}.task2-TC.labels`);
      articles.push({
        id,
        split,
        text,
        siSpans: hasSi && existsSync(si) ? parseLabels(si, id, false, text.length) : hasSi ? [] : null,
        tcSpans: hasTc && existsSync(tc) ? parseLabels(tc, id, true, text.length) : hasTc ? [] : null,
      });
    }
  }
  return articles;
}
