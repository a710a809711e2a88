import type { Root, RootContent } from 'mdast';
import { inlineText } from './text';

/** Number of words a computed summary keeps before it is cut. */
export const SUMMARY_WORDS = 70;

// A word is a run of characters other than white space and CJK characters, or a
// single CJK character (Han, Hiragana, Katakana, Hangul): CJK text has no spaces
// between words, so each character counts as one, as reading-time counts them.
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
const WORD = new RegExp(`[${CJK}]|[^\\s${CJK}]+`, 'gu');

// `{/* more */}` in MDX, and Hugo's `<!--more-->` in Markdown.
function isMoreMarker(node: RootContent): boolean {
  if (node.type === 'mdxFlowExpression') return /^\/\*\s*more\s*\*\/$/.test(node.value.trim());
  if (node.type === 'html') return /^<!--\s*more\s*-->$/.test(node.value.trim());
  return false;
}

// A paragraph made only of JSX elements (`<Chart data={…} />` on a line of its
// own) is a component, not prose.
function isProse(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false;
  return node.children.some(
    (child) => !child.type.startsWith('mdx') && !(child.type === 'text' && child.value.trim() === ''),
  );
}

function paragraphText(node: RootContent): string {
  return inlineText(node).replace(/\s+/g, ' ').trim();
}

/**
 * Cuts text after `limit` words, at a word boundary, and appends `…` only when
 * something was cut.
 */
export function truncateWords(text: string, limit: number): string {
  let count = 0;
  for (const match of text.matchAll(WORD)) {
    count += 1;
    if (count === limit) {
      const end = match.index + match[0].length;
      if (text.slice(end).trim() === '') return text.trim();
      return `${text.slice(0, end).replace(/[\s,;:–—-]+$/u, '')}…`;
    }
  }
  return text.trim();
}

/**
 * Computes a post's summary from its body: the paragraphs before a
 * `{/* more *\/}` (MDX) or `<!--more-->` (Markdown) marker when there is one, else the top-level paragraphs
 * cut at 70 words. Headings, code, tables, lists, images and JSX blocks are
 * never part of it.
 */
export function computeSummary(tree: Root): string {
  const markerIndex = tree.children.findIndex(isMoreMarker);
  const nodes = markerIndex === -1 ? tree.children : tree.children.slice(0, markerIndex);
  const text = nodes
    .filter(isProse)
    .map(paragraphText)
    .filter((paragraph) => paragraph !== '')
    .join(' ');

  return markerIndex === -1 ? truncateWords(text, SUMMARY_WORDS) : text;
}
