import { parseArgs } from 'node:util';
import { createEngine } from '../../engine/create-engine.js';
import { UsageError } from '../../errors/index.js';
import { checkServerSecurity, startServer } from '../../server/start-server.js';
import { openStore } from '../../store/open-store.js';
import { loadConfig } from '../config.js';
import { type Command, EXIT } from '../io.js';
import { DB_OPTION, DB_USAGE, resolveDbPath } from '../library-options.js';

const USAGE = `Usage: unspin serve [options]

Serve the web UI and the JSON API (see /api/openapi.json) over the library.

Options:
      --host <address>     listen address (default: $UNSPIN_HOST, else 127.0.0.1)
      --port <n>           port (default: $UNSPIN_PORT, else 8080; 0 picks a free one)
${DB_USAGE}
      --config <file>      config file (default: .unspinrc.json if present)
      --allow-private      let {"url": ...} requests fetch loopback, private, link-local and metadata
                           addresses (default: $UNSPIN_ALLOW_PRIVATE=1, else refused)

Writes (POST /api/articles, DELETE) need "Authorization: Bearer $UNSPIN_TOKEN" when UNSPIN_TOKEN is set.
Listening beyond loopback without UNSPIN_TOKEN is refused. Stop with Ctrl-C.`;

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError('bad-port', `port must be a whole number from 0 to 65535; got "${value}"`);
  }
  return port;
}

/** Resolves when the process is asked to stop (SIGINT or SIGTERM). */
function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the web UI and JSON API over the library',
  usage: USAGE,
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: {
        ...DB_OPTION,
        host: { type: 'string' },
        port: { type: 'string' },
        config: { type: 'string' },
        'allow-private': { type: 'boolean', default: false },
      },
    });
    const host = values.host ?? io.env.UNSPIN_HOST ?? '127.0.0.1';
    const port = parsePort(values.port ?? io.env.UNSPIN_PORT ?? '8080');
    const token = io.env.UNSPIN_TOKEN || null;
    const allowPrivate = values['allow-private'] === true || io.env.UNSPIN_ALLOW_PRIVATE === '1';
    checkServerSecurity(host, token);
    const config = await loadConfig(values.config ?? null, io.cwd);
    const dbPath = resolveDbPath(values.db, io);
    const store = openStore(dbPath);
    try {
      const server = await startServer({
        store,
        engine: createEngine({ rules: config.rules }),
        host,
        port,
        token,
        allowPrivate,
        onInternalError: (error) =>
          io.stderr(`unspin serve: internal error: ${(error as Error)?.stack ?? String(error)}\n`),
      });
      io.stderr(
        `unspin serve: listening on ${server.url} (library ${dbPath}; writes ${token ? 'need the token' : 'open to this machine'}${allowPrivate ? '; URLs on private addresses allowed' : ''})\n`,
      );
      await untilStopped();
      await server.close();
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
};
