import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { isPublished, loadPosts, type LoadedPost } from '../content';
import { displayPath } from '../content/files.mjs';
import { compareProblems, type ContentProblem } from '../content/problems';
import { GLOBAL_COMPONENTS } from '../content/components';
import { aliasPath } from '../content/alias-path';
import { editDistance } from '../content/schema';

/** The problems `npm run check` found in the posts folder, and how many files it read. */
export interface CheckReport {
  errors: ContentProblem[];
  warnings: ContentProblem[];
  files: number;
}

// Extensions an MDX post can import from: modules the bundler compiles, and images.
const IMPORTABLE = /\.(js|jsx|ts|tsx|mjs|cjs|mdx|md|json|png|jpe?g|gif|webp|avif|svg)$/i;
const REMOTE = /^([a-z][a-z0-9+.-]*:|\/\/)/i;

function problem(file: LoadedPost, place: { line: number; column: number }, message: string, expected: string): ContentProblem {
  return { file: file.display, line: place.line, column: place.column, severity: 'error', message, expected };
}

/** Keeps the first warning about each unknown frontmatter field name and counts the files that repeat it. */
function oneWarningPerField(warnings: ContentProblem[]): ContentProblem[] {
  const seen = new Map<string, ContentProblem & { repeats: number }>();
  const kept: ContentProblem[] = [];

  for (const warning of warnings) {
    const field = /^unknown frontmatter field "([^"]+)" is ignored$/.exec(warning.message)?.[1];
    if (!field) {
      kept.push(warning);
      continue;
    }
    const first = seen.get(field);
    if (first) first.repeats += 1;
    else {
      const entry = { ...warning, repeats: 0 };
      seen.set(field, entry);
      kept.push(entry);
    }
  }

  return kept.map((warning) => {
    const repeats = (warning as { repeats?: number }).repeats ?? 0;
    const { repeats: _, ...rest } = warning as ContentProblem & { repeats?: number };
    return repeats > 0 ? { ...rest, message: `${rest.message} (also in ${repeats} more ${repeats === 1 ? 'file' : 'files'})` } : rest;
  });
}

