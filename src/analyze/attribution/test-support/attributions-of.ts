import { createEngine } from '../../../engine/create-engine.js';
import { createAttributionAnalyzer } from '../index.js';

const engine = createEngine({ analyzers: [createAttributionAnalyzer()] });

/** Source, cue and content (as text) of each attribution the analyzer finds in `text`. */
export function attributions(text: string) {
  const report = engine.analyze(text, { forceLanguage: true });
  const slice = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);
  return report.attributions.map((a) => ({
    source: slice(a.sourceSpan),
    cue: a.cue,
    content: slice(a.content),
  }));
}
