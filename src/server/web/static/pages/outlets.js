// Outlets: the list of outlets (#/outlets) and one outlet's aggregate charts (#/outlet/<name>).
import { getOutlet, listArticles, listOutlets } from '../api.js';
import { barChart, meter, roleShareChart } from '../components/charts.js';
import { cap, h, pct } from '../dom.js';
import { pairs, pick, rowPublished, rowTitle } from '../fields.js';
import { errorBox, loading } from './common.js';

const nameOf = (o) => String(pick(o, 'outlet', 'name') ?? '');
const countOf = (o) => Number(pick(o, 'articles', 'count', 'articleCount') ?? 0);
const sharesOf = (o) => pick(o, 'avgRoleShares', 'roleShares') ?? {};
const opinionOf = (o) => Number(pick(o, 'avgRoleShares.opinion', 'roleShares.opinion') ?? 0);
const loadedOf = (o) => Number(pick(o, 'avgLoadedPer100Words', 'loadedPer100Words') ?? 0);

export async function renderOutletsPage(view) {
  view.replaceChildren(loading());
  try {
    const outlets = (await listOutlets()).filter((o) => nameOf(o));
    const list = h(
      'ul',
      { class: 'outlet-list' },
      outlets.map((o) =>
        h(
          'li',
          {},
          h('a', { href: `#/outlet/${encodeURIComponent(nameOf(o))}`, text: cap(nameOf(o), 80) }),
          h('span', { class: 'muted', text: ` ${countOf(o)} articles · opinion ${pct(opinionOf(o))}` }),
        ),
      ),
    );
    view.replaceChildren(
      h(
        'section',
        { class: 'page outlets-page' },
        h('h1', { text: 'Outlets' }),
        outlets.length === 0
          ? h('p', { class: 'muted', text: 'No outlets yet: store articles with an outlet name.' })
          : h(
              'div',
              { class: 'outlet-overview' },
              barChart(
                outlets.map((o) => ({ label: nameOf(o), value: opinionOf(o) })),
                { title: 'Average opinion share', max: 1, format: pct, barClass: 'fill-opinion' },
              ),
              barChart(
                outlets.map((o) => ({ label: nameOf(o), value: countOf(o) })),
                { title: 'Articles stored' },
              ),
            ),
        list,
      ),
    );
  } catch (error) {
    view.replaceChildren(errorBox(error));
  }
}

export async function renderOutletPage(view, name) {
  view.replaceChildren(loading());
  try {
    const [outlet, articles] = await Promise.all([
      getOutlet(name),
      listArticles({ outlet: name, sort: '-published' }),
    ]);
    const charts = outlet
      ? [
          roleShareChart(sharesOf(outlet), 'Average sentence roles'),
          meter(loadedOf(outlet), {
            title: 'Loaded words per 100 (average)',
            max: 5,
            format: (v) => v.toFixed(1),
          }),
          barChart(pairs(pick(outlet, 'topLoadedWords', 'loadedWords'), 'name'), {
            title: 'Most frequent loaded words',
            barClass: 'fill-opinion',
          }),
          barChart(pairs(pick(outlet, 'topVoices', 'voices'), 'name'), {
            title: 'Who it quotes most',
            barClass: 'fill-quote',
          }),
        ]
      : [h('p', { class: 'muted', text: 'No aggregates for this outlet.' })];
    view.replaceChildren(
      h(
        'section',
        { class: 'page outlet-page' },
        h('p', { class: 'back' }, h('a', { href: '#/outlets', text: '← Outlets' })),
        h('h1', { text: cap(name, 120) }),
        outlet
          ? h('p', {
              class: 'lede',
              text: `${countOf(outlet)} articles stored · average opinion share ${pct(opinionOf(outlet))}${
                outlet.firstPublished
                  ? ` · published ${outlet.firstPublished} to ${outlet.lastPublished ?? '?'}`
                  : ''
              }`,
            })
          : null,
        h('div', { class: 'outlet-charts' }, charts),
        h('h2', { text: 'Recent articles' }),
        h(
          'ul',
          { class: 'outlet-articles' },
          articles.items.map((row) =>
            h(
              'li',
              {},
              h('a', {
                href: `#/article/${encodeURIComponent(String(row.id))}`,
                text: cap(rowTitle(row) ?? 'Untitled', 160),
              }),
              h('span', { class: 'muted', text: ` ${rowPublished(row) ?? ''}` }),
            ),
          ),
        ),
      ),
    );
  } catch (error) {
    view.replaceChildren(errorBox(error));
  }
}
