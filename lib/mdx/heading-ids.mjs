// The one slug function behind heading ids (remark-heading-ids.mjs, in the
// rendered page) and table-of-contents links (lib/content/headings.ts), so every
// TOC link has exactly one target. Plain JavaScript because the MDX loader runs
// remark plugins in Node without TypeScript.
import GithubSlugger from 'github-slugger';

// Nodes whose text a reader does not see in a heading: raw HTML tags, footnote
// marks and images. JavaScript expressions show only when they are literals.
const HIDDEN = new Set(['html', 'footnoteReference', 'image', 'imageReference']);

/**
 * Returns the text an MDX expression renders when it is a string or number
 * literal (`{"C#"}`, `{2}`, `` {`x`} ``), else '': any other expression is only
 * known when the page runs.
 */
export function expressionText(node) {
  const statement = node.data?.estree?.body?.[0];
  const expression = statement?.type === 'ExpressionStatement' ? statement.expression : null;
  if (expression?.type === 'Literal' && (typeof expression.value === 'string' || typeof expression.value === 'number')) {
    return String(expression.value);
  }
  if (expression?.type === 'TemplateLiteral' && expression.expressions.length === 0) {
    return expression.quasis.map((quasi) => quasi.value.cooked ?? '').join('');
  }
  return '';
}

/** Returns the text a reader sees in an mdast node: text, inline code, and the text inside emphasis, links and JSX. */
export function visibleText(node) {
  if (HIDDEN.has(node.type)) return '';
  if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') return expressionText(node);
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  if (!Array.isArray(node.children)) return '';
  return node.children.map(visibleText).join('');
}

/**
 * Creates the id function for one post: GitHub's rules (github-slugger), with
 * repeats numbered in the order the headings are passed in.
 */
export function createHeadingIds() {
  const slugger = new GithubSlugger();
  return (heading) => slugger.slug(visibleText(heading).trim());
}
