import { createAnalysis, emptyMeta } from '../analyze/create-analysis.js';
import { defaultAnalyzers } from '../analyze/registry.js';
import type { Analyzer, ArticleMeta } from '../analyze/types.js';
import type { Severity } from '../finding.js';
import { buildReport } from '../report/build-report.js';
import type { Report } from '../report/model/report.js';
import { createDocument } from '../segment/create-document.js';
import { applyRuleConfig } from './apply-rule-config.js';
import { detectLanguage } from './detect-language.js';
import { applyInlineIgnores } from './inline-ignores.js';
import { fillMetaFromDocument } from './meta-from-document.js';
import { normalizeDate } from './normalize-date.js';
import { MAX_TEXT_CHARS, validateText } from './validate-text.js';

export interface AnalyzeOptions {
  meta?: Partial<ArticleMeta>;
  /** Publication date (YYYY-MM-DD) used to resolve "last week"; overrides meta.published. */
  date?: string;
  /** Name of the input, used in error messages. */
  source?: string;
  /** Analyze even when the text does not look English. */
  forceLanguage?: boolean;
  /** Warnings from earlier stages (decoding, extraction) to carry into the report. */
  warnings?: string[];
}

export interface EngineOptions {
  analyzers?: Analyzer[];
  /** Rule id, rule-id prefix or category → severity, or 'off'. */
  rules?: Record<string, Severity | 'off'>;
  maxChars?: number;
}

export interface Engine {
  analyze(text: string, options?: AnalyzeOptions): Report;
}

/** Builds the analyzers once; `analyze` then runs the whole pipeline on one text. */
export function createEngine(options: EngineOptions = {}): Engine {
  const analyzers = options.analyzers ?? defaultAnalyzers();
  const maxChars = options.maxChars ?? MAX_TEXT_CHARS;
  return {
    analyze(rawText, analyzeOptions = {}) {
      const source = analyzeOptions.source ?? 'input';
      validateText(rawText, maxChars, source);
      const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
      const meta: ArticleMeta = { ...emptyMeta(), ...stripUndefined(analyzeOptions.meta ?? {}) };
      const date = analyzeOptions.date ?? meta.published;
      meta.published = date ? normalizeDate(date) : null;
      meta.language = meta.language ?? detectLanguage(text);
      const doc = createDocument(text);
      fillMetaFromDocument(meta, doc);
      const analysis = createAnalysis(doc, meta, [...(analyzeOptions.warnings ?? [])]);
      const english = meta.language === 'en' || analyzeOptions.forceLanguage === true;
      if (english) {
        for (const analyzer of analyzers) {
          try {
            analyzer.run(analysis);
          } catch (error) {
            analysis.warnings.push(`analyzer ${analyzer.name} failed: ${(error as Error).message}`);
          }
        }
      } else {
        analysis.warnings.push(
          `the text looks like language "${meta.language}", not English; unspin analyzes English only`,
        );
      }
      applyInlineIgnores(analysis);
      if (options.rules) applyRuleConfig(analysis, options.rules);
      analysis.findings.sort(
        (a, b) => a.start - b.start || b.end - a.end || a.ruleId.localeCompare(b.ruleId),
      );
      return buildReport(analysis, english);
    },
  };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

let defaultEngine: Engine | null = null;

/** Analyzes one text with the default engine (built on first use). */
export function analyze(text: string, options: AnalyzeOptions = {}): Report {
  defaultEngine ??= createEngine();
  return defaultEngine.analyze(text, options);
}
