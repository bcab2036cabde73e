import type { Report } from './model/report.js';

function md(text: string): string {
  return text.replace(/([\\`*_[\]<>|#])/g, '\\$1').replace(/\s+/g, ' ');
}

/** A Markdown report: summary, scores, sentences by role, findings, voices, timeline. */
export function formatMarkdown(report: Report, path: string): string {
  const a = report.article;
  const out: string[] = [];
  out.push(`# unspin report: ${md(a.title ?? path)}`, '');
  const meta = [
    a.outlet && `**Outlet:** ${md(a.outlet)}`,
    a.byline && `**Byline:** ${md(a.byline)}`,
    a.published && `**Published:** ${a.published}`,
    `**Words:** ${a.words}`,
  ].filter(Boolean);
  out.push(meta.join(' · '), '', `> ${md(report.summary)}`, '');
  const s = report.scores;
  out.push('## Scores', '', '| measure | value |', '|---|---|');
  for (const role of ['quote', 'reported', 'factual', 'opinion'] as const) {
    out.push(`| ${role} sentences | ${s.roleCounts[role]} (${Math.round(s.roleShares[role] * 100)}%) |`);
  }
  out.push(`| attributed share | ${Math.round(s.attributedShare * 100)}% |`);
  out.push(
    `| loaded words per 100 words | ${s.loadedPer100Words} |`,
    `| vague sources | ${s.vagueAttributions} |`,
    '',
  );
  out.push('## Sentences', '', '| # | role | text |', '|---|---|---|');
  for (const sentence of report.sentences) {
    const who = sentence.speaker ? ` (${md(sentence.speaker)})` : '';
    out.push(`| ${sentence.index + 1} | ${sentence.role}${who} | ${md(sentence.text)} |`);
  }
  out.push('', '## Findings', '');
  if (!report.findings.length) out.push('None.');
  for (const f of report.findings) {
    const fix = f.suggestion ? ` Suggestion: ${md(f.suggestion)}.` : '';
    out.push(
      `- **${f.ruleId}** (${f.severity}) line ${f.line}:${f.column} “${md(f.text)}”: ${md(f.message)}${fix}`,
    );
  }
  if (s.voices.length) {
    out.push('', '## Voices', '');
    for (const v of s.voices) {
      const role = v.role ? `, ${md(v.role)}` : '';
      out.push(`- ${md(v.name)}${role}: ${v.quotes} quote(s), ${v.citations} citation(s)`);
    }
  }
  if (report.timeline.length) {
    out.push('', '## Timeline', '');
    for (const t of report.timeline)
      out.push(`- ${t.date ?? '?'}: “${md(t.text)}” (sentence ${t.sentence + 1})`);
  }
  if (report.warnings.length) out.push('', '## Warnings', '', ...report.warnings.map((w) => `- ${md(w)}`));
  return `${out.join('\n')}\n`;
}
