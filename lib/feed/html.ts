import type { Element, Root as HastRoot } from 'hast';
import type { Nodes, Parents, Root } from 'mdast';
import { raw } from 'hast-util-raw';
import { sanitize } from 'hast-util-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { markdownHtmlSchema } from '../mdx/markdown-html.mjs';
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

// An image beside the post (`./diagram.png`) is served from a hashed build
// address that the feed cannot know, so the feed links to the post instead.
const BESIDE_POST = /^(?![a-z][a-z0-9+.-]*:|\/)/i;

/** Rewrites every relative URL in a hast tree against `pageUrl`, in place. */
function absolutizeUrls(tree: HastRoot, pageUrl: string): void {
  visit(tree, 'element', (element: Element, index, parent) => {
    if (element.tagName === 'img' && typeof element.properties.src === 'string' && BESIDE_POST.test(element.properties.src) && parent && index !== undefined) {
      const alt = String(element.properties.alt ?? 'image');
      parent.children[index] = { type: 'element', tagName: 'a', properties: { href: pageUrl }, children: [{ type: 'text', value: `${alt} (image on the post page)` }] };
      return;
    }
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
 * Renders a post's mdast tree, in place, as the HTML of a feed entry. GFM is
 * included and JSX elements give way to their children; expressions are dropped.
 * Raw HTML goes through the page's allow-list, and images beside the post
 * become links to it. Headings keep the page's ids, and every URL is made
 * absolute against the post's `pageUrl`.
 */
export function renderFeedHtml(tree: Root, pageUrl: string): string {
  flattenMdx(tree);

  // Raw HTML of Markdown posts goes through the same allow-list as on the page,
  // which also drops `javascript:` URLs from links and images of any post.
  const processor = unified()
    .use(remarkHeadingIds)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(() => (hast: HastRoot) => sanitize(raw(hast) as HastRoot, markdownHtmlSchema) as HastRoot)
    .use(() => (hast: HastRoot) => absolutizeUrls(hast, pageUrl))
    .use(rehypeStringify);

  const hast = processor.runSync(tree as Root);
  return processor.stringify(hast as HastRoot);
}
