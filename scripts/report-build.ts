// Runs after `next build`: checks that the index and every published post were
// prerendered, and prints them in one line, since Next.js lists only the first few.
import fs from 'node:fs';
import path from 'node:path';
import { getAllPosts } from '../lib/content';

const distDir = process.env.FOLIO_DIST_DIR || '.next';
const manifestPath = path.join(distDir, 'prerender-manifest.json');
const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as { routes: Record<string, unknown> };
const prerendered = new Set(Object.keys(manifest.routes));

const started = performance.now();
const expected = ['/', ...getAllPosts().map((post) => `/posts/${post.slug}`)];
const elapsed = Math.round(performance.now() - started);
const missing = expected.filter((route) => !prerendered.has(route));

if (missing.length > 0) {
  console.error(`build is missing prerendered pages: ${missing.join(', ')}; expected every published post in ${manifestPath}`);
  process.exit(1);
}

// Every route is listed for a blog of ordinary size. Past that, a count is more useful than a wall of paths.
const LISTED = 50;
const count = expected.length - 1;
const routes = expected.slice(1);
const shown = count <= LISTED ? routes.join(', ') : `${routes.slice(0, 10).join(', ')} and ${count - 10} more`;
console.log(`prerendered / and ${count} ${count === 1 ? 'post' : 'posts'} (indexed in ${elapsed} ms): ${shown}`);
