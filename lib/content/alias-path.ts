/**
 * Turns an alias into a path: `/old/path/` stays rooted, a bare name such as
 * `old-name` is read relative to /posts/ as Hugo reads it relative to the
 * section, and a full URL keeps only its path.
 */
export function aliasPath(alias: string): string {
  let pathname = alias.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(pathname)) pathname = decodeURI(new URL(pathname).pathname);
  if (!pathname.startsWith('/')) pathname = `/posts/${pathname}`;
  pathname = pathname.replace(/\/+$/, '');
  return pathname === '' ? '/' : pathname;
}
