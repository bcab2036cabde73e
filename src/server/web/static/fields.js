// Reads list rows and aggregates whatever their exact nesting (flat, or under meta/article/facts).

export function pick(obj, ...paths) {
  for (const path of paths) {
    let value = obj;
    for (const key of path.split('.')) value = value === null || value === undefined ? undefined : value[key];
    if (value !== undefined && value !== null) return value;
  }
  return null;
}

export const rowTitle = (row) => pick(row, 'title', 'meta.title', 'article.title', 'report.article.title');
export const rowOutlet = (row) =>
  pick(row, 'outlet', 'meta.outlet', 'article.outlet', 'report.article.outlet');
export const rowPublished = (row) =>
  pick(row, 'published', 'meta.published', 'article.published', 'report.article.published');
export const rowWords = (row) => pick(row, 'words', 'facts.words', 'article.words', 'report.article.words');
export const rowOpinion = (row) =>
  pick(row, 'opinionShare', 'roleShares.opinion', 'facts.roleShares.opinion', 'scores.roleShares.opinion');
export const rowLoaded = (row) => pick(row, 'loadedPer100Words', 'scores.loadedPer100Words');
export const rowFindings = (row) => pick(row, 'findings', 'findingCount', 'facts.findings');

/** Turns {word: n} maps or [{word|name|label, count|n|value}] lists into [{label, value}]. */
export function pairs(value, ...labelKeys) {
  if (!value) return [];
  if (Array.isArray(value)) {
    return value
      .map((item) => {
        if (Array.isArray(item)) return { label: String(item[0]), value: Number(item[1]) || 0 };
        const label = pick(item, ...labelKeys, 'name', 'word', 'label', 'text');
        const count = pick(item, 'count', 'n', 'value', 'quotes', 'mentions', 'articles');
        return { label: String(label ?? '?'), value: Number(count) || 0 };
      })
      .filter((p) => p.label);
  }
  if (typeof value === 'object')
    return Object.entries(value).map(([label, n]) => ({ label, value: Number(n) || 0 }));
  return [];
}
