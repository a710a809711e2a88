// Finding the client address for a request. Plain JavaScript because server.mjs
// runs it without a compile step; client-address.d.mts gives its types.

/**
 * Request header that carries the client address from Folio's server to the
 * feedback route. The server deletes any copy a client sent before setting it.
 */
export const CLIENT_ADDRESS_HEADER = 'x-folio-client-address';

/** Environment variable with the number of reverse proxies in front of the server. */
export const TRUSTED_PROXIES_VARIABLE = 'FOLIO_TRUSTED_PROXIES';

/**
 * Reads the number of trusted proxies from the environment: 0 when unset.
 * Throws on anything but a whole number from 0 to 10.
 */
export function readTrustedProxies(env = process.env) {
  const raw = env[TRUSTED_PROXIES_VARIABLE];
  if (raw === undefined || raw.trim() === '') return 0;
  const count = Number(raw);
  if (!Number.isInteger(count) || count < 0 || count > 10) {
    throw new Error(`invalid ${TRUSTED_PROXIES_VARIABLE}: ${JSON.stringify(raw)}; expected a whole number of proxies from 0 to 10`);
  }
  return count;
}

/**
 * Returns the client address of a request. With no trusted proxy it is the
 * socket's peer and X-Forwarded-For is ignored, since any client can send one.
 * With N trusted proxies, each of which appends the address it received from,
 * it is the Nth X-Forwarded-For entry counted from the right. A shorter
 * header gives its leftmost entry, the farthest hop that a proxy recorded.
 *
 * @param {string | undefined} socketAddress
 * @param {string | string[] | undefined} forwardedFor
 * @param {number} trustedProxies
 */
export function resolveClientAddress(socketAddress, forwardedFor, trustedProxies) {
  const socket = socketAddress ?? 'unknown';
  if (trustedProxies === 0 || forwardedFor === undefined) return socket;

  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor;
  const hops = header
    .split(',')
    .map((hop) => hop.trim())
    .filter((hop) => hop !== '');
  if (hops.length === 0) return socket;

  return hops[Math.max(0, hops.length - trustedProxies)];
}

/**
 * Sets the client address header on an incoming request, after deleting every
 * copy the client sent, so the feedback route can trust it.
 *
 * @param {import('node:http').IncomingMessage} request
 * @param {number} trustedProxies
 */
export function attachClientAddress(request, trustedProxies) {
  const address = resolveClientAddress(request.socket.remoteAddress, request.headers['x-forwarded-for'], trustedProxies);

  delete request.headers[CLIENT_ADDRESS_HEADER];
  request.headers[CLIENT_ADDRESS_HEADER] = address;

  // Some code reads rawHeaders instead of headers, so both lose the client's copy.
  const raw = [];
  for (let index = 0; index < request.rawHeaders.length; index += 2) {
    if (request.rawHeaders[index].toLowerCase() === CLIENT_ADDRESS_HEADER) continue;
    raw.push(request.rawHeaders[index], request.rawHeaders[index + 1]);
  }
  raw.push(CLIENT_ADDRESS_HEADER, address);
  request.rawHeaders = raw;
}
