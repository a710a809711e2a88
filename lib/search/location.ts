import path from 'node:path';

/** The URL path the search bundle is served under; Pagefind's script finds its files next to itself. */
export const SEARCH_BUNDLE_PATH = '/pagefind';

/**
 * Returns the folder the search bundle is written to before `next build`, one
 * per build output folder (`FOLIO_DIST_DIR`), so builds of different posts
 * folders never share an index. The route under /pagefind copies it into the
 * build, so `next start` does not read it.
 */
export function searchBundleDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  const distDir = env.FOLIO_DIST_DIR || '.next';
  return path.join(cwd, 'node_modules', '.cache', 'folio', 'search', path.basename(distDir));
}
