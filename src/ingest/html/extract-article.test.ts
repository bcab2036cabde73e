import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromBytes } from '../to-article.js';
import { dropDuplicatesAndPromos, extractArticle } from './extract-article.js';
import { htmlOffsetOf } from './offset-map.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures', name));

describe('extractArticle on fixture pages', () => {
  it('takes the story from a cluttered news page and drops furniture', () => {
    const html = fixture('cluttered-news.html').toString('utf8');
    const a = extractArticle(html);
    expect(a.method).toBe('readability');
    expect(a.meta).toEqual({
      title: 'Harbor Council Approves Ferry Fare Freeze',
      byline: 'Mara Ellison',
      outlet: 'The Lakeside Ledger',
      published: '2026-03-14T09:30:00Z',
      url: 'https://ledger.example/news/ferry-fare-freeze',
      language: 'en',
    });
    const paragraphs = a.text.split('\n\n');
    expect(paragraphs[0]).toBe('Harbor Council Approves Ferry Fare Freeze');
    expect(paragraphs.at(-1)).toBe(
      "The port authority said it would publish a revised budget in April. Ridership rose 4 percent last year, according to the authority's annual report.",
    );
    for (const clutter of [
      'cookies',
      'ADVERTISEMENT',
      'caption',
      'Photo:',
      'Read more',
      'Related',
      'reader comment',
      'newsletter',
      'Copyright',
      'Share on',
      'Sport',
    ])
      expect(a.text).not.toContain(clutter);
    // the pull quote repeats the body: it appears once, inside its paragraph
    expect(a.text.split('Families on the island should not pay').length - 1).toBe(1);
  });

  it('maps extracted text back to the HTML', () => {
    const html = fixture('cluttered-news.html').toString('utf8');
    const a = extractArticle(html);
    const at = a.text.indexOf('Councillor Ivo Brandt');
    const h = htmlOffsetOf(a.offsets, at);
    expect(h).not.toBeNull();
    expect(html.slice(h as number, (h as number) + 21)).toBe('Councillor Ivo Brandt');
    const q = a.text.indexOf('Families on the island');
    expect(html.slice(htmlOffsetOf(a.offsets, q) as number).startsWith('Families on the island')).toBe(true);
    // the body copy, not the pull quote that follows it
    expect(htmlOffsetOf(a.offsets, q)).toBeLessThan(html.indexOf('class="pull-quote"'));
  });

  it('uses the JSON-LD articleBody when the DOM is a script shell', () => {
    const a = extractArticle(fixture('json-ld-shell.html').toString('utf8'));
    expect(a.method).toBe('json-ld');
    expect(a.meta.title).toBe('Library Extends Weekend Hours After Petition');
    expect(a.meta.byline).toBe('Tomas Reyes');
    expect(a.meta.outlet).toBe('Northfield Dispatch');
    expect(a.meta.published).toBe('2026-02-03T17:05:00+01:00');
    expect(a.meta.url).toBe('https://dispatch.example/2026/02/library-hours');
    expect(a.text.split('\n\n')).toHaveLength(4);
    expect(a.text).toContain('said head librarian Ingrid Solberg');
    expect(a.text).not.toContain('JavaScript');
  });

  it('splits <br><br>-separated paragraphs', () => {
    const a = extractArticle(fixture('br-paragraphs.html').toString('utf8'));
    const paragraphs = a.text.split('\n\n');
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[4]).toBe('Forecasters expect the snow to ease overnight.');
  });

  it('reads AMP pages and their canonical link, without ads or analytics', () => {
    const a = extractArticle(fixture('amp-page.html').toString('utf8'));
    expect(a.meta.title).toBe('Rail Strike Called Off After Late Talks');
    expect(a.meta.url).toBe('https://metrowire.example/transport/rail-strike-called-off');
    expect(a.meta.outlet).toBe('metrowire.example');
    expect(a.text.split('\n\n')).toHaveLength(4);
    expect(a.text).not.toContain('vars');
  });
});

describe('articleFromBytes', () => {
  it('decodes a windows-1252 page by its meta charset', () => {
    const bytes = fixture('windows-1252.html');
    expect(bytes.includes(0xe9)).toBe(true);
    const a = articleFromBytes(bytes, { source: 'windows-1252.html' });
    expect(a.meta.title).toBe('Café Owners Protest New Terrace Rules');
    expect(a.text).toContain('“We were never consulted,” said Renée Dubois');
    expect(a.text).not.toContain('\ufffd');
  });

  it('prefers the HTTP charset over nothing and sniffs HTML without an extension', () => {
    const html = '<html><body><p>Caf\xe9 prices rose again this spring, owners said.</p></body></html>';
    const a = articleFromBytes(Buffer.from(html, 'latin1'), {
      source: 'page',
      contentType: 'text/html; charset=ISO-8859-1',
    });
    expect(a.fromHtml).toBe(true);
    expect(a.text).toContain('Café prices');
  });

  it('keeps plain text as it is', () => {
    const a = articleFromBytes(Buffer.from('A plain note.\n\nSecond paragraph.'), { source: 'a.txt' });
    expect(a.fromHtml).toBe(false);
    expect(a.text).toBe('A plain note.\n\nSecond paragraph.');
  });

  it('refuses a feed with a pointer to add --feed', () => {
    expect(() =>
      articleFromBytes(Buffer.from('<?xml version="1.0"?><rss version="2.0"></rss>'), { source: 'f.xml' }),
    ).toThrow(/unspin add --feed/);
  });
});

describe('dropDuplicatesAndPromos', () => {
  it('drops repeats, pull quotes and read-more lines', () => {
    expect(
      dropDuplicatesAndPromos([
        'The mayor said the budget was "fully funded" and would pass.',
        'fully funded',
        'Read more: budget explainer',
        'The mayor said the budget was "fully funded" and would pass.',
        'Another paragraph.',
      ]),
    ).toEqual(['The mayor said the budget was "fully funded" and would pass.', 'Another paragraph.']);
  });
});
