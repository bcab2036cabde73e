import { describe, expect, it } from 'vitest';
import { createDocument } from '../../segment/create-document.js';
import { addFinding } from '../add-finding.js';
import { createAnalysis } from '../create-analysis.js';
import type { Analysis } from '../types.js';
import { createRolesAnalyzer } from './roles-analyzer.js';

function analysisOf(text: string): Analysis {
  return createAnalysis(createDocument(text));
}

const span = (text: string, part: string) => ({
  start: text.indexOf(part),
  end: text.indexOf(part) + part.length,
});

const TEXT =
  'The bridge opened in 2019. "It is a fine bridge," the mayor said. The engineer said it cost $4 million. ' +
  'This disastrous bridge is a shameful waste. Critics say it was rushed.';

function analyzed(extra: (a: Analysis) => void = () => {}): Analysis {
  const a = analysisOf(TEXT);
  const quote = a.doc.quotes[0]!;
  a.quotes.push({
    speaker: 'the mayor',
    speakerRole: null,
    text: 'It is a fine bridge,',
    cue: 'said',
    start: quote.start,
    end: quote.end,
    sentence: 1,
    outlet: null,
  });
  a.attributions.push({
    kind: 'indirect',
    source: 'The engineer',
    sourceSpan: span(TEXT, 'The engineer'),
    cue: 'said',
    cueSpan: span(TEXT, 'said it'),
    content: span(TEXT, 'it cost $4 million'),
    sentence: 2,
    speakerRole: 'engineer',
    outlet: null,
    disputedBy: null,
  });
  a.attributions.push({
    kind: 'indirect',
    source: 'Critics',
    sourceSpan: span(TEXT, 'Critics'),
    cue: 'say',
    cueSpan: span(TEXT, 'say'),
    content: span(TEXT, 'it was rushed'),
    sentence: 4,
    speakerRole: null,
    outlet: null,
    disputedBy: null,
  });
  for (const word of ['disastrous', 'shameful']) {
    addFinding(a, 'test', {
      ruleId: `loaded-language/${word}`,
      category: 'loaded-language',
      severity: 'warning',
      ...span(TEXT, word),
      message: word,
      confidence: 0.9,
    });
  }
  addFinding(a, 'test', {
    ruleId: 'vague-attribution/critics',
    category: 'vague-attribution',
    severity: 'warning',
    ...span(TEXT, 'Critics say'),
    message: 'vague',
  });
  extra(a);
  createRolesAnalyzer().run(a);
  return a;
}

describe('roles analyzer', () => {
  it('gives every sentence exactly one role from the evidence', () => {
    const a = analyzed();
    expect(a.roles.map((r) => r.role)).toEqual(['factual', 'quote', 'reported', 'opinion', 'factual']);
    expect(a.roles[1]).toMatchObject({ speaker: 'the mayor' });
    expect(a.roles[2]).toMatchObject({ speaker: 'The engineer' });
    expect(a.roles[3]!.evidence).toEqual([
      'loaded-language/disastrous',
      'loaded-language/shameful',
      'opinion-score=2',
    ]);
  });

  it('does not count a vague source ("Critics say") as a named one', () => {
    expect(analyzed().roles[4]!.role).not.toBe('reported');
  });

  it('ignores loaded words inside quotations', () => {
    const a = analyzed((x) => {
      addFinding(x, 'test', {
        ruleId: 'loaded-language/fine',
        category: 'loaded-language',
        severity: 'warning',
        ...span(TEXT, 'fine'),
        message: 'fine',
      });
    });
    expect(a.roles[1]!.role).toBe('quote');
    expect(a.roles[1]!.evidence).not.toContain('loaded-language/fine');
  });

  it('lets a subjectivity classifier tip a sentence into opinion', () => {
    const a = analyzed((x) => {
      x.sentenceScores.subjectivity = Float64Array.from([0.99, 0.5, 0.5, 0.5, 0.5]);
      x.sentenceScores.bias = Float64Array.from([0.99, 0.5, 0.5, 0.5, 0.5]);
    });
    expect(a.roles[0]!.role).toBe('opinion');
    expect(a.roles[0]!.evidence.some((e) => e.startsWith('classifier:subjectivity'))).toBe(true);
  });
});
