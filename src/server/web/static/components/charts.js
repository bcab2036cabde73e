// Small SVG charts. Geometry comes from our own arithmetic; labels go in as textContent.
import { cap, h, pct, svg } from '../dom.js';
import { ROLES } from '../roles.js';

const WIDTH = 300;

/** One stacked bar of role shares (0..1), with a caption listing each share. */
export function roleShareChart(shares, title = 'Sentence roles') {
  const bar = svg('svg', {
    viewBox: `0 0 ${WIDTH} 18`,
    class: 'chart chart-stack',
    role: 'img',
    'aria-label': `${title}: ${ROLES.map((r) => `${r.label} ${pct(shares?.[r.id] ?? 0)}`).join(', ')}`,
  });
  let x = 0;
  for (const role of ROLES) {
    const share = clamp01(shares?.[role.id]);
    const w = share * WIDTH;
    if (w > 0) {
      bar.append(
        svg(
          'rect',
          { x: x.toFixed(2), y: 0, width: w.toFixed(2), height: 18, class: `fill-${role.id}` },
          svg('title', { text: `${role.label}: ${pct(share)}` }),
        ),
      );
    }
    x += w;
  }
  const caption = h(
    'ul',
    { class: 'chart-key' },
    ROLES.map((r) =>
      h(
        'li',
        {},
        h('span', { class: `swatch fill-${r.id}`, 'aria-hidden': 'true' }),
        `${r.label} ${pct(shares?.[r.id] ?? 0)}`,
      ),
    ),
  );
  return h('figure', { class: 'chart-figure' }, h('figcaption', { text: title }), bar, caption);
}

/**
 * Horizontal bars: items are {label, value, note?}. Values are scaled to the largest one (or `max`).
 */
export function barChart(items, { title, max, format = (v) => String(v), barClass = 'fill-bar' } = {}) {
  const rows = items.slice(0, 12);
  const top = max ?? Math.max(1e-9, ...rows.map((r) => Number(r.value) || 0));
  const rowHeight = 22;
  const labelWidth = 120;
  const valueWidth = 44;
  const barSpace = WIDTH - labelWidth - valueWidth;
  const chart = svg('svg', {
    viewBox: `0 0 ${WIDTH} ${Math.max(rowHeight, rows.length * rowHeight)}`,
    class: 'chart chart-bars',
    role: 'img',
    'aria-label': `${title ?? 'Chart'}: ${rows.map((r) => `${cap(r.label, 60)} ${format(r.value)}`).join(', ')}`,
  });
  rows.forEach((row, i) => {
    const y = i * rowHeight;
    const value = Math.max(0, Number(row.value) || 0);
    const w = Math.max(value > 0 ? 2 : 0, (value / top) * barSpace);
    chart.append(
      svg('text', {
        x: labelWidth - 6,
        y: y + 15,
        class: 'chart-label',
        'text-anchor': 'end',
        text: cap(row.label, 18),
      }),
      svg(
        'rect',
        { x: labelWidth, y: y + 4, width: w.toFixed(2), height: rowHeight - 8, rx: 2, class: barClass },
        svg('title', { text: `${cap(row.label, 120)}: ${format(row.value)}` }),
      ),
      svg('text', { x: labelWidth + w + 4, y: y + 15, class: 'chart-value', text: format(row.value) }),
    );
  });
  if (rows.length === 0) {
    chart.append(svg('text', { x: 0, y: 15, class: 'chart-label', text: 'none' }));
  }
  return h('figure', { class: 'chart-figure' }, title ? h('figcaption', { text: title }) : null, chart);
}

/** A meter from 0 to `max` with a marker at `value`. */
export function meter(value, { title, max = 10, format = (v) => String(v) } = {}) {
  const v = Math.max(0, Number(value) || 0);
  const w = Math.min(1, v / max) * WIDTH;
  const chart = svg(
    'svg',
    {
      viewBox: `0 0 ${WIDTH} 12`,
      class: 'chart chart-meter',
      role: 'img',
      'aria-label': `${title}: ${format(v)}`,
    },
    svg('rect', { x: 0, y: 0, width: WIDTH, height: 12, rx: 6, class: 'fill-track' }),
    svg('rect', { x: 0, y: 0, width: w.toFixed(2), height: 12, rx: 6, class: 'fill-meter' }),
  );
  return h(
    'figure',
    { class: 'chart-figure' },
    h('figcaption', {}, title, ' ', h('strong', { text: format(v) })),
    chart,
  );
}

function clamp01(value) {
  const n = Number(value);
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0;
}
