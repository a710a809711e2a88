// Remark plugin for @next/mdx: gives every heading the id that the table of
// contents links to.
import { visit } from 'unist-util-visit';
import { createHeadingIds } from './heading-ids.mjs';

/** Sets `id` on every heading from the shared slug function, in document order. */
export default function remarkHeadingIds() {
  return (tree) => {
    const idFor = createHeadingIds();
    visit(tree, 'heading', (heading) => {
      heading.data ??= {};
      heading.data.hProperties = { ...heading.data.hProperties, id: idFor(heading) };
    });
  };
}
