// `npm start`: serves the production build with Next.js inside Folio's own
// HTTP server. Plain `next start` passes on an X-Forwarded-For header that the
// client wrote, so a client could pick its own address and dodge the feedback
// rate limit. This server takes the address from the socket, and from
// X-Forwarded-For only when FOLIO_TRUSTED_PROXIES counts proxies in front of it.
//
// Usage: node server.mjs [--hostname 0.0.0.0] [--port 3000]
// (defaults: the HOSTNAME and PORT environment variables, then 0.0.0.0:3000).
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { attachClientAddress, readTrustedProxies, TRUSTED_PROXIES_VARIABLE } from './lib/feedback/client-address.mjs';

// Drafts are left out only in production, and the feedback route reads the
// same post index, so this server always runs as production.
process.env.NODE_ENV = 'production';

const { values } = parseArgs({
  options: {
    hostname: { type: 'string', short: 'H' },
    port: { type: 'string', short: 'p' },
  },
});
const hostname = values.hostname ?? process.env.HOSTNAME ?? '0.0.0.0';
const port = Number(values.port ?? process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`invalid port: ${JSON.stringify(values.port ?? process.env.PORT)}; expected a whole number from 0 to 65535`);
  process.exit(1);
}

let trustedProxies;
try {
  trustedProxies = readTrustedProxies();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const { default: next } = await import('next');
const dir = path.dirname(fileURLToPath(import.meta.url));
const app = next({ dev: false, dir, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((request, response) => {
  attachClientAddress(request, trustedProxies);
  handle(request, response).catch((error) => {
    console.error(`request ${request.method} ${request.url} failed:`, error);
    if (!response.headersSent) response.statusCode = 500;
    response.end();
  });
});

server.listen(port, hostname, () => {
  console.log(`Folio listening on http://${hostname}:${port} (${TRUSTED_PROXIES_VARIABLE}=${trustedProxies})`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.log(`received ${signal}, closing the server`);
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
