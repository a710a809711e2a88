import fs from 'node:fs';
import path from 'node:path';
import { siteConfig } from '../../site.config';
import { analyzeCached } from './cache';
import type { CalendarDate } from './dates';
import { listPostFiles, resolvePostsDir, slugFromPostFile } from './files.mjs';
import type { PostHeading } from './headings';
import { readingMinutes } from './measure';
import { formatOfFile, type PostFormat } from './parse';
import { ContentError, formatProblem, type ContentProblem } from './problems';
import type { TocLevels } from './schema';

export { formatLongDate } from './dates';
export type { PostHeading } from './headings';
export type { TocLevels } from './schema';

/** A post ready to show: frontmatter, measurements and where its file is. */
export interface Post {
  slug: string;
  /** Path of the file inside the posts folder, with `/` separators; the key of its MDX module. */
  source: string;
  format: PostFormat;
  title: string;
  date: CalendarDate;
  updated?: CalendarDate;
  summary: string;
  description?: string;
  tags: string[];
  authors: string[];
  draft: boolean;
  /** The heading levels the table of contents lists, or false when the post has none. */
  toc: TocLevels | false;
  aliases: string[];
  words: number;
  readingMinutes: number;
  headings: PostHeading[];
}

const reportedWarnings = new Set<string>();

function tocLevelsOf(setting: boolean | TocLevels | undefined): TocLevels | false {
  if (setting === undefined) return siteConfig.toc ? siteConfig.tocLevels : false;
  if (setting === true) return siteConfig.tocLevels;
  return setting;
}

function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return relative.startsWith('..') ? absolute : relative.split(path.sep).join('/');
}

function duplicateSlugProblems(files: { source: string; slug: string; display: string }[]): ContentProblem[] {
  const bySlug = new Map<string, string[]>();
  for (const file of files) bySlug.set(file.slug, [...(bySlug.get(file.slug) ?? []), file.display]);

  return [...bySlug.entries()]
    .filter(([, paths]) => paths.length > 1)
    .map(([slug, paths]): ContentProblem => ({
      file: paths[1],
      line: 1,
      column: 1,
      severity: 'error',
      message: `duplicate slug "${slug}": ${paths.join(' and ')} both give it`,
      expected: 'one file per slug; rename or remove one of them',
    }));
}

/** Orders posts newest first, and posts of the same day by title, A to Z. */
export function comparePosts(left: Post, right: Post): number {
  if (left.date !== right.date) return left.date < right.date ? 1 : -1;
  return left.title.localeCompare(right.title, 'en');
}

// Every prerendered page asks for the index, some twice (metadata and body).
// Re-reading and hashing every file for each request made a build quadratic in
// the number of posts: 79 s of a 112 s build of 1,000 posts (`npm run bench`
// on a shared two-core machine).
// A production process never sees the posts change, so it reads them once per
// posts folder; `next dev` still re-reads to pick up edits.
const productionIndexes = new Map<string, Post[]>();

/**
 * Reads every post in the posts folder (`FOLIO_POSTS_DIR`, default `posts/`),
 * newest first. Drafts are left out of production builds here, once, for every
 * page. Throws a ContentError listing every error when any post is broken.
 * In production the folder is read once per process and the result reused.
 */
export function getAllPosts(): Post[] {
  const postsDir = resolvePostsDir();
  if (process.env.NODE_ENV !== 'production') return readAllPosts(postsDir);

  let posts = productionIndexes.get(postsDir);
  if (!posts) {
    posts = readAllPosts(postsDir);
    productionIndexes.set(postsDir, posts);
  }
  // A copy, so a caller that sorts or filters in place cannot change the next page's list.
  return [...posts];
}

function readAllPosts(postsDir: string): Post[] {
  const files = listPostFiles(postsDir).map((source) => ({
    source,
    slug: slugFromPostFile(source),
    display: displayPath(path.join(postsDir, source)),
  }));

  const problems: ContentProblem[] = duplicateSlugProblems(files);
  const posts: Post[] = [];

  for (const file of files) {
    const text = fs.readFileSync(path.join(postsDir, file.source), 'utf8');
    const format = formatOfFile(file.source);
    const { analysis, fresh } = analyzeCached(text, file.display, format);
    problems.push(...analysis.problems.filter((problem) => problem.severity === 'error'));

    for (const warning of analysis.problems.filter((problem) => problem.severity === 'warning')) {
      const line = formatProblem(warning);
      if (fresh && !reportedWarnings.has(line)) console.warn(line);
      reportedWarnings.add(line);
    }

    const frontmatter = analysis.frontmatter;
    if (!frontmatter) continue;

    posts.push({
      slug: file.slug,
      source: file.source,
      format,
      ...frontmatter,
      summary: analysis.summary,
      authors: frontmatter.authors.length > 0 ? frontmatter.authors : [siteConfig.author],
      toc: tocLevelsOf(frontmatter.toc),
      words: analysis.words,
      readingMinutes: readingMinutes(analysis.words, siteConfig.wordsPerMinute),
      headings: analysis.headings,
    });
  }

  if (problems.some((problem) => problem.severity === 'error')) throw new ContentError(problems);

  const visible = process.env.NODE_ENV === 'production' ? posts.filter((post) => !post.draft) : posts;
  return visible.sort(comparePosts);
}

/** Returns the published post with this slug, or undefined. */
export function getPost(slug: string): Post | undefined {
  return getAllPosts().find((post) => post.slug === slug);
}
