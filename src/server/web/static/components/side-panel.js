// The side panel: scores as small charts, voices, entities and the timeline.
import { cap, h, pct } from '../dom.js';
import { barChart, meter, roleShareChart } from './charts.js';
import { timelineChart } from './timeline.js';

function section(title, ...children) {
  const id = `panel-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return h(
    'section',
    { class: 'panel-section', 'aria-labelledby': id },
    h('h2', { id, text: title }),
    children,
  );
}

function scoresSection(scores) {
  const categories = Object.entries(scores.findingsByCategory ?? {})
    .map(([label, value]) => ({ label, value }))
    .sort((a, b) => b.value - a.value);
  const classifiers = Object.entries(scores.classifiers ?? {}).map(([label, value]) => ({ label, value }));
  return section(
    'Scores',
    scores.verdict ? h('p', { class: 'verdict', text: scores.verdict }) : null,
    roleShareChart(scores.roleShares ?? {}),
    meter(scores.loadedPer100Words, {
      title: 'Loaded words per 100',
      max: 5,
      format: (v) => v.toFixed(1),
    }),
    meter(scores.attributedShare, { title: 'Attributed sentences', max: 1, format: pct }),
    categories.length > 0 ? barChart(categories, { title: 'Findings by category' }) : null,
    classifiers.length > 0
      ? barChart(classifiers, { title: 'Classifier means', max: 1, format: (v) => v.toFixed(2) })
      : null,
  );
}

function voicesSection(voices) {
  if (!voices || voices.length === 0)
    return section('Voices', h('p', { class: 'muted', text: 'No one is quoted or cited.' }));
  const rows = voices.slice(0, 40).map((v) => {
    const role = [v.role, v.affiliation].filter(Boolean).join(', ');
    return h(
      'tr',
      {},
      h(
        'th',
        { scope: 'row' },
        h('span', { class: 'voice-name', text: cap(v.name, 80) }),
        role ? h('span', { class: 'voice-role', text: cap(role, 80) }) : null,
      ),
      h('td', { class: 'num', text: v.quotes ?? 0 }),
      h('td', { class: 'num', text: v.citations ?? 0 }),
    );
  });
  return section(
    'Voices',
    h(
      'table',
      { class: 'voices' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col', text: 'Who (role)' }),
          h('th', { scope: 'col', class: 'num', text: 'Quoted' }),
          h('th', { scope: 'col', class: 'num', text: 'Cited' }),
        ),
      ),
      h('tbody', {}, rows),
    ),
  );
}

const ENTITY_TYPES = [
  ['person', 'People'],
  ['organization', 'Organizations'],
  ['place', 'Places'],
];

function entitiesSection(entities) {
  if (!entities || entities.length === 0)
    return section('Entities', h('p', { class: 'muted', text: 'No names found.' }));
  const groups = ENTITY_TYPES.map(([type, label]) => {
    const list = entities
      .filter((e) => e.type === type)
      .sort((a, b) => (b.mentions?.length ?? 0) - (a.mentions?.length ?? 0))
      .slice(0, 25);
    if (list.length === 0) return null;
    return h(
      'div',
      { class: 'entity-group' },
      h('h3', { text: label }),
      h(
        'ul',
        { class: 'entities' },
        list.map((e) =>
          h(
            'li',
            {},
            h('a', {
              class: 'entity-name',
              href: `#/library?entity=${encodeURIComponent(String(e.name))}`,
              title: 'Other articles that mention this name',
              text: cap(e.name, 80),
            }),
            h('span', { class: 'count', text: `×${e.mentions?.length ?? 0}` }),
            e.roles?.length || e.affiliation
              ? h('span', {
                  class: 'muted',
                  text: cap([...(e.roles ?? []), e.affiliation].filter(Boolean).join(', '), 100),
                })
              : null,
          ),
        ),
      ),
    );
  });
  return section('Entities', groups);
}

export function sidePanel(report) {
  const scores = report.scores ?? {};
  return h(
    'aside',
    { class: 'side-panel', 'aria-label': 'Scores, voices, entities and timeline' },
    scoresSection(scores),
    voicesSection(scores.voices),
    entitiesSection(report.entities),
    section('Timeline', timelineChart(report.timeline, report.article?.published)),
  );
}
