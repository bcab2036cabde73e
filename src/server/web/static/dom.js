// DOM helpers. Every piece of data reaches the page through textContent or setAttribute on a
// fixed list of attributes: never through innerHTML, so article text can never become markup.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Attributes data may fill. Event handler attributes (on*) and style are never set from here. */
const SAFE_ATTRS = new Set([
  'id',
  'role',
  'tabindex',
  'title',
  'type',
  'name',
  'value',
  'placeholder',
  'for',
  'accept',
  'rows',
  'colspan',
  'scope',
  'lang',
  'dir',
  'datetime',
  'hidden',
  'checked',
  'disabled',
  'selected',
  'required',
  'min',
  'max',
  'step',
  'rel',
  'target',
  'autocomplete',
  'spellcheck',
  'inputmode',
]);

function setAttr(el, name, value) {
  if (value === null || value === undefined || value === false) return;
  const lower = name.toLowerCase();
  if (lower === 'href') {
    const href = safeHref(String(value));
    if (href !== null) el.setAttribute('href', href);
    return;
  }
  if (lower.startsWith('aria-') || lower.startsWith('data-') || SAFE_ATTRS.has(lower)) {
    el.setAttribute(lower, value === true ? '' : String(value));
  }
}

/**
 * Creates an element. `props`: `class`, `text`, `on` ({event: handler}) and attributes.
 * Children: nodes, strings (as text nodes), arrays, null/false (skipped).
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  applyProps(el, props);
  append(el, children);
  return el;
}

/** Creates an SVG element; numeric geometry attributes only come from our own computations. */
export function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined) continue;
    if (name === 'text') el.textContent = String(value);
    else if (name === 'class') el.setAttribute('class', String(value));
    else if (!name.toLowerCase().startsWith('on') && name !== 'href') el.setAttribute(name, String(value));
  }
  append(el, children);
  return el;
}

function applyProps(el, props) {
  for (const [name, value] of Object.entries(props)) {
    if (name === 'class') {
      if (value) el.className = String(value);
    } else if (name === 'text') {
      el.textContent = value === null || value === undefined ? '' : String(value);
    } else if (name === 'on') {
      for (const [event, handler] of Object.entries(value)) el.addEventListener(event, handler);
    } else {
      setAttr(el, name, value);
    }
  }
}

export function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else if (typeof child === 'string' || typeof child === 'number')
      el.append(document.createTextNode(String(child)));
    else el.append(child);
  }
  return el;
}

/** Returns the URL when it is an absolute http(s) URL or an in-app hash route; otherwise null. */
export function safeHref(value) {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (trimmed.startsWith('#/')) return trimmed;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Removes every child of `el`. */
export function clear(el) {
  el.replaceChildren();
  return el;
}

/** Formats a 0..1 share as a percentage. */
export function pct(share) {
  const n = Number(share);
  return Number.isFinite(n) ? `${Math.round(n * 100)}%` : '–';
}

/** Caps very long strings from the data before they reach the page. */
export function cap(text, max = 300) {
  const s = text === null || text === undefined ? '' : String(text);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
