import path from 'node:path';
import { siteConfig } from '../../site.config';
import { findBySegment } from '../site/urls';
import type { PostAnalysis } from './analyze';
import { analyzeFile } from './cache';
import type { CalendarDate } from './dates';
import { displayPath, listPostFiles, resolvePostsDir, slugFromPostFile } from './files.mjs';
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
  hasMath: boolean;
}

const reportedWarnings = new Set<string>();

function tocLevelsOf(setting: boolean | TocLevels | undefined): TocLevels | false {
  if (setting === undefined) return siteConfig.toc ? siteConfig.tocLevels : false;
  if (setting === true) return siteConfig.tocLevels;
  return setting;
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

/** A post file after reading: the post when it has no errors, and everything found in it. */
export interface LoadedPost {
  /** Path of the file for messages: relative to the project, or absolute outside it. */
  display: string;
  source: string;
  slug: string;
  post: Post | null;
  analysis: PostAnalysis;
}

// `next dev` rebuilds the index after every save. A file's names and the post
// record of an unchanged analysis are kept from the last call. Over 5,000
// posts on 2 cores, that took a re-index with nothing changed from about 44 to 34 ms.
const namesByPath = new Map<string, { source: string; slug: string; display: string }>();
const postsByAnalysis = new WeakMap<PostAnalysis, Post | null>();

/** Returns a post file's source path, slug and display path. */
function namesOf(postsDir: string, source: string): { source: string; slug: string; display: string } {
  const fullPath = path.join(postsDir, source);
  const key = `${process.cwd()}\0${fullPath}`;
  let names = namesByPath.get(key);
  if (!names) {
    names = { source, slug: slugFromPostFile(source), display: displayPath(fullPath) };
    namesByPath.set(key, names);
  }
  return names;
}

/** Builds the post record from an analysis, or null when the post has errors. */
function postFrom(analysis: PostAnalysis, slug: string, source: string, format: PostFormat): Post | null {
  const frontmatter = analysis.frontmatter;
  if (!frontmatter) return null;
  return {
    slug,
    source,
    format,
    ...frontmatter,
    summary: analysis.summary,
    authors: frontmatter.authors.length > 0 ? frontmatter.authors : [siteConfig.author],
    toc: tocLevelsOf(frontmatter.toc),
    words: analysis.words,
    readingMinutes: readingMinutes(analysis.words, siteConfig.wordsPerMinute),
    headings: analysis.headings,
    hasMath: analysis.hasMath,
  };
}

/**
 * Reads and analyzes every file in the posts folder (`FOLIO_POSTS_DIR`,
 * default `posts/`), drafts included, without throwing for broken posts: their
 * errors are in `problems`. The content checker and getAllPosts share it.
 */
export function loadPosts(): { postsDir: string; files: LoadedPost[]; problems: ContentProblem[] } {
  const postsDir = resolvePostsDir();
  const listed = listPostFiles(postsDir).map((source) => namesOf(postsDir, source));

  const problems: ContentProblem[] = duplicateSlugProblems(listed);
  const files: LoadedPost[] = [];

  for (const file of listed) {
    const format = formatOfFile(file.source);
    const { analysis, fresh } = analyzeFile(path.join(postsDir, file.source), file.display, format, file.source);
    problems.push(...analysis.problems);

    // `next dev` prints a post's warnings once per change; `npm run build` and
    // `npm run check` print them through the checker instead.
    if (fresh && process.env.NODE_ENV === 'development') {
      for (const warning of analysis.problems.filter((problem) => problem.severity === 'warning')) {
        const line = formatProblem(warning);
        if (!reportedWarnings.has(line)) console.warn(line);
        reportedWarnings.add(line);
      }
    }

    let post = postsByAnalysis.get(analysis);
    if (post === undefined) {
      post = postFrom(analysis, file.slug, file.source, format);
      postsByAnalysis.set(analysis, post);
    }
    files.push({ ...file, post, analysis });
  }

  return { postsDir, files, problems };
}

/**
 * Returns today's date in the site's time zone, or `FOLIO_TODAY` (YYYY-MM-DD)
 * when set, so a build can be previewed as of another day.
 */
export function today(): CalendarDate {
  const override = process.env.FOLIO_TODAY;
  if (override && /^\d{4}-\d{2}-\d{2}$/.test(override)) return override;
  return new Intl.DateTimeFormat('en-CA', { timeZone: siteConfig.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/**
 * Tells whether a post is published in a production build: not a draft, and
 * not dated after today unless `publishFuturePosts` is on.
 */
export function isPublished(post: Post, date: CalendarDate = today()): boolean {
  if (post.draft) return false;
  return siteConfig.publishFuturePosts || post.date <= date;
}

// Every prerendered page asks for the index, some twice (metadata and body).
// Re-reading and hashing every file for each request made a build quadratic in
// the number of posts: 79 s of a 112 s build of 1,000 posts (`npm run bench`
// on a shared two-core machine). A production process never sees the posts
// change, so it reads them once per posts folder and day; `next dev` still
// re-reads to pick up edits.
const productionIndexes = new Map<string, Post[]>();

/**
 * Reads every post in the posts folder, newest first. In production builds
 * drafts and future-dated posts are left out here, once, for every page; `next
 * dev` shows them all. Throws a ContentError listing every error when any
 * post is broken. In production the folder is read once per process.
 */
export function getAllPosts(): Post[] {
  if (process.env.NODE_ENV !== 'production') return readIndex();

  const key = `${resolvePostsDir()}\0${today()}`;
  let posts = productionIndexes.get(key);
  if (!posts) {
    posts = readIndex();
    productionIndexes.set(key, posts);
  }
  // A copy, so a caller that sorts or filters in place cannot change the next page's list.
  return [...posts];
}

function readIndex(): Post[] {
  const { files, problems } = loadPosts();
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) throw new ContentError(errors);

  const posts = files.map((file) => file.post).filter((post): post is Post => post !== null);
  const date = today();
  const visible = process.env.NODE_ENV === 'production' ? posts.filter((post) => isPublished(post, date)) : posts;
  return visible.sort(comparePosts);
}

/** Returns the published post for a route segment, percent-encoded or not, or undefined. */
export function getPost(segment: string): Post | undefined {
  return findBySegment(getAllPosts(), segment, (post) => post.slug);
}
