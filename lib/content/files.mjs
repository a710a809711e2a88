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

// Jekyll names posts `2016-05-19-my-post.md`: the date, then the slug.
const JEKYLL_NAME = /^(\d{4})-(\d{2})-(\d{2})-(.+)$/;

// Folders never searched for posts: hidden ones, Jekyll's unpublished drafts, and installed packages.
const SKIPPED_FOLDERS = new Set(['_drafts', 'node_modules']);

/**
 * Lists the post files in a posts folder and its subfolders as paths relative
 * to it, with `/` separators, sorted: every `.md` and `.mdx` file, so a Hugo
 * `content/posts/` tree can be copied in as it is. Names starting with `.` are
 * skipped, like editor swap files. Throws when the folder is missing.
 */
export function listPostFiles(postsDir) {
  if (!fs.existsSync(postsDir) || !fs.statSync(postsDir).isDirectory()) {
    throw new Error(
      `posts folder not found: ${postsDir}; create it or set ${POSTS_DIR_VARIABLE} to a folder of .md/.mdx posts`,
    );
  }

  const files = [];
  const walk = (relative) => {
    for (const entry of fs.readdirSync(path.join(postsDir, relative), { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) walk(child);
      else if (entry.isFile() && POST_FILE.test(entry.name)) files.push(child);
    }
  };
  walk('');

  return files.sort();
}

/**
 * Returns the slug a post file gives: its name without the extension and
 * without a Jekyll date prefix, or its folder's name for an index file.
 */
export function slugFromPostFile(relativePath) {
  const parts = relativePath.split('/');
  const name = parts[parts.length - 1];
  if (parts.length >= 2 && INDEX_FILE.test(name)) return parts[parts.length - 2];

  const base = name.replace(POST_FILE, '');
  return JEKYLL_NAME.exec(base)?.[4] ?? base;
}

/** Shows a path relative to the project (the working folder) when it is inside it, else absolute, with `/` separators. */
export function displayPath(absolute, cwd = process.cwd()) {
  const relative = path.relative(cwd, absolute);
  return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative.split(path.sep).join('/');
}

/** Returns the `YYYY-MM-DD` date in a Jekyll post's file name, or null. */
export function dateFromPostFile(relativePath) {
  const match = JEKYLL_NAME.exec(relativePath.split('/').pop().replace(POST_FILE, ''));
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}
