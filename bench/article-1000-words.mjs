// An invented ~1,000-word news article for load tests (written for unspin; no real news text).
const PEOPLE = [
  ['Mayor Ada Quill', 'the mayor'],
  ['Councillor Bram Otter', 'the councillor'],
  ['Inspector Jo Lark', 'the inspector'],
  ['Dr. Wen Reyes', 'the economist'],
  ['Priya Nandakumar', 'a spokesperson for the transit authority'],
];
const PLACES = ['Harwick', 'Lowmoor', 'Caldport', 'Fenwater', 'Elmbridge'];

function paragraph(i) {
  const [name, role] = PEOPLE[i % PEOPLE.length];
  const place = PLACES[(i * 3) % PLACES.length];
  const year = 2019 + (i % 6);
  return [
    `The council in ${place} voted on Tuesday to delay the tram extension for a further ${i + 2} months, according to minutes published on Wednesday.`,
    `"We cannot ask residents to pay for a line that still has no timetable," ${name} said after the meeting.`,
    `Officials estimate the extension will cost ${(i % 7) + 3}0 million pounds, up from an earlier figure given in ${year}.`,
    `Critics called the decision a shameful betrayal of commuters, and some observers said the project had been doomed from the start.`,
    `${role[0].toUpperCase()}${role.slice(1)} told reporters that the authority would publish a revised plan before the summer.`,
    `Last week, a report by the regional audit office found that ${((i * 7) % 40) + 10} percent of the budget had gone to consultants.`,
    `It is clearly the worst-managed project the county has ever seen, and everyone knows it.`,
  ].join(' ');
}

/** About `words` words of invented reporting, quotes, attribution and some loaded language. */
export function articleOfWords(words = 1000) {
  const parts = ['Tram extension delayed again as costs rise', ''];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = paragraph(i);
    parts.push(p, '');
    count += p.split(/\s+/).length;
  }
  return parts.join('\n').trim();
}
