// The drop-in neutral wording for a finding, read from its suggestion, for the "without the spin" view.
import { REPLACEABLE } from './roles.js';

const QUOTED = '["“]([^"”]{1,60})["”]';
const OFFER = new RegExp(String.raw`(?:such as|^use|instead of it,? use)\s+${QUOTED}`, 'i');
const CUT = new RegExp(String.raw`^(?:cut|drop|remove)\s+${QUOTED}`, 'i');

/**
 * Returns the words that replace the finding's text, '' to leave the text out, or null when the
 * suggestion is advice rather than a replacement ("Name the source…").
 */
export function neutralWording(finding) {
  if (!REPLACEABLE.has(finding.category) || typeof finding.suggestion !== 'string') return null;
  const suggestion = finding.suggestion.trim();
  const offered = OFFER.exec(suggestion);
  if (offered) return matchCase(finding.text ?? '', offered[1]);
  const cut = CUT.exec(suggestion);
  if (cut && cut[1].toLowerCase() === String(finding.text ?? '').toLowerCase()) return '';
  if (suggestion.length <= 30 && !/[.!?:;]/.test(suggestion) && suggestion.split(/\s+/).length <= 3) {
    return matchCase(finding.text ?? '', suggestion);
  }
  return null;
}

function matchCase(model, replacement) {
  if (model.length > 1 && model === model.toUpperCase() && /\p{Lu}/u.test(model))
    return replacement.toUpperCase();
  if (/^\p{Lu}/u.test(model)) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}
