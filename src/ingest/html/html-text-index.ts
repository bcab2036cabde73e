const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  eacute: 'é',
  copy: '©',
  reg: '®',
  trade: '™',
};
const RAW_TEXT = /^(?:script|style|noscript|template|textarea|title)$/i;
const BLOCK_TAG =
  /^(?:p|div|br|h[1-6]|li|tr|td|section|article|header|footer|blockquote|pre|ul|ol|table|main|aside|nav|figure|dd|dt|hr)$/i;

/** The visible text of raw HTML, whitespace collapsed, with each character's offset in the HTML. */
export interface HtmlTextIndex {
  text: string;
  offsets: Uint32Array;
}

/**
 * A forgiving single pass over raw HTML (no DOM): skips tags, comments and the content of
 * script/style/title, decodes common entities, collapses whitespace, and records where each
 * visible character came from. Linear time on any input.
 */
export function indexHtmlText(html: string, blockBreaks = false): HtmlTextIndex {
  const chars: string[] = [];
  const offsets = new Uint32Array(html.length + 1);
  let n = 0;
  let lastSpace = true;
  const push = (ch: string, at: number) => {
    const space = /\s/.test(ch);
    if (space) {
      if (lastSpace) return;
      ch = ' ';
    }
    lastSpace = space;
    chars.push(ch);
    offsets[n++] = at;
  };
  let i = 0;
  while (i < html.length) {
    const c = html[i] as string;
    if (c === '<') {
      if (html.startsWith('<!--', i)) {
        const end = html.indexOf('-->', i + 4);
        i = end < 0 ? html.length : end + 3;
        continue;
      }
      const m = /^<\/?([a-zA-Z][\w:-]*)/.exec(html.slice(i, i + 64));
      if (!m) {
        if (/^<[!?/]/.test(html.slice(i, i + 2))) {
          const end = html.indexOf('>', i);
          i = end < 0 ? html.length : end + 1;
          continue;
        }
        push(c, i);
        i++;
        continue;
      }
      const end = html.indexOf('>', i);
      if (end < 0) break;
      const name = m[1] as string;
      if (blockBreaks && BLOCK_TAG.test(name)) {
        if (n > 0 && chars[n - 1] !== '\n') {
          if (chars[n - 1] === ' ') {
            n--;
            chars.pop();
          }
          chars.push('\n');
          offsets[n++] = i;
        }
        lastSpace = true;
      } else push(' ', i);
      i = end + 1;
      if (!m[0].startsWith('</') && RAW_TEXT.test(name)) {
        const closer = new RegExp(`</${name}`, 'ig');
        closer.lastIndex = i;
        const close = closer.exec(html);
        i = close ? close.index : html.length;
      }
      continue;
    }
    if (c === '&') {
      const m = /^&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|([a-zA-Z]{2,10}));?/.exec(html.slice(i, i + 14));
      if (m) {
        let decoded: string | undefined;
        if (m[1]) decoded = safeCodePoint(Number(m[1]));
        else if (m[2]) decoded = safeCodePoint(Number.parseInt(m[2], 16));
        else if (m[3]) decoded = NAMED[m[3].toLowerCase()];
        if (decoded !== undefined) {
          for (const ch of decoded) push(ch, i);
          i += m[0].length;
          continue;
        }
      }
    }
    push(c, i);
    i++;
  }
  return { text: chars.join(''), offsets: offsets.subarray(0, n) };
}

function safeCodePoint(cp: number): string | undefined {
  if (cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(cp);
}

/** Counts of start tags and the deepest nesting the raw markup implies, without building a DOM. */
export function scanMarkup(html: string): { tags: number; depth: number } {
  const VOID =
    /^(?:area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr|p|li|option|td|tr|th)$/i;
  let tags = 0;
  let depth = 0;
  let max = 0;
  const re = /<(\/?)([a-zA-Z][\w:-]*)[^<>]*>/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const name = m[2] as string;
    if (m[1]) {
      if (!VOID.test(name)) depth = Math.max(0, depth - 1);
      continue;
    }
    tags++;
    if (!m[0].endsWith('/>') && !VOID.test(name)) depth++;
    if (depth > max) max = depth;
  }
  return { tags, depth: max };
}
