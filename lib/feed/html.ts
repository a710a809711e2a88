import type { Element, Root as HastRoot } from 'hast';
import type { Nodes, Parents, Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import remarkHeadingIds from '../mdx/remark-heading-ids.mjs';

// Nodes with no place in a feed: frontmatter, `import`/`export` lines and
// JavaScript expressions, which only the site's MDX compiler can run.
const DROPPED = new Set(['yaml', 'toml', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

// JSX elements (`<Callout>`) are components of the site; a feed reader gets their children.
const UNWRAPPED = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);

// Attributes holding one URL, made absolute so links and images work in a feed reader.
const URL_ATTRIBUTES = ['href', 'src', 'cite', 'poster'];

/** Removes MDX-only nodes from an mdast tree in place, keeping the children of JSX elements. */
function flattenMdx(tree: Root): void {
  const rewrite = (parent: Parents): void => {
    const children: Nodes[] = [];
    for (const child of parent.children as Nodes[]) {
      if (DROPPED.has(child.type)) continue;
      if (UNWRAPPED.has(child.type) && 'children' in child) {
        rewrite(child as Parents);
        children.push(...(child.children as Nodes[]));
        continue;
      }
      if ('children' in child) rewrite(child as Parents);
      children.push(child);
    }
    (parent as { children: Nodes[] }).children = children;
  };
  rewrite(tree);
}

/** Rewrites every relative URL in a hast tree against `pageUrl`, in place. */
function absolutizeUrls(tree: HastRoot, pageUrl: string): void {
  visit(tree, 'element', (element: Element) => {
    for (const name of URL_ATTRIBUTES) {
      const value = element.properties[name];
      if (typeof value !== 'string' || value === '') continue;
      try {
        element.properties[name] = new URL(value, pageUrl).href;
      } catch {
        // A value that is not a URL at all is left as the writer wrote it.
      }
    }
  });
}

/**
 * Renders a post's mdast tree as the HTML of a feed entry: GFM included, JSX
 * elements replaced by their children, expressions and raw HTML dropped, headings
 * with the page's ids, and every URL absolute against the post's `pageUrl`.
 * The tree is changed in place.
 */
export function renderFeedHtml(tree: Root, pageUrl: string): string {
  flattenMdx(tree);

  const processor = unified()
    .use(remarkHeadingIds)
    .use(remarkRehype)
    .use(() => (hast: HastRoot) => absolutizeUrls(hast, pageUrl))
    .use(rehypeStringify);

  const hast = processor.runSync(tree as Root);
  return processor.stringify(hast as HastRoot);
}
