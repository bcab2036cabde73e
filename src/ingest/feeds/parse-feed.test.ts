import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataFormatError } from '../../errors/index.js';
import { looksLikeFeed, parseFeed } from './parse-feed.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures', name), 'utf8');

describe('parseFeed', () => {
  it('reads RSS 2.0 with content:encoded, guids and dates', () => {
    const feed = parseFeed(fixture('feed-rss.xml'));
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('Lakeside Ledger: Local');
    expect(feed.items.map((i) => [i.id, i.url, i.title, i.author, i.published])).toEqual([
      [
        'ledger-1001',
        'https://ledger.example/news/ferry-fare-freeze',
        'Ferry Fares Frozen for Another Year',
        'Mara Ellison',
        '2026-03-14T09:30:00Z',
      ],
      [
        'https://ledger.example/news/school-roof',
        'https://ledger.example/news/school-roof',
        'Island School Gets New Roof',
        null,
        '2026-03-13T16:00:00Z',
      ],
    ]);
    expect(feed.items[0]?.content).toContain('councillor Dana Whitfield');
    expect(feed.items[1]?.content).toBe(
      "<p>Work on the island school's roof finished two weeks early, the education office said on Friday.</p>",
    );
  });

  it('reads Atom entries, alternate links and html content', () => {
    const feed = parseFeed(fixture('feed-atom.xml'));
    expect(feed.format).toBe('atom');
    expect(feed.link).toBe('https://courier.example/');
    expect(feed.items.map((i) => [i.id, i.url, i.author, i.published, i.contentIsHtml])).toEqual([
      [
        'urn:uuid:courier-0001',
        'https://courier.example/2026/01/storm-pass',
        'Lena Vogt',
        '2026-01-19T18:00:00Z',
        true,
      ],
      [
        'urn:uuid:courier-0002',
        'https://courier.example/2026/01/bakery-prize',
        null,
        '2026-01-18T10:00:00Z',
        false,
      ],
    ]);
    expect(feed.items[0]?.content).toMatch(/^<p>Heavy snow/);
  });

  it('reads JSON Feed 1.1', () => {
    const feed = parseFeed(fixture('feed.json'));
    expect(feed.format).toBe('json');
    expect(feed.items.map((i) => [i.id, i.author, i.published, i.contentIsHtml])).toEqual([
      ['dispatch-77', 'Tomas Reyes', '2026-02-03T17:05:00+01:00', true],
      ['78', null, '2026-02-02T09:00:00Z', false],
    ]);
  });

  it('sniffs feeds and refuses what is not one', () => {
    expect(looksLikeFeed(fixture('feed-rss.xml'))).toBe(true);
    expect(looksLikeFeed(fixture('feed-atom.xml'))).toBe(true);
    expect(looksLikeFeed(fixture('feed.json'))).toBe(true);
    expect(looksLikeFeed('<html><body>x</body></html>')).toBe(false);
    expect(() => parseFeed('<html><body>x</body></html>', 'page.html')).toThrow(DataFormatError);
    expect(() => parseFeed('{"items": []}', 'x.json')).toThrow(/not an RSS, Atom or JSON feed/);
  });
});

describe('hostile feeds', () => {
  it('does not expand entities, hashes oversized ids and caps the item count', () => {
    const bomb =
      '<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss><channel><item><title>&b;&b;</title><guid>g</guid></item></channel></rss>';
    expect(parseFeed(bomb).items[0]?.title).toBe('&b;&b;');
    const long = `<rss><channel><item><guid>${'x'.repeat(5000)}</guid></item></channel></rss>`;
    expect(parseFeed(long).items[0]?.id).toMatch(/^sha256:[0-9a-f]{64}$/);
    const many = `<rss><channel>${'<item><guid>g</guid></item>'.repeat(3000)}</channel></rss>`;
    expect(parseFeed(many).items).toHaveLength(1000);
  });
});
