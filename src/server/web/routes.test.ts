import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWebRoutes } from './routes.js';
import { CONTENT_SECURITY_POLICY } from './security-headers.js';
import { resolveStaticDir } from './static-dir.js';

const app = createWebRoutes();
const staticDir = resolveStaticDir();

function staticFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? staticFiles(path) : [path];
  });
}

describe('web routes', () => {
  it('serves the page with a strict CSP', async () => {
    const response = await app.request('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<script type="module" src="/assets/main.js"></script>');
  });

  it('serves modules and styles with their types', async () => {
    const js = await app.request('/assets/pages/article.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toContain('renderArticlePage');
    const css = await app.request('/assets/app.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers unknown and traversing asset paths with a JSON 404', async () => {
    for (const path of ['/assets/nope.js', '/assets/..%2f..%2fpackage.json']) {
      const response = await app.request(path);
      expect(response.status, path).toBe(404);
      const body = (await response.json()) as { error: { code: string } };
      expect(body.error.code).toBe('not-found');
    }
    for (const path of ['/assets/../../package.json', '/assets/%2e%2e/routes.ts', '/assets/', '/assets']) {
      const response = await app.request(path);
      expect(response.status, path).toBe(404);
      expect(await response.text()).not.toContain('"name"');
    }
  });

  it('resolves the static folder from the package root (works from dist/ too)', () => {
    expect(staticDir.replaceAll('\\', '/')).toMatch(/src\/server\/web\/static$/);
    const fromDist = resolveStaticDir(new URL('../../../dist/server/web/routes.js', import.meta.url).href);
    expect(fromDist).toBe(staticDir);
  });
});

describe('static assets follow the CSP and escaping rules', () => {
  const files = staticFiles(staticDir);
  const html = files.filter((f) => f.endsWith('.html'));
  const scripts = files.filter((f) => f.endsWith('.js'));

  it('has no inline scripts, handlers or styles in HTML', () => {
    expect(html.length).toBeGreaterThan(0);
    for (const file of html) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
      expect(text, file).not.toMatch(/\son[a-z]+\s*=/i);
      expect(text, file).not.toMatch(/\sstyle\s*=/i);
      expect(text, file).not.toMatch(/javascript:/i);
    }
  });

  it('never turns data into markup in the modules', () => {
    expect(scripts.length).toBeGreaterThan(5);
    for (const file of scripts) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(
        /\.(innerHTML|outerHTML)\b|insertAdjacentHTML|document\.write|\beval\(|new Function\(/,
      );
      expect(text, file).not.toMatch(/setAttribute\(\s*['"]on/i);
    }
  });
});
