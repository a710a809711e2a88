// Remark plugin for @next/mdx: reads the `lang:filename` fence syntax used by
// Contentlayer blogs (```js:app.js) as language `js` with the title `app.js`,
// which is how rehype-pretty-code spells it (```js title="app.js").
import { visit } from 'unist-util-visit';

/** Moves a `:filename` suffix of a code fence's language into a `title` meta. */
export default function remarkCodeTitles() {
  return (tree) => {
    visit(tree, 'code', (node) => {
      if (!node.lang || !node.lang.includes(':')) return;

      const [lang, ...rest] = node.lang.split(':');
      const title = rest.join(':');
      node.lang = lang;
      if (title && !/\btitle=/.test(node.meta ?? '')) {
        node.meta = `${node.meta ? `${node.meta} ` : ''}title="${title.replace(/"/g, '')}"`;
      }
    });
  };
}
