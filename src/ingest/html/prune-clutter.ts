import { loadRuleFile } from '../../rules/load-rules.js';

interface ClutterRules {
  selectors: string[];
  read_more: string[];
}

let compiled: { selectors: string[]; readMore: RegExp } | null = null;

/** The clutter rules from `rules/ingest/en/page-clutter.yml`, loaded and compiled once per process. */
function clutterRules(): { selectors: string[]; readMore: RegExp } {
  if (compiled) return compiled;
  const data = loadRuleFile<ClutterRules>('ingest', 'page-clutter');
  const toPattern = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const leads = data.read_more.map((p) => `${toPattern(p)}${/\w$/.test(p) ? '\\b' : ''}`);
  compiled = { selectors: data.selectors, readMore: new RegExp(`^(?:${leads.join('|')})`, 'i') };
  return compiled;
}

/** Whether a paragraph starts like a "Read more" / "Sign up" line. */
export function isReadMore(paragraph: string): boolean {
  return clutterRules().readMore.test(paragraph);
}

/**
 * Removes page furniture that Readability sometimes keeps: captions, pull quotes, "Read more" and
 * related-story blocks, share bars, newsletter and cookie boxes, AMP ads and analytics.
 * Runs on the page before extraction; a selector that a DOM cannot parse is skipped.
 */
export function pruneClutter(root: Element): number {
  let removed = 0;
  for (const selector of clutterRules().selectors) {
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
