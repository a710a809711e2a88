import type { Root } from 'mdast';
import { EXIT, visit } from 'unist-util-visit';
import { readFrontmatter } from './frontmatter';
import { extractHeadings, type PostHeading } from './headings';
import { droppedHtmlProblems } from './html';
import { countWords } from './measure';
import { parsePost, type PostFormat } from './parse';
import type { ContentProblem } from './problems';
import { validateFrontmatter, type PostFrontmatter } from './schema';
import { computeSummary } from './summary';
import { collectReferences, type PostReferences } from './references';
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
  references: PostReferences;
}

// Hugo shortcodes `{{< … >}}` and `{{% … %}}`, and Liquid tags `{% … %}` and
// `{{ … }}`: other engines expand them, Folio shows them as text.
const TEMPLATE_TAG = /\{\{[<%][\s\S]*?[>%]\}\}|\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}/g;

/** Warns about template tags of other blog engines in a post's text. */
function templateTagWarnings(tree: Root, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  visit(tree, 'text', (node) => {
    for (const match of node.value.matchAll(TEMPLATE_TAG)) {
      const before = node.value.slice(0, match.index);
      const lines = before.split('\n');
      const line = (node.position?.start.line ?? 1) + lines.length - 1;
      const column = lines.length === 1 ? (node.position?.start.column ?? 1) + before.length : lines[lines.length - 1].length + 1;
      const kind = match[0].startsWith('{{<') || match[0].startsWith('{{%') ? 'Hugo shortcode' : 'Liquid tag';
      const shown = match[0].length > 40 ? `${match[0].slice(0, 37)}...` : match[0];
      problems.push({
        file, line, column, severity: 'warning',
        message: `${kind} ${JSON.stringify(shown)} is shown as text`,
        expected: 'Markdown or an MDX component in its place',
      });
    }
  });
  return problems;
}

/** Warns where a heading is more than one level deeper than the heading before it (h2 then h4). */
function headingSkipWarnings(tree: Root, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  let previous: number | null = null;
  visit(tree, 'heading', (node) => {
    if (previous !== null && node.depth > previous + 1) {
      problems.push({
        file, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, severity: 'warning',
        message: `heading level skips from h${previous} to h${node.depth}`,
        expected: `an h${previous + 1} here, or a heading of level ${previous + 1} before it`,
      });
    }
    previous = node.depth;
  });
  return problems;
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
  if (!parsed.tree) {
    const references: PostReferences = { links: [], images: [], components: [], imports: [] };
    return { frontmatter: null, problems, words: 0, summary: '', headings: [], hasMath: false, references };
  }
  problems.push(...templateTagWarnings(parsed.tree, file), ...headingSkipWarnings(parsed.tree, file));
  if (format === 'md') problems.push(...droppedHtmlProblems(parsed.tree, file, source));

  const words = countWords(plainText(parsed.tree));
  const summary = frontmatter?.summary ?? frontmatter?.description ?? computeSummary(parsed.tree);
  const headings = extractHeadings(parsed.tree);
  const hasErrors = problems.some((problem) => problem.severity === 'error');
  let hasMath = false;
  visit(parsed.tree, ['math', 'inlineMath'], () => {
    hasMath = true;
    return EXIT;
  });

  const references = collectReferences(parsed.tree);
  return { frontmatter: hasErrors ? null : frontmatter, problems, words, summary, headings, hasMath, references };
}
