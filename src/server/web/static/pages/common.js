import { h } from '../dom.js';

/** An error message box; the message is text, whatever it holds. */
export function errorBox(error) {
  const message = error && typeof error.message === 'string' ? error.message : 'Something went wrong.';
  return h('div', { class: 'error', role: 'alert' }, h('strong', { text: 'Error: ' }), message);
}

export function loading(what = 'Loading…') {
  return h('p', { class: 'status muted', role: 'status', text: what });
}
