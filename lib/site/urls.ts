/**
 * Joins a site path onto the configured base URL, whether or not the base ends
 * with `/`: `absoluteUrl('https://a.dev/blog/', '/posts/x')` and
 * `absoluteUrl('https://a.dev/blog', 'posts/x')` both give
 * `https://a.dev/blog/posts/x`. The path should already be percent-encoded.
 */
export function absoluteUrl(baseUrl: string, path: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  const relative = path.replace(/^\/+/, '');
  return relative === '' ? `${base}/` : `${base}/${relative}`;
}

/** Returns the path of a post's page. */
export function postPath(slug: string): string {
  return `/posts/${encodeURIComponent(slug)}`;
}

/**
 * Finds the item a route segment names. Next.js may pass a prerendered page
 * its segment still percent-encoded (non-ASCII letters, spaces) or already
 * decoded, so both readings are tried, the raw one first. A segment that is not
 * valid percent-encoding is only matched raw.
 */
export function findBySegment<T>(items: T[], segment: string, keyOf: (item: T) => string): T | undefined {
  const exact = items.find((item) => keyOf(item) === segment);
  if (exact) return exact;

  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return undefined;
  }
  return items.find((item) => keyOf(item) === decoded);
}
