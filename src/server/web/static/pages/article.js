// Article page for a stored article: #/article/<id>.
import { getArticle } from '../api.js';
import { articleView, markArticleRendered } from '../components/article-view.js';
import { h } from '../dom.js';
import { errorBox, loading } from './common.js';

export async function renderArticlePage(view, id) {
  view.replaceChildren(loading('Loading the article…'));
  try {
    const { report } = await getArticle(id);
    if (!report) throw new Error('This article has no report.');
    const back = h('p', { class: 'back' }, h('a', { href: '#/library', text: '← Library' }));
    view.replaceChildren(articleView(report, { extra: back }));
    markArticleRendered();
    document.title = `${report.article?.title ?? 'Article'} · unspin`;
  } catch (error) {
    view.replaceChildren(errorBox(error));
  }
}
