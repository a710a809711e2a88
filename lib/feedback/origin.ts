import { FeedbackRequestError, showValue } from './errors';

/**
 * Rejects a request that a browser sent from another site. `Sec-Fetch-Site`
 * must be `same-origin` when present, and `Origin`, when present, must name
 * this host: the request's `Host` or the host of the site's `baseUrl`. An
 * `Origin` of `null` (sandboxed frames, `no-referrer` forms) counts as cross-site.
 * Requests with neither header come from non-browser clients, which cannot
 * carry a reader's ambient credentials, and pass.
 */
export function assertSameOrigin(headers: Headers, allowedHosts: readonly string[]): void {
  const fetchSite = headers.get('sec-fetch-site');
  if (fetchSite !== null && fetchSite !== 'same-origin') {
    throw new FeedbackRequestError(403, 'sec-fetch-site', `cross-site requests are rejected; got ${showValue(fetchSite)}`);
  }

  const origin = headers.get('origin');
  if (origin === null) return;

  const host = hostOf(origin);
  const hosts = [headers.get('host'), ...allowedHosts].filter((value): value is string => Boolean(value));
  if (host === null || !hosts.some((allowed) => allowed.toLowerCase() === host)) {
    throw new FeedbackRequestError(403, 'origin', `cross-site requests are rejected; got ${showValue(origin)}`);
  }
}

function hostOf(origin: string): string | null {
  if (origin === 'null') return null;
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return null;
  }
}
