import { createEngine } from '../../engine/create-engine.js';
import { UnspinError } from '../../errors/index.js';
import {
  dedupePredictions,
  matchAttributions,
  type PredictedAttribution,
} from '../attribution/match-attributions.js';
import { readPolnearSplit } from '../attribution/read-polnear.js';
import type { EvalTask, SpanResult } from '../types.js';

const ratio = (a: number, b: number): number => (b > 0 ? a / b : 0);
const f1 = (p: number, r: number): number => (p + r > 0 ? (2 * p * r) / (p + r) : 0);

/**
 * Scores the engine's `attributions` against PolNeAR source / cue / content annotations.
 * Each article is run through the full default engine once. Its counts (predicted, gold, matched)
 * are averaged over that article's annotator files, then summed over articles (micro average).
 */
export const attributionTask: EvalTask = {
  name: 'attribution',
  description:
    'attribution source and content spans vs PolNeAR brat annotations (folder with text/, attributions/)',
  async run(dataPath: string): Promise<SpanResult> {
    const articles = readPolnearSplit(dataPath);
    const engine = createEngine();
    let predicted = 0;
    let gold = 0;
    let matched = 0;
    let strictMatched = 0;
    let annotationFiles = 0;
    const failures: string[] = [];
    for (const article of articles) {
      let preds: PredictedAttribution[];
      try {
        const report = engine.analyze(article.text, { source: article.name, forceLanguage: true });
        preds = dedupePredictions(report.attributions);
      } catch (error) {
        if (!(error instanceof UnspinError)) throw error;
        failures.push(`${article.name}: ${error.message}`);
        preds = [];
      }
      const k = article.annotations.length;
      annotationFiles += k;
      for (const ann of article.annotations) {
        const counts = matchAttributions(preds, ann.relations);
        predicted += counts.predicted / k;
        gold += counts.gold / k;
        matched += counts.matched / k;
        strictMatched += counts.strictMatched / k;
      }
    }
    const precision = ratio(matched, predicted);
    const recall = ratio(matched, gold);
    const strictPrecision = ratio(strictMatched, predicted);
    const strictRecall = ratio(strictMatched, gold);
    const round = (v: number) => Math.round(v * 100) / 100;
    return {
      task: 'attribution',
      precision,
      recall,
      f1: f1(precision, recall),
      strictPrecision,
      strictRecall,
      strictF1: f1(strictPrecision, strictRecall),
      articles: articles.length,
      annotationFiles,
      counts: {
        predicted: round(predicted),
        gold: round(gold),
        matched: round(matched),
        strictMatched: round(strictMatched),
      },
      failures,
    };
  },
};
