/**
 * A small news page written for the API's URL tests: navigation, a cookie banner and related links around
 * one article, with its metadata in the head (title, site name, author, JSON-LD date, canonical URL, lang).
 */
export const NEWS_PAGE_TITLE = 'Harbor council approves new ferry schedule';
export const NEWS_PAGE_OUTLET = 'The Lakeside Ledger';
export const NEWS_PAGE_BYLINE = 'Mara Ostrowski';
export const NEWS_PAGE_CANONICAL = 'https://ledger.example/2025/04/ferry-schedule';

const paragraphs = [
  'The Harbor City council voted 7 to 2 on Tuesday to approve a new ferry schedule that adds three evening crossings to Pine Island starting in June.',
  '"Commuters have asked for this for years, and we finally found the money," said council member Dana Whitfield, who sponsored the plan.',
  'The added crossings will cost about $410,000 a year, according to a budget memo released by the city transit office last week.',
  'Two members voted against the measure, arguing that the city should first repair the aging dock on the island side.',
  'Critics say the plan is a reckless giveaway that ignores the crumbling dock, while supporters call it a sensible fix for a long-standing problem.',
  'The transit office said the first evening boat would leave the mainland terminal at 7:15 p.m. on June 2.',
];

const jsonLd = JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: NEWS_PAGE_TITLE,
  datePublished: '2025-04-08T09:30:00Z',
  author: { '@type': 'Person', name: NEWS_PAGE_BYLINE },
});

export const NEWS_PAGE_HTML = `<!doctype html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>${NEWS_PAGE_TITLE} | ${NEWS_PAGE_OUTLET}</title>
<meta property="og:site_name" content="${NEWS_PAGE_OUTLET}">
<meta property="og:title" content="${NEWS_PAGE_TITLE}">
<meta name="author" content="${NEWS_PAGE_BYLINE}">
<link rel="canonical" href="${NEWS_PAGE_CANONICAL}">
<script type="application/ld+json">${jsonLd}</script>
</head>
<body>
<nav><a href="/">Home</a> <a href="/local">Local</a> <a href="/sports">Sports</a> <a href="/weather">Weather</a></nav>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
<main>
<article>
<h1>${NEWS_PAGE_TITLE}</h1>
<p class="byline">By ${NEWS_PAGE_BYLINE}</p>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article>
<aside class="related"><h2>Related stories</h2><ul><li><a href="/a">Bridge tolls rise again</a></li><li><a href="/b">School board race heats up</a></li></ul></aside>
</main>
<footer>Copyright The Lakeside Ledger. All rights reserved.</footer>
</body>
</html>`;

/** A page in French, for the not-English path. */
export const FRENCH_PAGE_HTML = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Le conseil approuve les horaires</title></head>
<body><article><h1>Le conseil approuve les nouveaux horaires du traversier</h1>
<p>Le conseil municipal a voté mardi en faveur de trois traversées supplémentaires en soirée vers l'île des Pins, à partir du mois de juin prochain.</p>
<p>Les usagers réclamaient ce changement depuis des années, et la ville a enfin trouvé l'argent nécessaire pour le financer selon la conseillère.</p>
</article></body></html>`;
