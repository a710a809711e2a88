import type { Nodes, Root, RootContent } from 'mdast';
import { expressionText } from '../mdx/heading-ids.mjs';

// Nodes whose content a reader never sees as text: frontmatter, ESM lines,
// JavaScript expressions (including `{/* comments */}`), raw HTML (tags and
// comments), link definitions, images and footnote marks.
const HIDDEN = new Set([
  'yaml', 'toml', 'mdxjsEsm', 'mdxFlowExpression', 'html',
  'definition', 'image', 'imageReference', 'footnoteReference', 'thematicBreak',
]);

// Containers whose children are separate blocks.
const BLOCK_CONTAINERS = new Set(['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition', 'mdxJsxFlowElement', 'table']);

// A link whose text is its own address (`<https://redis.io>`, or a bare URL that
// GFM turns into a link) shows a URL, not prose, so it is not counted.
function isAutolink(node: Nodes): boolean {
  if (node.type !== 'link' || node.children.length !== 1) return false;
  const child = node.children[0];
  return child.type === 'text' && (child.value === node.url || `mailto:${child.value}` === node.url || `http://${child.value}` === node.url);
}

/** Returns the text of inline content: text and inline code values, and the children of emphasis, links and inline JSX. */
export function inlineText(node: Nodes): string {
  if (HIDDEN.has(node.type) || isAutolink(node)) return '';
  // `{"literal"}` renders its value; other expressions are only known when the page runs.
  if (node.type === 'mdxTextExpression') return expressionText(node);
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return '\n';
  if (!('children' in node)) return '';
  return childrenText(node.children as Nodes[]);
}

// Raw HTML elements whose content the page's allow-list removes with them.
const STRIPPED_OPEN = /^<(script|style|template|noscript|textarea|title)\b[^>]*>/i;

/**
 * Joins the text of inline nodes and skips the text between a raw `<script>`
 * (or `<style>`, …) tag and its closing tag in a Markdown paragraph. The page
 * never shows that text, so it is neither counted nor summarized.
 */
function childrenText(children: Nodes[]): string {
  let skipping: string | null = null;
  let text = '';

  for (const child of children) {
    if (child.type === 'html') {
      if (skipping && new RegExp(`</${skipping}\\s*>`, 'i').test(child.value)) skipping = null;
      const open: RegExpExecArray | null = skipping ? null : STRIPPED_OPEN.exec(child.value);
      if (open && !new RegExp(`</${open[1]}\\s*>`, 'i').test(child.value)) skipping = open[1];
      continue;
    }
    if (!skipping) text += inlineText(child);
  }

  return text;
}

function blockTexts(node: Nodes, out: string[]): void {
  if (HIDDEN.has(node.type)) return;

  if (node.type === 'code') {
    out.push(node.value);
  } else if (node.type === 'tableRow') {
    // Cells are separate words even when the writer leaves no space between them.
    out.push(node.children.map((cell) => inlineText(cell)).join('\n'));
  } else if (BLOCK_CONTAINERS.has(node.type) && 'children' in node) {
    for (const child of node.children as RootContent[]) blockTexts(child, out);
  } else {
    out.push(inlineText(node));
  }
}

/**
 * Extracts the plain text a reader sees in a post: prose, headings, link text,
 * list items, table cells and code, one block per paragraph-like node, joined
 * by blank lines so blocks never run together.
 */
export function plainText(tree: Root): string {
  const blocks: string[] = [];
  blockTexts(tree, blocks);
  return blocks.filter((block) => block.trim() !== '').join('\n\n');
}
