// Rehype plugin for @next/mdx: renders the raw HTML of plain Markdown (`.md`)
// posts through an allow-list, so posts brought from Hugo or Jekyll keep their
// <kbd>, <mark> or <video> while <script>, <style>, <iframe> and event
// handlers never reach the page. MDX posts are left alone.
import { raw } from 'hast-util-raw';
import { sanitize } from 'hast-util-sanitize';
import { markdownHtmlSchema } from './markdown-html.mjs';

// Node types of MDX itself, which hast-util-raw must carry through untouched.
const MDX_NODES = ['mdxjsEsm', 'mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression'];

/** Parses raw HTML in `.md` posts and sanitizes the result with the allow-list. */
export default function rehypeMarkdownHtml() {
  return (tree, file) => {
    if (!String(file.path ?? '').endsWith('.md')) return tree;

    const parsed = raw(tree, { file, passThrough: MDX_NODES });
    const esm = parsed.children.filter((node) => node.type === 'mdxjsEsm');
    const clean = sanitize(parsed, markdownHtmlSchema);
    // sanitize drops node types it does not know, such as Folio's own ESM exports.
    clean.children.push(...esm);
    return clean;
  };
}
