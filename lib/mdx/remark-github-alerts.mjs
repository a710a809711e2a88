// Remark plugin for @next/mdx: renders GitHub's alert blockquotes,
// `> [!NOTE]`, `> [!TIP]`, `> [!IMPORTANT]`, `> [!WARNING]` and `> [!CAUTION]`,
// as the same aside the Callout component draws, in .md and .mdx posts alike.
import { visit } from 'unist-util-visit';

const KINDS = {
  NOTE: ['note', 'Note'],
  TIP: ['tip', 'Tip'],
  IMPORTANT: ['note', 'Important'],
  WARNING: ['warning', 'Warning'],
  CAUTION: ['danger', 'Caution'],
};

const MARKER = /^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*(\r?\n|$)/;

/** Turns a blockquote whose first line is `[!KIND]` into a callout aside. */
export default function remarkGithubAlerts() {
  return (tree) => {
    visit(tree, 'blockquote', (node) => {
      const first = node.children[0];
      const text = first?.type === 'paragraph' ? first.children[0] : undefined;
      const match = text?.type === 'text' ? MARKER.exec(text.value) : null;
      if (!match) return;

      const [kind, label] = KINDS[match[1]];
      text.value = text.value.slice(match[0].length);
      if (text.value === '') first.children.shift();
      if (first.children.length === 0) node.children.shift();

      node.data = { ...node.data, hName: 'aside', hProperties: { className: ['callout', `callout-${kind}`], ariaLabel: label } };
      node.children.unshift({
        type: 'paragraph',
        data: { hProperties: { className: ['callout-title'] } },
        children: [{ type: 'text', value: label }],
      });
    });
  };
}
