import type { Analysis, Analyzer, SentenceRole } from '../types.js';

/** Placeholder: every sentence is factual until the real role model lands. */
export function createRolesAnalyzer(): Analyzer {
  return {
    name: 'roles',
    run(analysis: Analysis) {
      for (let i = 0; i < analysis.doc.sentences.length; i++) {
        const role: SentenceRole = { role: 'factual', confidence: 0.5, speaker: null, evidence: [] };
        analysis.roles.push(role);
      }
    },
  };
}