/** Checks links to other posts and to `#anchors` against the posts and headings that exist. */
function linkProblems(file: LoadedPost, bySlug: Map<string, LoadedPost>): ContentProblem[] {
  const problems: ContentProblem[] = [];

  for (const link of file.analysis.references.links) {
    let slug: string | null = null;
    let anchor: string | null = null;

    const hash = link.url.indexOf('#');
    const pathPart = hash === -1 ? link.url : link.url.slice(0, hash);
    anchor = hash === -1 ? null : decodeURIComponent(link.url.slice(hash + 1));
    const postPath = /^\/posts\/([^/?#]+)\/?$/.exec(pathPart) ?? /^\.\/([^/?#.]+)\/?$/.exec(pathPart);

    if (pathPart === '') slug = file.slug;
    else if (postPath) slug = decodeURIComponent(postPath[1]);
    else continue;

    // A link to `#anchor` is to this very file, even when another file has the same slug.
    const target = pathPart === '' ? file : bySlug.get(slug);
    if (!target) {
      const closest = [...bySlug.keys()].sort((left, right) => editDistance(slug, left) - editDistance(slug, right))[0];
      const near = closest !== undefined && editDistance(slug, closest) <= Math.max(2, Math.floor(slug.length / 3));
      problems.push(problem(file, link, `link to a post that does not exist: ${JSON.stringify(link.url)}`, near ? `a link to an existing post, such as /posts/${closest}` : 'a link to an existing post, /posts/<slug> where <slug> is its file name'));
      continue;
    }
    if (file.post && isPublished(file.post) && target.post && !isPublished(target.post)) {
      problems.push(problem(file, link, `link to a post that is not published: ${JSON.stringify(link.url)} is a draft or dated in the future`, 'a link to a published post, or publish the target first'));
      continue;
    }
    if (anchor && !target.analysis.headings.some((heading) => heading.id === anchor)) {
      const ids = target.analysis.headings.map((heading) => `#${heading.id}`).slice(0, 5).join(', ');
      problems.push(problem(file, link, `link to a heading that does not exist: ${JSON.stringify(link.url)}`, ids ? `one of the target's heading ids, such as ${ids}` : 'a post with that heading'));
    }
  }

  return problems;
}

/** Checks that local images exist and that every image has alt text. */
function imageProblems(file: LoadedPost, postsDir: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const postDir = path.dirname(path.join(postsDir, file.source));

  for (const image of file.analysis.references.images) {
    if (image.alt === null || image.alt.trim() === '') {
      problems.push(problem(file, image, `image has no alt text: ${JSON.stringify(image.src)}`, 'a description of the image, as in ![A diagram of the cluster](./cluster.png)'));
    }
    if (REMOTE.test(image.src) || image.src === '') continue;

    const local = decodeURI(image.src.split(/[?#]/)[0]);
    const target = local.startsWith('/') ? path.join(process.cwd(), 'public', local) : path.resolve(postDir, local);
    if (!fs.existsSync(target)) {
      const rule = local.startsWith('/') ? 'a path starting with / is read from public/' : 'a relative path is read from the post\'s folder';
      problems.push(problem(file, image, `image not found: ${JSON.stringify(image.src)}`, `a file at ${displayPath(target)} (${rule})`));
    }
  }

  return problems;
}

/** Checks that every JSX component is one every post has or one the post imports, and that imports resolve. */
function moduleProblems(file: LoadedPost, postsDir: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { components, imports } = file.analysis.references;
  const imported = new Set(imports.flatMap((entry) => entry.names));
  const postDir = path.dirname(path.join(postsDir, file.source));
  const require = createRequire(path.join(process.cwd(), 'package.json'));

  for (const entry of imports) {
    if (entry.source.startsWith('.') || entry.source.startsWith('/')) {
      const target = path.resolve(postDir, entry.source);
      if (!IMPORTABLE.test(entry.source)) {
        problems.push(problem(file, entry, `import of ${JSON.stringify(entry.source)} is not supported`, 'a .js, .jsx, .ts, .tsx, .mdx, .json or image file; components written for other frameworks (.astro, .vue, .svelte) cannot render here'));
      } else if (!fs.existsSync(target)) {
        problems.push(problem(file, entry, `import not found: ${JSON.stringify(entry.source)}`, `a file at ${displayPath(target)}`));
      }
      continue;
    }
    try {
      require.resolve(entry.source);
    } catch {
      problems.push(problem(file, entry, `import of package ${JSON.stringify(entry.source)} cannot be resolved`, 'a package listed in package.json and installed'));
    }
  }

  for (const component of components) {
    if (GLOBAL_COMPONENTS.includes(component.name) || imported.has(component.name)) continue;
    problems.push(problem(file, component, `unknown component <${component.name}>`, `one of ${GLOBAL_COMPONENTS.map((name) => `<${name}>`).join(', ')}, or a component the post imports`));
  }

  return problems;
}

/** Warns about aliases that are the address of a post or another post's alias; the first owner keeps it. */
function aliasProblems(files: LoadedPost[], postsDir: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const owners = new Map<string, LoadedPost>(files.map((file) => [`/posts/${file.slug}`, file]));

  for (const file of files) {
    if (!file.post || file.post.aliases.length === 0) continue;
    const text = fs.readFileSync(path.join(postsDir, file.source), 'utf8');
    const index = text.split(/\r?\n/).findIndex((line) => /^\s*(aliases|redirect_from)\s*[:=]/.test(line));
    const place = { line: index === -1 ? 1 : index + 1, column: 1 };

    for (const alias of file.post.aliases) {
      const pathname = aliasPath(alias);
      const owner = owners.get(pathname);
      if (owner && owner !== file) {
        // A warning, not an error: the page still renders, and the address keeps
        // serving the post it already served (Hugo's translations share aliases).
        const what = pathname === `/posts/${owner.slug}` ? `the address of ${owner.display}` : `already an alias of ${owner.display}`;
        problems.push({ ...problem(file, place, `alias ${JSON.stringify(alias)} is ${what}, so it is ignored`, 'an old address that no other page or post uses'), severity: 'warning' });
      } else {
        owners.set(pathname, file);
      }
    }
  }

  return problems;
}

/**
 * Checks every post in the posts folder without building the site:
 * frontmatter, MDX syntax, links between posts and to headings, images,
 * components and imports, duplicate slugs, skipped heading levels, template
 * tags of other engines and raw HTML the allow-list drops.
 */
export function checkPosts(): CheckReport {
  const { postsDir, files, problems } = loadPosts();
  const bySlug = new Map(files.map((file) => [file.slug, file]));

  for (const file of files) {
    if (!file.analysis.frontmatter && file.analysis.problems.some((entry) => entry.message.startsWith('invalid MDX'))) continue;
    problems.push(...linkProblems(file, bySlug), ...imageProblems(file, postsDir), ...moduleProblems(file, postsDir));
  }

  problems.push(...aliasProblems(files, postsDir));

  const errors = problems.filter((entry) => entry.severity === 'error').sort(compareProblems);
  const warnings = oneWarningPerField(problems.filter((entry) => entry.severity === 'warning').sort(compareProblems));
  return { errors, warnings, files: files.length };
}
