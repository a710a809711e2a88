import { getAllPosts, type Post } from './index';

/** A permanent redirect from an old address of a post to the post, in the form next.config.mjs returns. */
export interface AliasRedirect {
  source: string;
  destination: string;
  permanent: true;
}

/**
 * Turns an alias into a path: `/old/path/` stays rooted, a bare name such as
 * `old-name` is read relative to /posts/ as Hugo reads it relative to the
 * section, and a full URL keeps only its path.
 */
export function aliasPath(alias: string): string {
  let pathname = alias.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(pathname)) pathname = new URL(pathname).pathname;
  if (!pathname.startsWith('/')) pathname = `/posts/${pathname}`;
  pathname = pathname.replace(/\/+$/, '');
  return pathname === '' ? '/' : pathname;
}

/** Escapes characters that Next.js reads as path-pattern syntax in a redirect source. */
function literalSource(pathname: string): string {
  return pathname.replace(/[:*+?()[\]{}]/g, (character) => `\\${character}`);
}

/** Lists the redirects from every published post's aliases (`aliases`, or Jekyll's `redirect_from`) to the post. */
export function aliasRedirects(posts: Post[] = getAllPosts()): AliasRedirect[] {
  const taken = new Set(['/', ...posts.map((post) => `/posts/${post.slug}`)]);
  return posts.flatMap((post) =>
    post.aliases
      .map(aliasPath)
      .filter((pathname) => !taken.has(pathname))
      .map((pathname) => ({ source: literalSource(pathname), destination: `/posts/${encodeURIComponent(post.slug)}`, permanent: true as const })),
  );
}
