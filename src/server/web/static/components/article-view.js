// The article page: header, legend, "without the spin" toggle, tinted text and the side panel.
import { cap, h, safeHref } from '../dom.js';
import { ROLES } from '../roles.js';
import { articleText } from './article-text.js';
import { sidePanel } from './side-panel.js';
import { attachFindingTooltips } from './tooltip.js';

function metaLine(article) {
  const parts = [];
  if (article.outlet) {
    parts.push(
      h('a', { href: `#/outlet/${encodeURIComponent(article.outlet)}`, text: cap(article.outlet, 80) }),
    );
  }
  if (article.byline) parts.push(h('span', { text: cap(article.byline, 120) }));
  if (article.published) parts.push(h('time', { datetime: article.published, text: article.published }));
  if (article.words) parts.push(h('span', { text: `${article.words} words` }));
  if (article.url) {
    const href = safeHref(article.url);
    parts.push(
      href
        ? h('a', {
            href,
            rel: 'noopener noreferrer nofollow',
            target: '_blank',
            class: 'source-link',
            text: cap(article.url, 80),
          })
        : h('span', { class: 'source-link', text: cap(article.url, 80) }),
    );
  }
  const line = h('p', { class: 'article-meta' });
  parts.forEach((part, i) => {
    if (i > 0) line.append(h('span', { class: 'sep', 'aria-hidden': 'true', text: ' · ' }));
    line.append(part);
  });
  return line;
}

function legend(scores) {
  const counts = scores?.roleCounts ?? {};
  return h(
    'ul',
    { class: 'legend', 'aria-label': 'Sentence roles' },
    ROLES.map((r) =>
      h(
        'li',
        { class: `legend-item role-${r.id}`, title: r.hint },
        h('span', { class: 'legend-label', text: r.label }),
        h('span', { class: 'count', text: counts[r.id] ?? 0 }),
      ),
    ),
    h(
      'li',
      { class: 'legend-item legend-finding' },
      h('span', { class: 'legend-underline', text: 'Finding' }),
    ),
  );
}

/** Renders a report (as the API returns it). `extra` holds page-specific buttons for the header. */
export function articleView(report, { extra = null } = {}) {
  performance.mark('unspin:article:start');
  const article = report.article ?? {};
  const title = article.title ? cap(article.title, 300) : 'Untitled article';
  const text = articleText(report);
  const toggle = h('button', {
    type: 'button',
    class: 'toggle',
    'aria-pressed': 'false',
    text: 'Without the spin',
  });
  toggle.addEventListener('click', () => {
    const on = toggle.getAttribute('aria-pressed') !== 'true';
    toggle.setAttribute('aria-pressed', String(on));
    text.classList.toggle('unspun', on);
  });
  const warnings = (report.warnings ?? []).map((w) => h('li', { text: cap(w, 300) }));
  const view = h(
    'article',
    { class: 'article-page' },
    h(
      'header',
      { class: 'article-head' },
      h('h1', { text: title }),
      metaLine(article),
      report.summary ? h('p', { class: 'summary', text: cap(report.summary, 1000) }) : null,
      warnings.length > 0 ? h('ul', { class: 'warnings', role: 'status' }, warnings) : null,
      extra,
    ),
    h(
      'div',
      { class: 'article-layout' },
      h(
        'section',
        { class: 'article-main', 'aria-label': 'Article with roles and findings' },
        h('div', { class: 'toolbar' }, legend(report.scores), toggle),
        h('p', {
          class: 'hint muted',
          text: 'Underlined words are findings: hover or tab to them for details.',
        }),
        text,
      ),
      sidePanel(report),
    ),
  );
  attachFindingTooltips(text, Array.isArray(report.findings) ? report.findings : []);
  return view;
}

/** Call after the view is in the document: closes the render measurement. */
export function markArticleRendered() {
  // Forces style and layout so that the measurement includes them, not only building the DOM.
  document.body.getBoundingClientRect();
  performance.mark('unspin:article:end');
  try {
    performance.measure('unspin:article-render', 'unspin:article:start', 'unspin:article:end');
  } catch {
    // the start mark is missing when nothing was rendered
  }
}
