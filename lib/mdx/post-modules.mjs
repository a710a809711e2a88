// Writes lib/mdx/post-modules.generated.ts: one literal import() per post file.
// Turbopack needs literal paths (a template such as `${slug}.mdx` fails the
// build when no file matches, and is not resolved through an alias), and this
// is what lets FOLIO_POSTS_DIR point the site at any folder.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listPostFiles } from '../content/files.mjs';

const GENERATED_FILE = fileURLToPath(new URL('./post-modules.generated.ts', import.meta.url));

function importPath(postsDir, source) {
  const relative = path.relative(path.dirname(GENERATED_FILE), path.join(postsDir, source)).split(path.sep).join('/');
  return relative.startsWith('.') ? relative : `./${relative}`;
}

/** Renders the generated module's source for the posts in `postsDir`. */
export function renderPostModules(postsDir) {
  const entries = listPostFiles(postsDir).map(
    (source) => `  ${JSON.stringify(source)}: () => import(${JSON.stringify(importPath(postsDir, source))}),`,
  );

  return [
    '// Generated from the posts folder by lib/mdx/post-modules.mjs when Next.js loads',
    '// next.config.mjs, and by `npm run typecheck`. Do not edit: changes are overwritten.',
    "import type { MDXModule } from 'mdx/types';",
    '',
    '/** The compiled MDX module of every post file, keyed by its path inside the posts folder. */',
    'export const postModules: Record<string, () => Promise<MDXModule>> = {',
    ...entries,
    '};',
    '',
  ].join('\n');
}

/** Writes the generated module when its contents changed; returns true when it wrote. */
export function writePostModules(postsDir) {
  const contents = renderPostModules(postsDir);
  const current = fs.existsSync(GENERATED_FILE) ? fs.readFileSync(GENERATED_FILE, 'utf8') : null;
  if (current === contents) return false;

  fs.writeFileSync(GENERATED_FILE, contents);
  return true;
}

/**
 * Keeps the generated module in step with the posts folder while `next dev`
 * runs, so a new or deleted post appears or disappears without a restart.
 */
export function watchPostModules(postsDir) {
  let timer = null;
  const watcher = fs.watch(postsDir, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      try {
        writePostModules(postsDir);
      } catch (error) {
        console.error(`could not update the list of posts from ${postsDir}: ${error.message}`);
      }
    }, 50);
  });
  watcher.unref();
  return watcher;
}
