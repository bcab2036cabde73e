// Analyze page: paste text, pick a file or give a web address (the server fetches it), optionally store it,
// then see the report.
import { analyzeText, storeArticle } from '../api.js';
import { articleView, markArticleRendered } from '../components/article-view.js';
import { h } from '../dom.js';
import { errorBox } from './common.js';

const MAX_FILE_BYTES = 2_000_000;

/** Reads an uploaded file as text; HTML is parsed inertly (DOMParser runs no scripts) to its text. */
async function fileText(file) {
  if (file.size > MAX_FILE_BYTES)
    throw new Error(`The file is larger than ${MAX_FILE_BYTES / 1_000_000} MB.`);
  const raw = await file.text();
  if (/\.html?$/i.test(file.name) || file.type === 'text/html') {
    const doc = new DOMParser().parseFromString(raw, 'text/html');
    for (const el of doc.querySelectorAll('script, style, noscript, template')) el.remove();
    const paragraphs = [...doc.body.querySelectorAll('h1, h2, h3, p, li')].map((el) => el.textContent.trim());
    const text = paragraphs.filter(Boolean).join('\n\n');
    return { text: text || doc.body.textContent.trim(), title: doc.title.trim() };
  }
  return { text: raw, title: '' };
}

function field(label, input) {
  return h('label', { class: 'field' }, h('span', { class: 'field-label', text: label }), input);
}

export function renderAnalyzePage(view) {
  const title = h('input', { type: 'text', name: 'title', autocomplete: 'off' });
  const outlet = h('input', { type: 'text', name: 'outlet', autocomplete: 'off' });
  const url = h('input', { type: 'url', name: 'url', placeholder: 'https://', autocomplete: 'off' });
  const published = h('input', { type: 'date', name: 'published' });
  const pageUrl = h('input', {
    type: 'url',
    name: 'page-url',
    placeholder: 'https://example.org/news/story',
    autocomplete: 'off',
    'aria-describedby': 'page-url-hint',
  });
  const text = h('textarea', {
    name: 'text',
    rows: 12,
    spellcheck: 'false',
    placeholder: 'Paste the article here: headline, byline and body.',
    'aria-label': 'Article text',
  });
  const file = h('input', { type: 'file', name: 'file', accept: '.txt,.md,.html,.htm,text/plain,text/html' });
  const store = h('input', { type: 'checkbox', name: 'store', checked: true });
  const submit = h('button', { type: 'submit', class: 'primary', text: 'Analyze' });
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const result = h('div', { class: 'result' });

  file.addEventListener('change', async () => {
    const picked = file.files?.[0];
    if (!picked) return;
    try {
      const loaded = await fileText(picked);
      text.value = loaded.text;
      if (loaded.title && !title.value) title.value = loaded.title;
      status.textContent = `Loaded ${picked.name}.`;
    } catch (error) {
      status.textContent = error.message;
    }
  });

  const form = h(
    'form',
    { class: 'analyze-form', 'aria-label': 'Analyze an article' },
    field('Article text', text),
    h('div', { class: 'field-row' }, field('Or upload a file', file)),
    h(
      'div',
      { class: 'field-row' },
      field('Or fetch a web address', pageUrl),
      h('p', {
        id: 'page-url-hint',
        class: 'hint muted',
        text: 'The server fetches the page, keeps the article and reads its title, outlet and date. Leave the text box empty.',
      }),
    ),
    h(
      'details',
      { class: 'meta-fields' },
      h('summary', { text: 'Title, outlet, URL and date (optional)' }),
      h(
        'div',
        { class: 'field-grid' },
        field('Title', title),
        field('Outlet', outlet),
        field('URL', url),
        field('Published', published),
      ),
    ),
    h('div', { class: 'actions' }, h('label', { class: 'check' }, store, ' Save to the library'), submit),
    status,
  );

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const address = pageUrl.value.trim();
    const hasText = text.value.trim() !== '';
    if (address && hasText) {
      status.textContent = 'Give the article text or a web address, not both: clear one of them.';
      return;
    }
    if (!address && !hasText) {
      status.textContent = 'Paste the article text, upload a file or give a web address.';
      text.focus();
      return;
    }
    // With a web address, the page's own URL is the one fetched, so the optional URL field is not sent.
    const input = address ? { url: address } : { text: text.value };
    for (const [key, el] of [
      ['title', title],
      ['outlet', outlet],
      ['url', url],
      ['published', published],
    ]) {
      if (el.value.trim() && !(address && key === 'url')) input[key] = el.value.trim();
    }
    submit.disabled = true;
    status.textContent = address ? 'Fetching the page and analyzing…' : 'Analyzing…';
    result.replaceChildren();
    try {
      if (store.checked) {
        const saved = await storeArticle(input);
        if (saved.id) {
          location.hash = `#/article/${encodeURIComponent(saved.id)}`;
          return;
        }
        showReport(result, saved.report);
      } else {
        showReport(result, await analyzeText(input));
      }
      status.textContent = 'Done.';
    } catch (error) {
      status.textContent = '';
      result.replaceChildren(errorBox(error));
    } finally {
      submit.disabled = false;
    }
  });

  view.replaceChildren(
    h(
      'section',
      { class: 'page analyze-page' },
      h('h1', { text: 'Analyze an article' }),
      h('p', {
        class: 'lede',
        text: 'unspin reads the article the way a careful editor would: who is quoted, what is reported, what is fact and what is opinion, and which words lean.',
      }),
      form,
    ),
    result,
  );
}

function showReport(container, report) {
  if (!report) throw new Error('The server returned no report.');
  container.replaceChildren(articleView(report));
  markArticleRendered();
}
