export { createWebRoutes, type WebRoutesOptions, webRoutes } from './routes.js';
export { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './security-headers.js';
export { resolveStaticDir } from './static-dir.js';
