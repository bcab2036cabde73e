import { DataFormatError } from '../../errors/index.js';
import type { Span } from '../../segment/types.js';

/** One gold attribution relation of a PolNeAR `.ann` file (brat standoff). */
export interface GoldAttribution {
  /** Relation id, e.g. `E3`. */
  id: string;
  /** Source fragments; empty for `Attribution-no-source`. */
  source: Span[];
  cue: Span[];
  /** Content fragments (`Content` and `Content2` together), sorted. */
  content: Span[];
}

interface TextBound {
  type: string;
  spans: Span[];
}

const ID = /^([TERAMN#*]|AnnotatorNotes)(\d*)$/;

/**
 * Parses a brat `.ann` file into attribution relations (`E` lines linking `Source`, `Cue`,
 * `Content` and `Content2` text-bound annotations). `Discuss` and `Discard` spans, notes and
 * relations without content are ignored. A `T` line's text may run onto following lines when the
 * annotated span holds a line break; those continuation lines are skipped.
 * Throws DataFormatError naming the file and line for anything else that does not parse.
 */
export function parseBrat(
  ann: string,
  file: string,
  textLength = Number.POSITIVE_INFINITY,
): GoldAttribution[] {
  const bounds = new Map<string, TextBound>();
  const events: { id: string; args: [string, string][]; line: number }[] = [];
  const lines = ann.split(/\r?\n/);
  let lastWasTextBound = false;
  const fail = (line: number, why: string): never => {
    throw new DataFormatError('bad-ann', `${file}:${line}: ${why}`, { file, line });
  };
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n] as string;
    const lineNo = n + 1;
    if (raw.trim() === '') continue;
    const fields = raw.split('\t');
    const head = fields[0] as string;
    if (fields.length < 2 || !ID.test(head)) {
      if (lastWasTextBound) continue; // the rest of a span text that held a line break
      fail(lineNo, `expected "<id>\\t<annotation>", got "${raw.slice(0, 60)}"`);
    }
    lastWasTextBound = false;
    const body = fields[1] as string;
    if (head.startsWith('T')) {
      const space = body.indexOf(' ');
      if (space < 0) fail(lineNo, `text-bound annotation ${head} has no offsets`);
      const type = body.slice(0, space);
      const spans: Span[] = [];
      for (const part of body.slice(space + 1).split(';')) {
        const m = /^\s*(\d+)\s+(\d+)\s*$/.exec(part);
        if (!m) fail(lineNo, `bad offsets "${part}" in ${head}`);
        const start = Number(m?.[1]);
        const end = Number(m?.[2]);
        if (end < start || end > textLength)
          fail(lineNo, `offsets ${start} ${end} of ${head} are out of range`);
        spans.push({ start, end });
      }
      bounds.set(head, { type, spans });
      lastWasTextBound = true;
    } else if (head.startsWith('E')) {
      const args: [string, string][] = [];
      for (const arg of body.trim().split(/\s+/)) {
        const colon = arg.lastIndexOf(':');
        if (colon <= 0) fail(lineNo, `bad argument "${arg}" in ${head}`);
        args.push([arg.slice(0, colon), arg.slice(colon + 1)]);
      }
      events.push({ id: head, args, line: lineNo });
    }
  }
  const out: GoldAttribution[] = [];
  for (const event of events) {
    const rel: GoldAttribution = { id: event.id, source: [], cue: [], content: [] };
    for (const [role, ref] of event.args) {
      const bound = bounds.get(ref);
      if (!bound) fail(event.line, `${event.id} refers to ${ref}, which is not defined`);
      const spans = bound?.spans ?? [];
      if (role === 'Source') rel.source.push(...spans);
      else if (role === 'Cue') rel.cue.push(...spans);
      else if (role.startsWith('Content')) rel.content.push(...spans);
    }
    if (rel.content.length === 0) continue;
    rel.content.sort((a, b) => a.start - b.start);
    rel.source.sort((a, b) => a.start - b.start);
    out.push(rel);
  }
  return out;
}
