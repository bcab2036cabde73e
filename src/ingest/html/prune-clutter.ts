/**
 * Removes page furniture that Readability sometimes keeps: captions, pull quotes, "Read more" and
 * related-story blocks, share bars, newsletter and cookie boxes, AMP ads and analytics.
 * Runs on the page before extraction; a selector that a DOM cannot parse is skipped.
 */
const CLUTTER_SELECTORS = [
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'svg',
  'form',
  'button',
  'nav',
  'figcaption',
  'figure',
  '[class*="caption" i]',
  '[class*="pullquote" i]',
  '[class*="pull-quote" i]',
  '[class*="pull_quote" i]',
  'aside',
  '[class*="read-more" i]',
  '[class*="readmore" i]',
  '[class*="related" i]',
  '[class*="recommended" i]',
  '[class*="newsletter" i]',
  '[class*="cookie" i]',
  '[class*="consent" i]',
  '[class*="share" i]',
  '[class*="social" i]',
  '[class*="advert" i]',
  '[class*="promo" i]',
  '[class*="comments" i]',
  '[id*="comments" i]',
  '[id*="cookie" i]',
  '[role="complementary"]',
  '[role="navigation"]',
  '[hidden]',
  '[aria-hidden="true"]',
  'amp-ad',
  'amp-analytics',
  'amp-sidebar',
  'amp-consent',
  'amp-social-share',
  'amp-iframe',
];

/** Lead-ins of short "see also" paragraphs that are not part of the story. */
export const READ_MORE =
  /^(?:read more|read next|related|see also|more from|more on this|recommended|you may also like|most read|sign up|subscribe|advertisement|share this|follow us|click here|watch:|listen:)\b/i;

export function pruneClutter(root: Element): number {
  let removed = 0;
  for (const selector of CLUTTER_SELECTORS) {
    let found: Element[];
    try {
      found = Array.from(root.querySelectorAll(selector));
    } catch {
      continue;
    }
    for (const el of found) {
      // Never remove the article itself because a class name happens to contain "share" etc.
      if (el.querySelectorAll('p').length > 3 && !/^(?:nav|aside|form|figure)$/i.test(el.tagName)) continue;
      el.remove();
      removed++;
    }
  }
  return removed;
}
