import { addFinding, template } from '../add-finding.js';
import type { Analysis, Analyzer, Attribution } from '../types.js';
import { collectQuotes } from './collect-quotes.js';
import { continueQuotes } from './continue-quotes.js';
import { extractSentence } from './extract-attributions.js';
import { loadAttributionLexicon } from './lexicon.js';
import { NameIndex } from './name-index.js';
import type { RawAttribution } from './raw-attribution.js';
import { type Speaker, SpeakerResolver } from './resolve-speakers.js';
import { TokenView } from './token-view.js';

export const ATTRIBUTION_ANALYZER = 'attribution';

const SKIPPED_KINDS = new Set(['byline']);

/**
 * Finds who said what: direct quotes, reported speech, "according to" and contested claims, with
 * the speaker's role and the outlet they spoke to. Speakers are named by the fullest form of their
 * name in the article ("Trump" → "Donald Trump"); he / she resolve to the last person named.
 */
export function createAttributionAnalyzer(): Analyzer {
  const lex = loadAttributionLexicon();
  const msg = lex.messages;
  return {
    name: ATTRIBUTION_ANALYZER,
    run(analysis: Analysis) {
      const v = new TokenView(analysis.doc);
      const raws: RawAttribution[] = [];
      const hasOwn = new Uint8Array(analysis.doc.sentences.length);
      for (const sentence of analysis.doc.sentences) {
        if (SKIPPED_KINDS.has(sentence.kind)) continue;
        let found: RawAttribution[] = [];
        try {
          const last = raws[raws.length - 1] ?? null;
          found = extractSentence(
            v,
            lex,
            sentence,
            last && last.sentence === sentence.index - 1 ? last : null,
          );
        } catch (error) {
          // A rule bug must not cost the rest of the article: skip the sentence and say so.
          analysis.warnings.push(
            `attribution: sentence ${sentence.index} skipped (${(error as Error).message})`,
          );
        }
        if (found.length > 0) hasOwn[sentence.index] = 1;
        raws.push(...found);
      }
      continueQuotes(v, raws, hasOwn);

      const names = new NameIndex(v, lex);
      const resolver = new SpeakerResolver(v, lex, names);
      const speakers = new Map<RawAttribution, Speaker>();
      let r = 0;
      for (const sentence of analysis.doc.sentences) {
        let named = false;
        while (r < raws.length && (raws[r] as RawAttribution).sentence === sentence.index) {
          const raw = raws[r] as RawAttribution;
          const speaker = resolver.speakerOf(raw, speakers);
          speakers.set(raw, speaker);
          if (speaker.person && raw.source && raw.source.end - raw.source.start > 0) named = true;
          r++;
        }
        resolver.endSentence(sentence.index, named);
      }

      for (const raw of raws) {
        const speaker = speakers.get(raw) ?? { name: null, role: null, person: false };
        let quoted = false;
        for (const q of v.quotesIn(raw.content.start, raw.content.end))
          if (q.end <= raw.content.end + 1) quoted = true;
        const kind = raw.kind === 'indirect' && quoted ? 'direct' : raw.kind;
        const cue = v.slice(raw.cue.start, raw.cue.end);
        const attribution: Attribution = {
          kind,
          source: speaker.name,
          sourceSpan: sourceSpanOf(v, raw),
          cue,
          cueSpan: { start: v.start[raw.cue.start] as number, end: v.end[raw.cue.end - 1] as number },
          content: raw.content,
          sentence: raw.sentence,
          speakerRole: speaker.role,
          outlet: raw.outlet,
          disputedBy: kind === 'contested' ? speaker.name : null,
        };
        analysis.attributions.push(attribution);
        report(analysis, attribution, msg, raw.cueClass ?? 'speech', raw.sharesSourceOf !== null);
      }

      for (const quote of collectQuotes(v, analysis.attributions)) {
        analysis.quotes.push(quote);
        const vars = {
          quote: `“${quote.text}”`,
          speaker: quote.speaker ?? 'an unnamed speaker',
          cue: quote.cue ?? '',
        };
        addFinding(analysis, ATTRIBUTION_ANALYZER, {
          ruleId: quote.speaker ? 'attribution/quote' : 'attribution/unattributed-quote',
          category: 'quote',
          severity: 'info',
          start: quote.start,
          end: quote.end,
          message: template(quote.speaker ? msg.quote.message : msg.quote.unattributed, vars),
          confidence: quote.speaker ? 0.85 : 0.6,
        });
      }
    },
  };
}

/** The source span as written; for ", adding ..." clauses, the span of the attribution they share. */
function sourceSpanOf(v: TokenView, raw: RawAttribution): Attribution['sourceSpan'] {
  let r: RawAttribution | null = raw;
  for (let hops = 0; r && !r.source && hops < 8; hops++) r = r.sharesSourceOf;
  const src = r?.source;
  return src ? { start: v.start[src.start] as number, end: v.end[src.end - 1] as number } : null;
}

function report(
  analysis: Analysis,
  a: Attribution,
  msg: ReturnType<typeof loadAttributionLexicon>['messages'],
  cueClass: NonNullable<RawAttribution['cueClass']>,
  shared: boolean,
): void {
  const vars = { source: a.source ?? 'an unnamed source', cue: a.cue ?? '', disputedBy: a.disputedBy ?? '' };
  if (a.kind === 'contested') {
    addFinding(analysis, ATTRIBUTION_ANALYZER, {
      ruleId: 'attribution/contested',
      category: 'contested-claim',
      severity: 'suggestion',
      start: a.content.start,
      end: a.content.end,
      message: template(msg.contested.message, vars),
      suggestion: msg.contested.suggestion,
      confidence: 0.8,
    });
    return;
  }
  // A shared source (", adding ...") lies in an earlier clause: the finding marks the cue alone.
  const spans = [a.cueSpan, shared ? null : a.sourceSpan].filter((s) => s !== null);
  const start = Math.min(...spans.map((s) => s.start));
  const end = Math.max(...spans.map((s) => s.end));
  addFinding(analysis, ATTRIBUTION_ANALYZER, {
    ruleId: `attribution/${cueClass !== 'speech' && a.kind === 'indirect' ? cueClass : a.kind}`,
    category: 'attribution',
    severity: 'info',
    start,
    end,
    message: template(
      (cueClass !== 'speech' && a.kind === 'indirect' ? msg.attribution[cueClass] : undefined) ??
        msg.attribution[a.kind] ??
        msg.attribution.indirect ??
        '',
      vars,
    ),
    confidence: cueClass === 'speech' ? 0.8 : 0.65,
  });
}
