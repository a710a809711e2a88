import { parseCalendarDate, type CalendarDate } from './dates';
import { aliasPath } from './alias-path';
import { dateFromPostFile, slugFromPostFile } from './files.mjs';
import type { Frontmatter, FrontmatterField } from './frontmatter';
import { showValue, type ContentProblem } from './problems';

/** The validated frontmatter of a post, with every accepted alias folded into its canonical field. */
export interface PostFrontmatter {
  title: string;
  date: CalendarDate;
  updated?: CalendarDate;
  summary?: string;
  description?: string;
  tags: string[];
  /** Empty when the post names no author, so the site author applies. */
  authors: string[];
  draft: boolean;
  /**
   * Table of contents: false hides it, true shows it, a level range shows it
   * for those levels. Undefined when the post does not say, so the site setting applies.
   */
  toc?: boolean | TocLevels;
  aliases: string[];
}

/** The heading levels a table of contents lists, shallowest and deepest, each 1 to 6. */
export interface TocLevels {
  min: number;
  max: number;
}

type Canonical = 'title' | 'date' | 'updated' | 'summary' | 'description' | 'tags' | 'author' | 'draft' | 'toc' | 'aliases';

// Each canonical field with the names imported posts use for it, in order of preference.
const FIELD_NAMES: Record<Canonical, string[]> = {
  title: ['title'],
  date: ['date', 'pubDate', 'published', 'publishDate'],
  updated: ['updated', 'lastmod', 'updatedDate', 'modified_date'],
  summary: ['summary'],
  description: ['description'],
  tags: ['tags'],
  author: ['author', 'authors'],
  draft: ['draft'],
  toc: ['toc', 'ShowToc'],
  aliases: ['aliases', 'redirect_from'],
};

const KNOWN_NAMES = Object.values(FIELD_NAMES).flat();

// Fields that Hugo, Jekyll, Astro and Next.js starters use and Folio does not.
// They are ignored with a warning and never taken for misspellings of a
// Folio field, even where they are close to one (`math` is two edits from `date`).
const FOREIGN_NAMES = new Set([
  'bibliography', 'canonicalUrl', 'categories', 'category', 'comments', 'cover', 'expiryDate',
  'heroImage', 'image', 'images', 'keywords', 'lang', 'layout', 'math', 'meta', 'series',
  'ShowBreadCrumbs', 'slug', 'social', 'TocOpen', 'weight',
]);

/** Counts the edits (insertions, deletions, substitutions, swaps of neighbours) between two names, ignoring case. */
export function editDistance(left: string, right: string): number {
  const a = left.toLowerCase();
  const b = right.toLowerCase();
  // rows[i][j] is the distance between the first i letters of a and the first j of b.
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push(new Array<number>(b.length + 1).fill(0));
    rows[i][0] = i;
  }
  for (let j = 0; j <= b.length; j++) rows[0][j] = j;

  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
      }
    }
  }

  return rows[a.length][b.length];
}

/**
 * Returns the known field an unknown name is a misspelling of, or null. A name
 * within two edits of a known one counts, or within one edit for known names of
 * four letters or fewer, where two edits change half the word (`FAtags` is a
 * field of its own, not a misspelt `tags`).
 */
export function misspeltFieldName(name: string): string | null {
  let best: { known: string; distance: number } | null = null;

  for (const known of KNOWN_NAMES) {
    const distance = editDistance(name, known);
    const limit = known.length <= 4 ? 1 : 2;
    if (distance <= limit && (best === null || distance < best.distance)) best = { known, distance };
  }

  return best?.known ?? null;
}

/** Makes a title from a slug the way Jekyll does: `welcome-to-jekyll` becomes `Welcome To Jekyll`. */
export function titleFromSlug(slug: string): string {
  return slug
    .split(/[-_\s]+/)
    .filter((word) => word !== '')
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join(' ');
}

// Addresses Folio itself serves; an alias there would redirect the real page away.
const SITE_ROUTES = /^\/(|tags|archives|search|feed\.xml|atom\.xml|sitemap\.xml|robots\.txt|favicon\.ico|icon\.svg)$|^\/(page|tags|api|feedback|_next|pagefind|vendor)(\/|$)/;

/** Tells whether a path is one of the site's own routes (a post's own address is checked against the posts). */
function isSiteRoute(pathname: string): boolean {
  return SITE_ROUTES.test(pathname);
}

interface ValidationContext {
  file: string;
  /** True for plain Markdown posts, which get the leniency imported posts need. */
  imported: boolean;
  problems: ContentProblem[];
}

function invalid(context: ValidationContext, field: FrontmatterField, expected: string, detail = ''): void {
  context.problems.push({
    file: context.file,
    line: field.valueLine,
    column: field.valueColumn,
    severity: 'error',
    message: `invalid frontmatter field "${field.name}": ${showValue(field.value)}${detail}`,
    expected,
  });
}

function readString(context: ValidationContext, field: FrontmatterField): string | undefined {
  if (typeof field.value === 'string' && field.value.trim() !== '') return field.value.trim();
  invalid(context, field, 'a non-empty string');
  return undefined;
}

function readDate(context: ValidationContext, field: FrontmatterField): CalendarDate | undefined {
  const date = typeof field.value === 'string' ? parseCalendarDate(field.value) : null;
  if (date) return date;
  invalid(context, field, 'a calendar date such as 2025-12-06 (YYYY-MM-DD, optionally with a time and offset)', ' is not a calendar date');
  return undefined;
}

function readBoolean(context: ValidationContext, field: FrontmatterField): boolean | undefined {
  if (typeof field.value === 'boolean') return field.value;
  invalid(context, field, 'true or false, unquoted');
  return undefined;
}

