export { ApiError } from './api-error.js';
export { type AppOptions, createApp, MAX_BODY_BYTES } from './app.js';
export { isLoopbackHost } from './host-rules.js';
export { openApiDocument } from './openapi/document.js';
export { checkServerSecurity, type RunningServer, type ServerOptions, startServer } from './start-server.js';
