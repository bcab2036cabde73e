// Library page: full-text search, filters, a sortable table and "more" paging.
import { listArticles, listOutlets } from '../api.js';
import { cap, h, pct } from '../dom.js';
import {
  rowFindings,
  rowLoaded,
  rowOpinion,
  rowOutlet,
  rowPublished,
  rowTitle,
  rowWords,
} from '../fields.js';
import { errorBox } from './common.js';

const COLUMNS = [
  { key: 'title', label: 'Title' },
  { key: 'outlet', label: 'Outlet' },
  { key: 'published', label: 'Published' },
  { key: 'words', label: 'Words', num: true },
  { key: 'opinion', label: 'Opinion', num: true },
  { key: 'loaded', label: 'Loaded /100w', num: true },
  { key: 'findings', label: 'Findings', num: true, unsortable: true },
];

/** Keys the API sorts ascending when the sort has no +/- prefix. */
const ASCENDING_BY_DEFAULT = new Set(['title', 'outlet']);

function sortState(value) {
  const key = value.replace(/^[-+]/, '');
  const descending = value.startsWith('-')
    ? true
    : value.startsWith('+')
      ? false
      : !ASCENDING_BY_DEFAULT.has(key);
  return { key, descending };
}

const FILTERS = ['q', 'outlet', 'from', 'to', 'entity', 'category', 'role', 'sort'];

const CATEGORIES = [
  'loaded-language',
  'partisan-label',
  'intensifier',
  'generalization',
  'vague-attribution',
  'unattributed-claim',
  'contested-claim',
  'hedge',
  'propaganda',
  'checkworthy',
];

const OPINION_LEVELS = [
  ['', 'Any'],
  ['opinion>=0.1', '10% or more'],
  ['opinion>=0.25', '25% or more'],
  ['opinion>=0.5', '50% or more'],
  ['opinion=0', 'None'],
];

function select(name, current, options) {
  return h(
    'select',
    { name },
    options.map(([value, label]) => h('option', { value, text: label, selected: value === current })),
  );
}

function field(label, input) {
  return h('label', { class: 'field' }, h('span', { class: 'field-label', text: label }), input);
}

export async function renderLibraryPage(view, params) {
  const q = h('input', {
    type: 'search',
    name: 'q',
    value: params.get('q') ?? '',
    placeholder: 'Words, names, phrases',
  });
  const outlet = h('select', { name: 'outlet' }, h('option', { value: '', text: 'All outlets' }));
  const from = h('input', { type: 'date', name: 'from', value: params.get('from') ?? '' });
  const to = h('input', { type: 'date', name: 'to', value: params.get('to') ?? '' });
  const entity = h('input', {
    type: 'text',
    name: 'entity',
    value: params.get('entity') ?? '',
    placeholder: 'Person or organization',
  });
  const category = select('category', params.get('category') ?? '', [
    ['', 'Any'],
    ...CATEGORIES.map((c) => [c, c.replace('-', ' ')]),
  ]);
  const role = select('role', params.get('role') ?? '', OPINION_LEVELS);
  const form = h(
    'form',
    { class: 'library-filters', role: 'search', 'aria-label': 'Search the library' },
    field('Search', q),
    field('Outlet', outlet),
    field('From', from),
    field('To', to),
    field('Entity', entity),
    field('Has finding', category),
    field('Opinion share', role),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', text: 'Search' })),
  );
  const sort = params.get('sort') ?? '';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [key, el] of [
      ['q', q],
      ['outlet', outlet],
      ['from', from],
      ['to', to],
      ['entity', entity],
      ['category', category],
      ['role', role],
    ]) {
      if (el.value.trim()) next.set(key, el.value.trim());
    }
    if (sort) next.set('sort', sort);
    location.hash = `#/library?${next.toString()}`;
  });

  const status = h('p', { class: 'status muted', role: 'status', 'aria-live': 'polite' });
  const tbody = h('tbody');
  const table = h(
    'table',
    { class: 'library-table' },
    h('caption', { class: 'visually-hidden', text: 'Articles in the library' }),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        COLUMNS.map((col) => headerCell(col, params)),
      ),
    ),
    tbody,
  );
  const more = h('button', { type: 'button', class: 'more', hidden: true, text: 'Show more' });
  view.replaceChildren(
    h(
      'section',
      { class: 'page library-page' },
      h('h1', { text: 'Library' }),
      form,
      status,
      h('div', { class: 'table-wrap' }, table),
      more,
    ),
  );

  listOutlets()
    .then((outlets) => {
      const wanted = params.get('outlet') ?? '';
      for (const o of outlets) {
        const name = String(o.outlet ?? o.name ?? '');
        if (!name) continue;
        outlet.append(h('option', { value: name, text: cap(name, 60), selected: name === wanted }));
      }
      if (wanted && outlet.value !== wanted)
        outlet.append(h('option', { value: wanted, text: wanted, selected: true }));
    })
    .catch(() => {});

  const query = {};
  for (const key of FILTERS) if (params.get(key)) query[key] = params.get(key);
  let shown = 0;
  const load = async (cursor) => {
    status.textContent = 'Searching…';
    more.hidden = true;
    try {
      const page = await listArticles(cursor ? { ...query, cursor } : query);
      for (const row of page.items) tbody.append(rowNode(row));
      shown += page.items.length;
      status.textContent =
        shown === 0
          ? 'No articles match.'
          : `${shown}${page.total !== null ? ` of ${page.total}` : ''} articles`;
      if (page.nextCursor) {
        more.hidden = false;
        more.onclick = () => load(page.nextCursor);
      }
    } catch (error) {
      status.replaceChildren(errorBox(error));
    }
  };
  await load(null);
}

