// The article body: paragraphs of sentences tinted by role, findings underlined as focusable marks.
import { h } from '../dom.js';
import { neutralWording } from '../neutral-wording.js';
import { roleClass, SEVERITIES } from '../roles.js';

/** Findings overlapping each sentence, as [sentenceIndex] → list of finding indexes. */
function findingsBySentence(sentences, findings) {
  const out = sentences.map(() => []);
  if (sentences.length === 0) return out;
  findings.forEach((f, i) => {
    if (!(Number.isFinite(f.start) && Number.isFinite(f.end)) || f.end <= f.start) return;
    let s = sentenceAt(sentences, f.start);
    while (s < sentences.length && sentences[s].start < f.end) {
      if (sentences[s].end > f.start) out[s].push(i);
      s += 1;
    }
  });
  return out;
}

/** Index of the last sentence starting at or before `offset` (binary search). */
function sentenceAt(sentences, offset) {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Splits a sentence at every finding boundary and wraps covered pieces in marks. */
function sentenceNode(sentence, indexes, findings) {
  const node = h('span', {
    class: `sentence ${roleClass(sentence.role)}`,
    'data-role': sentence.role,
    'data-index': sentence.index,
  });
  const text = String(sentence.text ?? '');
  const base = sentence.start;
  const end = base + text.length;
  if (indexes.length === 0) {
    node.textContent = text;
    return node;
  }
  const cuts = new Set([base, end]);
  for (const i of indexes) {
    const f = findings[i];
    cuts.add(Math.max(base, Math.min(end, f.start)));
    cuts.add(Math.max(base, Math.min(end, f.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  for (let p = 0; p + 1 < points.length; p++) {
    const a = points[p];
    const b = points[p + 1];
    const piece = text.slice(a - base, b - base);
    const covering = indexes.filter((i) => findings[i].start <= a && findings[i].end >= b);
    if (covering.length === 0) {
      node.append(document.createTextNode(piece));
      continue;
    }
    node.append(markNode(piece, covering, findings, a, b));
  }
  return node;
}

function markNode(piece, covering, findings, a, b) {
  const first = findings[covering[0]];
  const worst = covering.map((i) => findings[i].severity).find((s) => s === 'error' || s === 'warning');
  const severity = SEVERITIES.has(worst ?? first.severity) ? (worst ?? first.severity) : 'info';
  const mark = h('mark', {
    class: `finding sev-${severity}`,
    tabindex: 0,
    'data-f': covering.join(' '),
    'data-category': first.category,
  });
  let replacement = null;
  for (const index of covering) {
    const f = findings[index];
    if (f.start !== a || f.end !== b) continue;
    const wording = neutralWording(f);
    if (wording !== null) {
      replacement = wording;
      break;
    }
  }
  if (replacement !== null) {
    mark.classList.add('has-alt');
    mark.append(h('span', { class: 'orig', text: piece }), h('span', { class: 'alt', text: replacement }));
  } else {
    mark.textContent = piece;
  }
  return mark;
}

/** Builds the body of the article from the report's sentences and findings. */
export function articleText(report) {
  const sentences = Array.isArray(report.sentences) ? report.sentences : [];
  const findings = Array.isArray(report.findings) ? report.findings : [];
  const perSentence = findingsBySentence(sentences, findings);
  const body = h('div', { class: 'article-text', lang: report.article?.language ?? 'en' });
  let paragraph = null;
  let paragraphIndex = -1;
  sentences.forEach((sentence, i) => {
    if (!paragraph || sentence.paragraph !== paragraphIndex) {
      paragraphIndex = sentence.paragraph;
      paragraph = h('p', { class: `para kind-${sentence.kind === 'headline' ? 'headline' : 'body'}` });
      body.append(paragraph);
    } else {
      paragraph.append(document.createTextNode(' '));
    }
    if (sentence.kind === 'headline' || sentence.kind === 'byline') {
      paragraph.classList.add(`kind-${sentence.kind}`);
    }
    paragraph.append(sentenceNode(sentence, perSentence[i], findings));
  });
  return body;
}
