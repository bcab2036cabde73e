// The article's time expressions on a time axis. Unresolved ones are listed under it.
import { cap, h, svg } from '../dom.js';

const WIDTH = 300;
const DAY = 86_400_000;

/** Parses YYYY, YYYY-MM or YYYY-MM-DD (as the report normalizes them) to [startMs, endMs]. */
export function dateRange(date, dateEnd) {
  const start = parsePeriod(date);
  if (!start) return null;
  const end = dateEnd ? parsePeriod(dateEnd) : null;
  return [start[0], (end ?? start)[1]];
}

function parsePeriod(value) {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3]) {
    const t = Date.UTC(y, Number(m[2]) - 1, Number(m[3]));
    return [t, t + DAY];
  }
  if (m[2]) return [Date.UTC(y, Number(m[2]) - 1, 1), Date.UTC(y, Number(m[2]), 1)];
  return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
}

export function timelineChart(timeline, published) {
  const dated = [];
  const undated = [];
  for (const t of timeline ?? []) {
    const range = dateRange(t.date, t.dateEnd);
    if (range) dated.push({ t, range });
    else undated.push(t);
  }
  const pub = published ? dateRange(published, null) : null;
  const figure = h('figure', { class: 'chart-figure timeline' });
  if (dated.length === 0 && undated.length === 0) {
    figure.append(h('p', { class: 'muted', text: 'No dates or times mentioned.' }));
    return figure;
  }
  if (dated.length > 0) {
    let min = Math.min(...dated.map((d) => d.range[0]), pub ? pub[0] : Number.POSITIVE_INFINITY);
    let max = Math.max(...dated.map((d) => d.range[1]), pub ? pub[1] : Number.NEGATIVE_INFINITY);
    const pad = Math.max(DAY * 15, (max - min) * 0.08);
    min -= pad;
    max += pad;
    const x = (ms) => 8 + ((ms - min) / (max - min)) * (WIDTH - 16);
    dated.sort((a, b) => a.range[0] - b.range[0]);
    // Lay items out in lanes so that overlapping ones stack instead of hiding each other.
    const laneEnds = [];
    const placed = dated.map((d, i) => {
      const x0 = x(d.range[0]);
      const x1 = Math.max(x0 + 8, x(d.range[1]));
      let lane = laneEnds.findIndex((end) => end < x0 - 4);
      if (lane === -1) {
        lane = laneEnds.length;
        laneEnds.push(0);
      }
      laneEnds[lane] = Math.max(x1, x0 + 14);
      return { d, i, x0, x1, lane: Math.min(lane, 5) };
    });
    const lanesUsed = Math.min(6, laneEnds.length);
    const height = 24 + lanesUsed * 16;
    const chart = svg('svg', {
      viewBox: `0 0 ${WIDTH} ${height + 20}`,
      class: 'chart chart-timeline',
      role: 'img',
      'aria-label': `Timeline: ${dated.map((d) => `${d.t.date}${d.t.dateEnd ? ` to ${d.t.dateEnd}` : ''} (${cap(d.t.text, 40)})`).join('; ')}`,
    });
    chart.append(svg('line', { x1: 8, x2: WIDTH - 8, y1: height, y2: height, class: 'axis' }));
    for (const tick of ticks(min, max)) {
      chart.append(
        svg('line', { x1: x(tick.ms), x2: x(tick.ms), y1: height - 3, y2: height + 3, class: 'axis' }),
        svg('text', {
          x: x(tick.ms),
          y: height + 15,
          class: 'chart-tick',
          'text-anchor': 'middle',
          text: tick.label,
        }),
      );
    }
    if (pub) {
      chart.append(
        svg(
          'line',
          { x1: x(pub[0]), x2: x(pub[0]), y1: 4, y2: height, class: 'published-line' },
          svg('title', { text: `Published ${published}` }),
        ),
        svg('text', {
          x: x(pub[0]) - 3,
          y: 10,
          class: 'chart-tick published-label',
          'text-anchor': 'end',
          text: 'published',
        }),
      );
    }
    for (const p of placed) {
      const y = height - 12 - p.lane * 16;
      chart.append(
        svg(
          'rect',
          {
            x: p.x0.toFixed(1),
            y: y - 4,
            width: (p.x1 - p.x0).toFixed(1),
            height: 8,
            rx: 4,
            class: 'fill-time',
          },
          svg('title', {
            text: `${cap(p.d.t.text, 80)} → ${p.d.t.date}${p.d.t.dateEnd ? ` – ${p.d.t.dateEnd}` : ''}`,
          }),
        ),
        svg('text', { x: (p.x1 + 3).toFixed(1), y: y + 3.5, class: 'chart-value', text: String(p.i + 1) }),
      );
    }
    figure.append(chart);
  }
  const list = h('ol', { class: 'timeline-list' });
  for (const d of dated) {
    list.append(
      h(
        'li',
        {},
        h('time', { datetime: d.t.date, text: d.t.dateEnd ? `${d.t.date} – ${d.t.dateEnd}` : d.t.date }),
        ' ',
        h('q', { text: cap(d.t.text, 80) }),
      ),
    );
  }
  if (dated.length > 0) figure.append(list);
  if (undated.length > 0) {
    figure.append(
      h(
        'ul',
        { class: 'timeline-undated' },
        undated.map((t) =>
          h(
            'li',
            {},
            h('span', { class: 'muted', text: 'not dated' }),
            ' ',
            h('q', { text: cap(t.text, 80) }),
          ),
        ),
      ),
    );
  }
  return figure;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Year ticks for long spans, month ticks for short ones; at most ~6. */
function ticks(min, max) {
  const out = [];
  const spanYears = (max - min) / (365 * DAY);
  if (spanYears > 1.5) {
    const first = new Date(min).getUTCFullYear() + 1;
    const last = new Date(max).getUTCFullYear();
    const step = Math.max(1, Math.ceil((last - first + 1) / 6));
    for (let y = first; y <= last; y += step) out.push({ ms: Date.UTC(y, 0, 1), label: String(y) });
  } else {
    const d = new Date(min);
    let y = d.getUTCFullYear();
    let m = d.getUTCMonth() + 1;
    const months = [];
    for (;;) {
      if (m > 11) {
        m = 0;
        y += 1;
      }
      const ms = Date.UTC(y, m, 1);
      if (ms > max) break;
      months.push({ ms, label: m === 0 ? String(y) : MONTHS[m] });
      m += 1;
    }
    const step = Math.max(1, Math.ceil(months.length / 6));
    for (let i = 0; i < months.length; i += step) out.push(months[i]);
  }
  return out;
}