function headerCell(col, params) {
  if (col.unsortable)
    return h('th', { scope: 'col', class: `${col.num ? 'num ' : ''}col-${col.key}`, text: col.label });
  const current = sortState(params.get('sort') ?? '');
  const active = current.key === col.key;
  const descending = active && current.descending;
  const next = new URLSearchParams(params);
  next.delete('cursor');
  const firstDescending = !ASCENDING_BY_DEFAULT.has(col.key);
  const nextDescending = active ? !descending : firstDescending;
  next.set('sort', `${nextDescending ? '-' : '+'}${col.key}`);
  return h(
    'th',
    {
      scope: 'col',
      class: `${col.num ? 'num ' : ''}col-${col.key}`,
      'aria-sort': active ? (descending ? 'descending' : 'ascending') : 'none',
    },
    h(
      'a',
      { href: `#/library?${next.toString()}`, class: 'sort-link' },
      col.label,
      h('span', {
        class: 'sort-mark',
        'aria-hidden': 'true',
        text: active ? (descending ? ' ▼' : ' ▲') : '',
      }),
    ),
  );
}

function rowNode(row) {
  const id = String(row.id ?? '');
  const title = rowTitle(row);
  const outlet = rowOutlet(row);
  const opinion = rowOpinion(row);
  const loaded = rowLoaded(row);
  return h(
    'tr',
    {},
    h(
      'td',
      { class: 'title-cell' },
      h('a', { href: `#/article/${encodeURIComponent(id)}`, text: cap(title || 'Untitled article', 160) }),
    ),
    h(
      'td',
      {},
      outlet ? h('a', { href: `#/outlet/${encodeURIComponent(outlet)}`, text: cap(outlet, 60) }) : '–',
    ),
    h('td', { class: 'col-published', text: rowPublished(row) ?? '–' }),
    h('td', { class: 'num col-words', text: rowWords(row) ?? '–' }),
    h('td', { class: 'num', text: opinion === null ? '–' : pct(opinion) }),
    h('td', { class: 'num col-loaded', text: loaded === null ? '–' : Number(loaded).toFixed(1) }),
    h('td', { class: 'num', text: rowFindings(row) ?? '–' }),
  );
}
