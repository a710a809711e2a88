import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { EXIT, visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { toHast } from 'mdast-util-to-hast';
import { raw } from 'hast-util-raw';
import { findDroppedHtml } from '../mdx/markdown-html.mjs';
import type { ContentProblem } from './problems';

/** Reports each raw HTML element or attribute that the allow-list drops from a Markdown post. */
export function droppedHtmlProblems(tree: Root, file: string, source: string): ContentProblem[] {
  let hasHtml = false;
  visit(tree, 'html', () => {
    hasHtml = true;
    return EXIT;
  });
  if (!hasHtml) return [];

  // With the source text, hast-util-raw gives parsed elements their positions in the file.
  const hast = raw(toHast(tree, { allowDangerousHtml: true }) as HastRoot, { file: new VFile({ value: source }) }) as HastRoot;
  return findDroppedHtml(hast).map((dropped): ContentProblem => ({
    file,
    line: dropped.line ?? 1,
    column: dropped.column ?? 1,
    severity: 'warning',
    message: dropped.attribute
      ? `HTML attribute "${dropped.attribute}" on <${dropped.element}> is removed`
      : `HTML element <${dropped.element}> is removed`,
    expected: dropped.attribute
      ? 'no event handlers, inline styles or script URLs in posts'
      : 'allowed HTML only (no script, style, iframe, form or embed); use a link or an MDX component instead',
  }));
}
