// Hash router: #/ (analyze), #/article/<id>, #/library?…, #/outlets, #/outlet/<name>.
import { renderAnalyzePage } from './pages/analyze.js';
import { renderArticlePage } from './pages/article.js';
import { renderLibraryPage } from './pages/library.js';
import { renderOutletPage, renderOutletsPage } from './pages/outlets.js';

function parseHash() {
  const raw = location.hash.replace(/^#/, '') || '/';
  const [path, search = ''] = raw.split('?');
  const parts = path.split('/').filter(Boolean).map(safeDecode);
  return { parts, params: new URLSearchParams(search) };
}

function safeDecode(part) {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

function setActiveNav(section) {
  for (const link of document.querySelectorAll('[data-nav]')) {
    if (link.dataset.nav === section) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

async function route() {
  const view = document.getElementById('view');
  const { parts, params } = parseHash();
  const [page, arg] = parts;
  document.title = 'unspin';
  if (page === 'article' && arg) {
    setActiveNav('library');
    await renderArticlePage(view, arg);
  } else if (page === 'library') {
    setActiveNav('library');
    await renderLibraryPage(view, params);
  } else if (page === 'outlets') {
    setActiveNav('outlets');
    await renderOutletsPage(view);
  } else if (page === 'outlet' && arg) {
    setActiveNav('outlets');
    await renderOutletPage(view, arg);
  } else {
    setActiveNav('analyze');
    renderAnalyzePage(view);
  }
  document.body.dataset.ready = 'true';
}

window.addEventListener('hashchange', () => {
  document.body.dataset.ready = 'false';
  route().then(() => {
    window.scrollTo(0, 0);
    document.getElementById('view')?.focus({ preventScroll: true });
  });
});
route();
