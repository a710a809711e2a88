// Finding post files. Plain JavaScript because next.config.mjs runs it before
// anything is compiled; lib/content/files.d.mts gives its types.
import fs from 'node:fs';
import path from 'node:path';

/** Environment variable that points the whole site at another posts folder. */
export const POSTS_DIR_VARIABLE = 'FOLIO_POSTS_DIR';

const POST_FILE = /\.(md|mdx)$/;
const INDEX_FILE = /^index\.(md|mdx)$/;

/**
 * Resolves the posts folder: `FOLIO_POSTS_DIR` relative to the project root,
 * or `posts/` when the variable is unset or empty.
 */
export function resolvePostsDir(env = process.env, cwd = process.cwd()) {
  const configured = env[POSTS_DIR_VARIABLE];
  return path.resolve(cwd, configured && configured.trim() !== '' ? configured : 'posts');
}

/**
 * Lists the post files in a posts folder as paths relative to it, sorted:
 * `<slug>.mdx` and `<slug>.md` at the top level, and `<slug>/index.md(x)` one
 * folder down. Names starting with `.` or `_` are skipped, like editor swap
 * files and drafts folders kept out of the site. Throws when the folder is missing.
 */
export function listPostFiles(postsDir) {
  if (!fs.existsSync(postsDir) || !fs.statSync(postsDir).isDirectory()) {
    throw new Error(
      `posts folder not found: ${postsDir}; create it or set ${POSTS_DIR_VARIABLE} to a folder of .md/.mdx posts`,
    );
  }

  const files = [];
  for (const entry of fs.readdirSync(postsDir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name.startsWith('_')) continue;

    if (entry.isFile() && POST_FILE.test(entry.name)) {
      files.push(entry.name);
    } else if (entry.isDirectory()) {
      const inner = fs.readdirSync(path.join(postsDir, entry.name));
      for (const name of inner.filter((name) => INDEX_FILE.test(name))) {
        files.push(`${entry.name}/${name}`);
      }
    }
  }

  return files.sort();
}

/** Returns the slug a post file gives: its name without the extension, or its folder's name for an index file. */
export function slugFromPostFile(relativePath) {
  const parts = relativePath.split('/');
  if (parts.length === 2 && INDEX_FILE.test(parts[1])) return parts[0];
  return parts[parts.length - 1].replace(POST_FILE, '');
}