function readToc(context: ValidationContext, field: FrontmatterField): boolean | TocLevels | undefined {
  const value = field.value as { min?: unknown; max?: unknown } | boolean | null;
  if (typeof value === 'boolean') return value;

  const isLevel = (level: unknown): level is number => Number.isInteger(level) && (level as number) >= 1 && (level as number) <= 6;
  if (value && typeof value === 'object' && !Array.isArray(value) && isLevel(value.min) && isLevel(value.max) && value.min <= value.max
      && Object.keys(value).every((key) => key === 'min' || key === 'max')) {
    return { min: value.min, max: value.max };
  }

  invalid(context, field, 'true, false, or heading levels such as { min: 2, max: 3 } (1 to 6, min not above max)');
  return undefined;
}

function readStringList(context: ValidationContext, field: FrontmatterField, example: string, allowSingle: boolean): string[] | undefined {
  const value = field.value;
  if (allowSingle && typeof value === 'string' && value.trim() !== '') return [value.trim()];
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== '')) {
    return value.map((item: string) => item.trim());
  }

  const detail = typeof value === 'string' ? ' is a string, not a list' : '';
  invalid(context, field, `a list of non-empty strings, such as ${example}`, detail);
  return undefined;
}

/**
 * Validates frontmatter against the post schema. Returns the post's fields, or
 * null when any error was found; errors and warnings are added to `problems`.
 */
export function validateFrontmatter(
  frontmatter: Frontmatter,
  options: { file: string; imported: boolean; problems: ContentProblem[]; source?: string },
): PostFrontmatter | null {
  const context: ValidationContext = { ...options };
  const errorsBefore = context.problems.filter((problem) => problem.severity === 'error').length;
  const { fields } = frontmatter;

  for (const field of fields.values()) {
    if (KNOWN_NAMES.includes(field.name)) continue;

    const known = FOREIGN_NAMES.has(field.name) ? null : misspeltFieldName(field.name);
    context.problems.push({
      file: context.file,
      line: field.line,
      column: field.column,
      severity: known ? 'error' : 'warning',
      message: known ? `unknown frontmatter field "${field.name}"` : `unknown frontmatter field "${field.name}" is ignored`,
      expected: known ? `"${known}" (check the spelling)` : undefined,
    });
  }

  const pick = (canonical: Canonical): FrontmatterField | undefined =>
    FIELD_NAMES[canonical].map((name) => fields.get(name)).find((field) => field !== undefined);

  const missing = (name: string, expected: string) =>
    context.problems.push({
      file: context.file,
      line: frontmatter.line,
      column: 1,
      severity: 'error',
      message: `missing frontmatter field "${name}"`,
      expected,
    });

  // A Jekyll post (`2016-05-19-my-post.md`) may leave its date and title to
  // its file name, as Jekyll itself allows.
  const fileDate = options.source ? dateFromPostFile(options.source) : null;

  const titleField = pick('title');
  let title = titleField ? readString(context, titleField) : undefined;
  if (!titleField && fileDate && options.source) {
    title = titleFromSlug(slugFromPostFile(options.source));
    context.problems.push({
      file: context.file, line: frontmatter.line, column: 1, severity: 'warning',
      message: `missing frontmatter field "title"; using "${title}" from the file name`,
    });
  } else if (!titleField) {
    missing('title', 'a line such as `title: "My post"` in the frontmatter');
  }

  const dateField = pick('date');
  const date = dateField ? readDate(context, dateField) : fileDate ?? undefined;
  if (!dateField && !fileDate) missing('date', 'a line such as `date: 2025-12-06` in the frontmatter');

  const updatedField = pick('updated');
  const updated = updatedField ? readDate(context, updatedField) : undefined;

  const summaryField = pick('summary');
  const summary = summaryField ? readString(context, summaryField) : undefined;

  const descriptionField = pick('description');
  const description = descriptionField ? readString(context, descriptionField) : undefined;

  const tagsField = pick('tags');
  let tags = tagsField ? readStringList(context, tagsField, '[redis, databases]', context.imported) : [];
  // A tag becomes a URL segment, so `.`, `..` or `#` alone would name no page of its own.
  const unusable = tags?.find((tag) => !/[\p{L}\p{N}]/u.test(tag));
  if (tagsField && unusable !== undefined) {
    invalid(context, tagsField, 'tags that contain a letter or digit, such as [redis, databases]', ` has the tag ${JSON.stringify(unusable)}, which has no letters or digits`);
    tags = undefined;
  }

  const authorField = pick('author');
  const authors = authorField ? readStringList(context, authorField, '"Ada Lovelace" or [Ada, Grace]', true) : [];

  const draftField = pick('draft');
  const draft = draftField ? readBoolean(context, draftField) : false;

  const tocField = pick('toc');
  const toc = tocField ? readToc(context, tocField) : undefined;

  const aliasesField = pick('aliases');
  const aliases = aliasesField ? readStringList(context, aliasesField, '[/old/path/]', true) : [];
  const siteRouteAlias = aliases?.find((alias) => isSiteRoute(aliasPath(alias)));
  if (aliasesField && siteRouteAlias !== undefined) {
    invalid(context, aliasesField, 'old addresses that no page of the site uses, such as [/2019/05/my-post/]', ` has ${JSON.stringify(siteRouteAlias)}, which is the address of a page of the site`);
  }

  const errorsAfter = context.problems.filter((problem) => problem.severity === 'error').length;
  if (errorsAfter > errorsBefore || title === undefined || date === undefined) return null;

  return {
    title,
    date,
    updated,
    summary,
    description,
    tags: tags ?? [],
    authors: authors ?? [],
    draft: draft ?? false,
    toc,
    aliases: aliases ?? [],
  };
}
