// Writes the Pagefind search bundle for the published posts into
// searchBundleDir(), which app/pagefind/[...file]/route.ts copies into the
// build. Prints one line with counts and time.
import fs from 'node:fs';
import path from 'node:path';
import { getAllPosts } from '../../lib/content';
import { searchDocuments } from '../../lib/search/documents';
import { searchBundleDir } from '../../lib/search/location';
import { buildPagefindBundle } from '../../lib/search/pagefind';
import { siteConfig } from '../../site.config';

/** Builds and writes the search bundle of the posts a production build publishes. */
export async function writeSearchIndex(): Promise<void> {
  const started = performance.now();
  const posts = getAllPosts();
  const files = await buildPagefindBundle(searchDocuments(posts, siteConfig.baseUrl, siteConfig.language));

  const dir = searchBundleDir();
  fs.rmSync(dir, { recursive: true, force: true });
  for (const file of files) {
    const target = path.join(dir, file.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, file.content);
  }

  const bytes = files.reduce((sum, file) => sum + file.content.length, 0);
  const elapsed = Math.round(performance.now() - started);
  console.log(`indexed ${posts.length} posts for search in ${elapsed} ms: ${files.length} files, ${Math.round(bytes / 1024)} kB in ${path.relative(process.cwd(), dir)}`);
}
