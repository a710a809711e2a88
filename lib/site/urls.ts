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
