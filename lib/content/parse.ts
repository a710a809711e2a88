import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { ContentProblem } from './problems';

/** The syntax a post body is parsed with: MDX for `.mdx`, plain Markdown (where `<` and `{` are text) for `.md`. */
export type PostFormat = 'mdx' | 'md';

// The same syntax extensions, in the same order, as the MDX compiler uses with
// next.config.mjs's plugins (it adds remark-mdx before them for .mdx files), so
// what is counted is what is rendered.
const processors = {
  mdx: unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).use(remarkMath).freeze(),
  md: unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).use(remarkMath).freeze(),
};

/** Returns the format a post file is compiled in, from its extension. */
export function formatOfFile(file: string): PostFormat {
  return file.endsWith('.mdx') ? 'mdx' : 'md';
}

interface SyntaxError {
  reason?: string;
  message: string;
  line?: number;
  column?: number;
  place?: { line?: number; column?: number; start?: { line?: number; column?: number } };
}

// Trees retained by source text while retainTrees is on, or null when it is off.
let retained: Map<string, Root> | null = null;

/**
 * Keeps every tree parsePost returns until the returned function is called,
 * so a second parse of the same text in this process (the search index after
 * the checker, in `npm run build`) reuses the first. Callers must not change
 * the trees. While on, it uses about 40 MB of heap per 1,000 benchmark posts.
 */
export function retainTrees(): () => void {
  retained = new Map();
  return () => {
    retained = null;
  };
}

/**
 * Parses a whole post file (frontmatter included, so positions are file
 * positions) into an mdast tree. A syntax error comes back as a problem.
 */
export function parsePost(source: string, format: PostFormat, file: string): { tree: Root | null; problem?: ContentProblem } {
  const key = `${format}\0${source}`;
  const retainedTree = retained?.get(key);
  if (retainedTree) return { tree: retainedTree };

  try {
    const tree = processors[format].runSync(processors[format].parse(source)) as Root;
    retained?.set(key, tree);
    return { tree };
  } catch (caught) {
    const error = caught as SyntaxError;
    const place = error.place?.start ?? error.place;
    const reason = (error.reason ?? error.message).replace(/\s+/g, ' ').trim();
    const problem: ContentProblem = {
      file,
      line: place?.line ?? error.line ?? 1,
      column: place?.column ?? error.column ?? 1,
      severity: 'error',
      message: `invalid MDX: ${reason}`,
      expected: 'valid MDX; write a literal `<` as `&lt;` and a literal `{` as `\\{`, or use a .md file for plain Markdown',
    };
    return { tree: null, problem };
  }
}
