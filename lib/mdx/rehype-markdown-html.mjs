// Rehype plugin for @next/mdx: renders the raw HTML of plain Markdown (`.md`)
// posts through an allow-list, so posts brought from Hugo or Jekyll keep their
// <kbd>, <mark> or <video> while <script>, <style>, <iframe> and event
// handlers never reach the page. MDX posts are left alone.
import { raw } from 'hast-util-raw';
import { sanitize } from 'hast-util-sanitize';
import { visit } from 'unist-util-visit';
import { markdownHtmlSchema } from './markdown-html.mjs';

// Node types of MDX itself, which hast-util-raw must carry through untouched.
const MDX_NODES = ['mdxjsEsm', 'mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression'];

// Heading ids come from Folio's slug function. An id written in raw HTML gets
// this prefix, as on GitHub, so it can never take a heading's id or one of the
// page's own (the feedback widget's, say), and every table-of-contents link
// keeps one target.
const RAW_ID_PREFIX = 'user-content-';
const HEADING = /^h[1-6]$/;

function prefixRawIds(tree) {
  visit(tree, 'element', (node) => {
    if (HEADING.test(node.tagName)) return;
    for (const name of ['id', 'name']) {
      const value = node.properties?.[name];
      if (typeof value === 'string' && value !== '' && !value.startsWith(RAW_ID_PREFIX)) node.properties[name] = `${RAW_ID_PREFIX}${value}`;
    }
  });
}

/** Parses raw HTML in `.md` posts and sanitizes the result with the allow-list. */
export default function rehypeMarkdownHtml() {
  return (tree, file) => {
    if (!String(file.path ?? '').endsWith('.md')) return tree;

    const parsed = raw(tree, { file, passThrough: MDX_NODES });
    const esm = parsed.children.filter((node) => node.type === 'mdxjsEsm');
    const clean = sanitize(parsed, markdownHtmlSchema);
    prefixRawIds(clean);
    // sanitize drops node types it does not know, such as Folio's own ESM exports.
    clean.children.push(...esm);
    return clean;
  };
}
