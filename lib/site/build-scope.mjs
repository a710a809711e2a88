// Plain JavaScript, so next.config.mjs can check the variable before the build starts.
const SCOPES = ['all', 'posts'];

/**
 * Reads `FOLIO_BUILD_SCOPE`. `all`, the default, builds the whole site.
 * `posts` builds the home page and the post pages, and leaves out Open Graph
 * images, tag pages, pages 2 and on, and the search files. `npm run bench`
 * uses `posts` to time those pages against the bare @next/mdx app, which has
 * only them. Throws for any other value.
 */
export function buildScope(env = process.env) {
  const value = env.FOLIO_BUILD_SCOPE;
  if (value === undefined || value === '') return 'all';
  if (SCOPES.includes(value)) return value;
  throw new Error(`invalid FOLIO_BUILD_SCOPE "${value}"; expected ${SCOPES.join(' or ')}`);
}

/** Tells whether this build leaves out the routes that exist once per post, tag or page beyond the post pages. */
export function buildsPostsOnly(env = process.env) {
  return buildScope(env) === 'posts';
}
