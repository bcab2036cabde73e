import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DataFormatError, NotFoundError } from '../../errors/index.js';
import { type GoldAttribution, parseBrat } from './read-brat.js';

/** One article of a PolNeAR-style split and the annotation files made for it. */
export interface PolnearArticle {
  name: string;
  text: string;
  /** One entry per annotator file (`<article>_<annotator>.ann`, or `<article>.ann`). */
  annotations: { file: string; relations: GoldAttribution[] }[];
}

function isDir(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/** The article a `.ann` file belongs to: `<article>.ann` or `<article>_<annotator>.ann`. */
function articleOf(annFile: string, articles: ReadonlySet<string>): string | null {
  const stem = basename(annFile, '.ann');
  if (articles.has(stem)) return stem;
  const cut = stem.lastIndexOf('_');
  if (cut > 0 && articles.has(stem.slice(0, cut))) return stem.slice(0, cut);
  return null;
}

/**
 * Reads a folder laid out like PolNeAR's `data/<split>/`: `text/<article>.txt` and
 * `attributions/<article>_<annotator>.ann`. Articles without any annotation file are skipped.
 */
export function readPolnearSplit(folder: string): PolnearArticle[] {
  const textDir = join(folder, 'text');
  const annDir = join(folder, 'attributions');
  if (!isDir(folder)) throw new NotFoundError('no-data', `data folder ${folder} does not exist`);
  if (!isDir(textDir) || !isDir(annDir)) {
    throw new DataFormatError(
      'bad-layout',
      `${folder} must hold text/ and attributions/ folders, like PolNeAR's data/<split>/`,
      { folder },
    );
  }
  const names = new Set(
    readdirSync(textDir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => basename(f, '.txt')),
  );
  const byArticle = new Map<string, string[]>();
  for (const file of readdirSync(annDir)
    .filter((f) => f.endsWith('.ann'))
    .sort()) {
    const article = articleOf(file, names);
    if (!article) {
      throw new DataFormatError('orphan-ann', `${join(annDir, file)}: no matching text/<article>.txt`, {
        file,
      });
    }
    const list = byArticle.get(article) ?? [];
    list.push(file);
    byArticle.set(article, list);
  }
  if (byArticle.size === 0) {
    throw new DataFormatError('no-annotations', `${annDir} holds no .ann files`, { folder });
  }
  const out: PolnearArticle[] = [];
  for (const name of [...byArticle.keys()].sort()) {
    const text = readFileSync(join(textDir, `${name}.txt`), 'utf8');
    const annotations = (byArticle.get(name) ?? []).map((file) => {
      const path = join(annDir, file);
      return { file: path, relations: parseBrat(readFileSync(path, 'utf8'), path, text.length) };
    });
    out.push({ name, text, annotations });
  }
  return out;
}
