import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { createHeadingIds, visibleText } from '../mdx/heading-ids.mjs';

/** A heading of a post, as the table of contents lists it. */
export interface PostHeading {
  level: 1 | 2 | 3 | 4 | 5 | 6;
  /** The heading's text without Markdown: inline code, emphasis and link text kept as text. */
  text: string;
  /** The id the heading has in the rendered page. */
  id: string;
}

/**
 * Lists a post's headings in document order with the ids the rendered page
 * gives them. A `#` heading in the body is listed as level 2, because the post
 * title is the page's one h1 and the page renders body h1s as h2s.
 */
export function extractHeadings(tree: Root): PostHeading[] {
  const idFor = createHeadingIds();
  const headings: PostHeading[] = [];

  visit(tree, 'heading', (heading) => {
    const text = visibleText(heading).replace(/\s+/g, ' ').trim();
    headings.push({ level: heading.depth === 1 ? 2 : heading.depth, text, id: idFor(heading) });
  });

  return headings;
}
