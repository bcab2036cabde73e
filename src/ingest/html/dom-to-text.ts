const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
  'TD',
  'TH',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'SELECT']);

/**
 * Turns an element's content into paragraphs: block elements and `<br>` both end a paragraph, so
 * pages that separate paragraphs with `<br><br>` come out right. Whitespace inside a paragraph is
 * collapsed. Iterative (no recursion), so deeply nested markup cannot overflow the stack.
 */
export function domToParagraphs(root: Node, maxChars = 2_000_000): string[] {
  const paragraphs: string[] = [];
  let current = '';
  let total = 0;
  const flush = () => {
    const t = current.replace(/\s+/g, ' ').trim();
    if (t) {
      paragraphs.push(t);
      total += t.length;
    }
    current = '';
  };
  type Frame = { node: Node; exit: boolean };
  const stack: Frame[] = [{ node: root, exit: false }];
  while (stack.length && total < maxChars) {
    const { node, exit } = stack.pop() as Frame;
    if (exit) {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      if (current.length > 200_000) flush();
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
    if (SKIP.has(tag)) continue;
    if (tag === 'BR') {
      flush();
      continue;
    }
    const block = BLOCK.has(tag);
    if (block) {
      flush();
      stack.push({ node, exit: true });
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push({ node: child, exit: false });
    }
  }
  flush();
  return paragraphs;
}

/** Deepest element nesting and element count under `root`, walked iteratively. */
export function measureTree(root: Node): { depth: number; elements: number } {
  let depth = 0;
  let elements = 0;
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length) {
    const [node, d] = stack.pop() as [Node, number];
    if (node.nodeType !== 1 && node.nodeType !== 9) continue;
    elements++;
    if (d > depth) depth = d;
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (child && child.nodeType === 1) stack.push([child, d + 1]);
    }
  }
  return { depth, elements };
}
