import { EXIT, visit } from 'unist-util-visit';
import { readFrontmatter } from './frontmatter';
import { extractHeadings, type PostHeading } from './headings';
import { countWords } from './measure';
import { parsePost, type PostFormat } from './parse';
import type { ContentProblem } from './problems';
import { validateFrontmatter, type PostFrontmatter } from './schema';
import { computeSummary } from './summary';
import { plainText } from './text';

/** Everything Folio derives from one post file, before site settings apply. */
export interface PostAnalysis {
  /** Null when the file has errors; they are in `problems`. */
  frontmatter: PostFrontmatter | null;
  problems: ContentProblem[];
  words: number;
  /** The frontmatter summary, else the description, else the computed one. */
  summary: string;
  headings: PostHeading[];
  /** Whether the body has TeX math, so the page links KaTeX's stylesheet. */
  hasMath: boolean;
}

/**
 * Reads, validates and measures one post from its source text with a single
 * parse of the body: frontmatter, word count, summary and headings.
 */
export function analyzePost(source: string, options: { file: string; format: PostFormat; source?: string }): PostAnalysis {
  const { file, format } = options;
  const problems: ContentProblem[] = [];

  const read = readFrontmatter(source, file);
  problems.push(...read.problems);
  const frontmatter = read.problems.length === 0
    ? validateFrontmatter(read.frontmatter, { file, imported: format === 'md', problems, source: options.source })
    : null;

  const parsed = parsePost(source, format, file);
  if (parsed.problem) problems.push(parsed.problem);
  if (!parsed.tree) return { frontmatter: null, problems, words: 0, summary: '', headings: [], hasMath: false };

  const words = countWords(plainText(parsed.tree));
  const summary = frontmatter?.summary ?? frontmatter?.description ?? computeSummary(parsed.tree);
  const headings = extractHeadings(parsed.tree);
  const hasErrors = problems.some((problem) => problem.severity === 'error');
  let hasMath = false;
  visit(parsed.tree, ['math', 'inlineMath'], () => {
    hasMath = true;
    return EXIT;
  });

  return { frontmatter: hasErrors ? null : frontmatter, problems, words, summary, headings, hasMath };
}
