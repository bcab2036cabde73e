const HTML_EXT = /\.(?:x?html?|xht|php|aspx?)$/i;

/** Whether a path or URL names an HTML file by its extension. */
export function isHtmlPath(path: string): boolean {
  return HTML_EXT.test(path.replace(/[?#].*$/, ''));
}

/**
 * Whether text looks like an HTML document: starts (after a BOM, whitespace or comments) with a
 * doctype or `<html>`, or has `<head>`/`<body>`/`<article>` markup near the top.
 */
export function looksLikeHtml(text: string): boolean {
  const head = text
    .slice(0, 2048)
    .replace(/^\ufeff/, '')
    .trimStart();
  if (/^<!doctype\s+html/i.test(head) || /^<html[\s>]/i.test(head)) return true;
  if (/^<\?xml[^>]*>\s*<(?:!doctype\s+)?html/i.test(head)) return true;
  return /<(?:head|body|article|main)[\s>]/i.test(head) && /<\/?(?:p|div|title|meta)[\s>]/i.test(head);
}
