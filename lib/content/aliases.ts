import { aliasPath } from './alias-path';
import { getAllPosts, type Post } from './index';

export { aliasPath };

/** A permanent redirect from an old address of a post to the post, in the form next.config.mjs returns. */
export interface AliasRedirect {
  source: string;
  destination: string;
  permanent: true;
}

/** Escapes characters that Next.js reads as path-pattern syntax in a redirect source. */
function literalSource(pathname: string): string {
  return encodeURI(pathname).replace(/[:*+?()[\]{}]/g, (character) => `\\${character}`);
}

/** Lists the redirects from every published post's aliases (`aliases`, or Jekyll's `redirect_from`) to the post. */
export function aliasRedirects(posts: Post[] = getAllPosts()): AliasRedirect[] {
  // A post's own address and an alias an earlier post claimed are skipped; `npm run check` warns about both.
  const taken = new Set(['/', ...posts.map((post) => `/posts/${post.slug}`)]);
  const redirects: AliasRedirect[] = [];
  for (const post of posts) {
    for (const pathname of post.aliases.map(aliasPath)) {
      if (taken.has(pathname)) continue;
      taken.add(pathname);
      redirects.push({ source: literalSource(pathname), destination: `/posts/${encodeURIComponent(post.slug)}`, permanent: true });
    }
  }
  return redirects;
}
