import type { ArticleMeta, Entity, Role } from '../../analyze/types.js';
import type { Engine } from '../../engine/create-engine.js';
import type { Finding } from '../../finding.js';
import type { Report } from '../../report/model/report.js';

/**
 * Invented articles for store, CLI and API tests (written for these tests; no news or dataset text).
 * `fixtureText(i)` gives a different article for every i.
 */
const TOWNS = ['Elmbridge', 'Harwick', 'Lowmoor', 'Caldport', 'Fenwater', 'Ashby Cross', 'Morrow Bay'];
const TOPICS = ['the new tram line', 'the harbour wall', 'school lunches', 'the library budget', 'bus fares'];
const SPEAKERS = ['Mayor Ada Quill', 'Councillor Bram Otter', 'Inspector Jo Lark', 'Dr. Wen Reyes'];

export function fixtureText(i: number): string {
  const town = TOWNS[i % TOWNS.length];
  const topic = TOPICS[Math.floor(i / TOWNS.length) % TOPICS.length];
  const speaker = SPEAKERS[i % SPEAKERS.length];
  return [
    `${town} council votes on ${topic} (item ${i})`,
    '',
    `The council in ${town} voted on Tuesday to review ${topic}, item number ${i} on its agenda.`,
    `"We owe residents a clear answer by spring," ${speaker} said after the meeting.`,
    `Officials said the review would cost about ${(i % 9) + 1}00,000 pounds and take ${(i % 5) + 2} months.`,
    `Critics called the plan a reckless waste, and some residents said the process had been rushed.`,
  ].join('\n');
}

/** Analyzes a fixture with the real engine. */
export function fixtureReport(engine: Engine, text: string, meta: Partial<ArticleMeta> = {}): Report {
  return engine.analyze(text, { meta, source: 'fixture' });
}

export interface ExtraFacts {
  entities?: { name: string; type: Entity['type']; mentions?: number }[];
  /** Findings to add: category and the words found. */
  findings?: { category: string; text: string }[];
  voices?: { name: string; quotes: number; citations?: number }[];
  roleShares?: Partial<Record<Role, number>>;
  engine?: { version: string; models?: Record<string, string> };
}

/**
 * A copy of a real report whose entities, findings or voices are REPLACED by the given ones (when given),
 * so that store filters and aggregates are tested independently of what the analyzers find today.
 */
export function withFacts(report: Report, extra: ExtraFacts): Report {
  const copy = structuredClone(report);
  if (extra.entities) {
    copy.entities = extra.entities.map((e, i) => ({
      id: `e${i}`,
      name: e.name,
      type: e.type,
      mentions: Array.from({ length: e.mentions ?? 1 }, (_, k) => ({
        start: k,
        end: k + 1,
        text: e.name,
        sentence: 0,
      })),
      roles: [],
      affiliation: null,
    }));
  }
  if (extra.findings) {
    copy.findings = extra.findings.map(
      (f): Finding => ({
        ruleId: `${f.category}/test`,
        category: f.category,
        analyzer: 'test',
        severity: 'warning',
        start: 0,
        end: f.text.length,
        line: 1,
        column: 1,
        text: f.text,
        message: `Found "${f.text}".`,
        suggestion: null,
        sentence: 0,
        confidence: 1,
        url: null,
      }),
    );
    copy.scores.findingsByCategory = {};
    for (const f of copy.findings) {
      copy.scores.findingsByCategory[f.category] = (copy.scores.findingsByCategory[f.category] ?? 0) + 1;
    }
  }
  if (extra.voices) {
    copy.scores.voices = extra.voices.map((v) => ({
      name: v.name,
      role: null,
      affiliation: null,
      quotes: v.quotes,
      citations: v.citations ?? 0,
    }));
  }
  Object.assign(copy.scores.roleShares, extra.roleShares ?? {});
  if (extra.engine) copy.engine = { version: extra.engine.version, models: extra.engine.models ?? {} };
  return copy;
}
