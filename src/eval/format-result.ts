import type { ClassificationResult, EvalResult } from './types.js';

export function isClassification(result: EvalResult): result is ClassificationResult {
  return typeof (result as ClassificationResult).macroF1 === 'number' && 'confusion' in result;
}

const pct = (v: number) => v.toFixed(3);

/** Human-readable table of an evaluation result. */
export function formatEvalResult(result: EvalResult): string {
  const lines: string[] = [`task: ${result.task}`];
  if (isClassification(result)) {
    lines.push(`n: ${result.n}`, '', 'class            precision  recall  f1     support');
    for (const [label, m] of Object.entries(result.classes)) {
      lines.push(
        `${label.padEnd(16)} ${pct(m.precision).padStart(9)}  ${pct(m.recall).padStart(6)}  ${pct(m.f1)}  ${m.support}`,
      );
    }
    lines.push('', `macro-F1: ${pct(result.macroF1)}`);
    if (typeof result.microF1 === 'number') lines.push(`micro-F1: ${pct(result.microF1)}`);
    lines.push('', 'confusion (rows gold, columns predicted):');
    const labels = Object.keys(result.confusion);
    lines.push(`${''.padEnd(16)} ${labels.map((l) => l.padStart(12)).join('')}`);
    for (const gold of labels) {
      const row = labels.map((p) => String(result.confusion[gold]?.[p] ?? 0).padStart(12)).join('');
      lines.push(`${gold.padEnd(16)} ${row}`);
    }
  } else {
    for (const [key, value] of Object.entries(result)) {
      if (key === 'task') continue;
      const shown =
        typeof value !== 'number'
          ? JSON.stringify(value)
          : Number.isInteger(value)
            ? String(value)
            : pct(value);
      lines.push(`${key}: ${shown}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
