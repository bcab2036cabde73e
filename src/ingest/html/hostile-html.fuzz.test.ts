import { describe, expect, it } from 'vitest';
import { UnspinError } from '../../errors/index.js';
import { articleFromBytes } from '../to-article.js';

/** Small deterministic PRNG so a failure can be replayed from its index. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TAGS = [
  'div',
  'p',
  'span',
  'article',
  'section',
  'b',
  'i',
  'a',
  'table',
  'td',
  'li',
  'ul',
  'script',
  'style',
  'svg',
  'h1',
  'figure',
  'aside',
  'amp-ad',
  'x-y',
];
const WORDS =
  'the council said on monday that ferry fares would rise by four percent next year according to a report'.split(
    ' ',
  );

function hostileDoc(i: number): Uint8Array {
  const r = rng(i + 1);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)] as T;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const kind = i % 9;
  let html = '';
  switch (kind) {
    case 0: {
      const depth = 50 + Math.floor(r() * (i % 27 === 0 ? 5000 : 400));
      const tags = Array.from({ length: depth }, () => pick(TAGS));
      html = `<html><body>${tags.map((t) => `<${t}>`).join('')}<p>${words(40)}</p>${tags
        .reverse()
        .map((t) => `</${t}>`)
        .join('')}`;
      break;
    }
    case 1:
      html = Array.from(
        { length: 50 + Math.floor(r() * 400) },
        () => `<${pick(TAGS)} class="${pick(WORDS)}">${words(3)}`,
      ).join('');
      break;
    case 2:
      html = `<html><head><meta name="x" content="${'A'.repeat(10_000 + Math.floor(r() * 200_000))}"></head><body><p title="${'"'.repeat(1000)}'${'<'.repeat(5000)}">${words(60)}</p></body></html>`;
      break;
    case 3: {
      const body = `<!doctype html><html><body><article><p>${words(80)}</p></article></body></html>`;
      const bytes = Buffer.from(body);
      for (let k = 0; k < 50; k++) bytes[Math.floor(r() * bytes.length)] = 0;
      return bytes;
    }
    case 4: {
      const charset = pick(['utf-8', 'windows-1252', 'shift_jis', 'utf-16', 'bogus-charset', 'iso-8859-1']);
      const parts = [
        Buffer.from(
          `<html><head><meta charset="${charset}"></head><body><p>caf\u00e9 ${words(30)} \u201cquoted\u201d</p>`,
        ),
        Buffer.from(`<p>${words(20)} caf\xe9 na\xefve</p>`, 'latin1'),
        Buffer.from(`<p>${words(10)}</p>`, 'utf16le'),
        Buffer.from(Array.from({ length: 500 }, () => Math.floor(r() * 256))),
      ];
      return Buffer.concat(parts.sort(() => r() - 0.5));
    }
    case 5:
      html = `<html><body><p>${Array.from({ length: 300 }, () => pick(['&#x110000;', '&#0;', '&#xD800;', '&amp;', '&bogus;', '&#99999999;', '&', '&#'])).join('')}${words(30)}</p></body></html>`;
      break;
    case 6:
      html = `<html><head><script type="application/ld+json">${pick(['{"@type":"NewsArticle","articleBody":', '[[[[[[[[', `{"@graph":[${'{"@graph":['.repeat(500)}`, `{"@type":"NewsArticle","headline":${JSON.stringify(words(500))},"articleBody":${JSON.stringify(words(400))}}`])}</script></head><body><div id="app"></div></body></html>`;
      break;
    case 7:
      html = pick([
        '<'.repeat(5_000),
        '<a'.repeat(5_000),
        '<!--'.repeat(5_000),
        `<![CDATA[${words(100)}`,
        '<html><body><p>'.repeat(2_000),
        '</div>'.repeat(5_000),
      ]);
      if (i % 90 === 7) html = html.repeat(8);
      break;
    default:
      return Buffer.from(Array.from({ length: Math.floor(r() * 5_000) }, () => Math.floor(r() * 256)));
  }
  return Buffer.from(html);
}

describe('hostile HTML', () => {
  it('extracts from thousands of generated hostile documents without crash, hang or growing memory', () => {
    const count = 2500;
    const started = Date.now();
    let slowest = 0;
    let extracted = 0;
    let refused = 0;
    let heapAtWarm = 0;
    for (let i = 0; i < count; i++) {
      const bytes = hostileDoc(i);
      const t0 = Date.now();
      try {
        const a = articleFromBytes(bytes, { source: `fuzz-${i}.html` });
        expect(typeof a.text).toBe('string');
        expect(a.text.length).toBeLessThanOrEqual(bytes.length * 2 + 1000);
        extracted++;
      } catch (error) {
        if (!(error instanceof UnspinError)) throw new Error(`document ${i}: ${(error as Error).stack}`);
        refused++;
      }
      slowest = Math.max(slowest, Date.now() - t0);
      if (i === 300) heapAtWarm = process.memoryUsage().heapUsed;
    }
    const heapGrowth = process.memoryUsage().heapUsed - heapAtWarm;
    expect(extracted + refused).toBe(count);
    expect(extracted).toBeGreaterThan(count / 3);
    expect(slowest).toBeLessThan(2000);
    expect(heapGrowth).toBeLessThan(300 * 1024 * 1024);
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 90_000);
});
