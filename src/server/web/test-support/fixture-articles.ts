// Articles written for the UI tests. All invented; no real news text.

export interface FixtureArticle {
  title: string;
  outlet: string;
  published: string;
  url?: string;
  text: string;
}

/** Three short articles with distinct outlets and one rare search word each. */
export const LIBRARY_ARTICLES: FixtureArticle[] = [
  {
    title: 'Quillon Bridge Reopens After Repairs',
    outlet: 'Valley Courier',
    published: '2025-03-04',
    text: [
      'The Quillon Bridge reopened to traffic on Monday after eight months of repairs, the county roads department said.',
      '"The deck is now rated for heavy trucks again," engineer Sofia Marsh told reporters at the ribbon cutting.',
      'Drivers had used a detour through Elm Valley that added about twenty minutes to the trip.',
    ].join('\n\n'),
  },
  {
    title: 'School Board Trims Budget by Four Percent',
    outlet: 'Northfield Gazette',
    published: '2025-01-20',
    text: [
      'The Northfield school board voted on Thursday to cut next year’s budget by four percent.',
      'Board chair Adam Okafor said the cuts would fall mostly on building maintenance rather than teaching staff.',
      'Parents who spoke at the meeting asked the board to protect the music program.',
    ].join('\n\n'),
  },
  {
    title: 'Harbor Festival Draws Record Crowd',
    outlet: 'Coastline Daily',
    published: '2025-02-15',
    text: [
      'More than twelve thousand people attended the harbor festival on Saturday, organizers said.',
      'Festival director Lena Voss said the new night market had been the main attraction.',
      'Local restaurants reported their busiest weekend since the summer.',
    ].join('\n\n'),
  },
];

export const HOSTILE_TITLE = `<script>window.__pwned='title';alert('title')</script><img src=x onerror="window.__pwned='title-img';alert('title-img')"><a href="javascript:alert('title-link')">Council news</a>`;
export const HOSTILE_OUTLET = `<img src=x onerror="window.__pwned='outlet'">Evil Outlet`;
export const HOSTILE_URL = 'javascript:alert(document.domain)';
export const HOSTILE_SCRIPT = `<script>window.__pwned='text';alert('text')</script>`;
export const HOSTILE_IMG = `<img src=x onerror="window.__pwned='text-img';alert('text-img')">`;
export const HOSTILE_LINK = `<a href="javascript:alert('link')">read more</a>`;

/** English prose with script, image-handler and javascript: payloads inside it. */
export const HOSTILE_TEXT = [
  `The city council met on Tuesday evening to discuss the new parking rules for the downtown area. ${HOSTILE_SCRIPT}`,
  `Council member Dana Reyes said the plan would "make the streets safer for everyone" ${HOSTILE_IMG} and asked residents to share their views.`,
  `Critics called the proposal a disastrous mistake that would ruin small shops. ${HOSTILE_LINK} The vote is expected next month.`,
  `<svg onload="window.__pwned='svg'"></svg> Officials said the rules would take effect in the spring if the council approves them.`,
].join('\n\n');

const OPENERS = [
  'The regional transport authority said on Monday that ridership on the northern line had risen for the third month in a row.',
  '"We are seeing people come back to the trains in numbers we have not seen in years," said operations director Hannah Pike.',
  'According to figures published by the authority, weekday trips grew by nine percent compared with the same period last year.',
  'Critics argue the increase is a shameless attempt to hide years of neglect behind a single good quarter.',
  'The authority plans to add two more trains during the morning rush starting in September.',
  'Union representative Marcus Bell told the council that drivers were already working long shifts to cover the timetable.',
  'Some observers believe the new fares will drive away the very passengers the authority wants to attract.',
  'The northern line carries about forty thousand passengers on an average weekday, the annual report shows.',
  'This reckless expansion will obviously collapse under its own weight, according to a columnist for a rival paper.',
  'Council member Priya Anand said she would ask for an independent review of the maintenance budget next month.',
];

/** A long article (about `words` words) built from the sentences above, in paragraphs of five. */
export function longArticle(words = 2000): string {
  const paragraphs: string[] = [];
  let count = 0;
  let i = 0;
  while (count < words) {
    const sentences: string[] = [];
    for (let s = 0; s < 5; s++, i++) {
      const sentence = OPENERS[i % OPENERS.length]!;
      sentences.push(sentence);
      count += sentence.split(/\s+/).length;
    }
    paragraphs.push(sentences.join(' '));
  }
  return `Ridership Climbs on the Northern Line\n\n${paragraphs.join('\n\n')}`;
}
