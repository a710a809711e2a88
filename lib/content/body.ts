import fs from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { resolvePostsDir } from './files.mjs';
import type { Post } from './index';
import { parsePost } from './parse';

/**
 * Reads and parses a post's file into its mdast tree (frontmatter included),
 * for output that is not the rendered page: feeds and the search index.
 * getAllPosts has already parsed every file once, so a syntax error here
 * means the file changed since; it is thrown with the file's path.
 */
export function readPostTree(post: Post): Root {
  const file = path.join(resolvePostsDir(), post.source);
  const parsed = parsePost(fs.readFileSync(file, 'utf8'), post.format, file);
  if (!parsed.tree) throw new Error(`failed to parse ${file}: ${parsed.problem?.message ?? 'unknown error'}`);
  return parsed.tree;
}
