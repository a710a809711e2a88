// Remark plugin for @next/mdx: exports a post's raw frontmatter text as
// `frontmatterSource`. Without it, editing only the frontmatter leaves the
// compiled module unchanged, so `next dev` does not re-render the open page
// and a fixed (or newly broken) field shows only after a manual reload.
/** Adds `export const frontmatterSource = "…"` with the text of the YAML or TOML block. */
export default function remarkFrontmatterExport() {
  return (tree) => {
    const block = tree.children.find((node) => node.type === 'yaml' || node.type === 'toml');
    const text = block ? block.value : '';

    tree.children.push({
      type: 'mdxjsEsm',
      value: '',
      data: {
        estree: {
          type: 'Program',
          sourceType: 'module',
          body: [
            {
              type: 'ExportNamedDeclaration',
              specifiers: [],
              source: null,
              declaration: {
                type: 'VariableDeclaration',
                kind: 'const',
                declarations: [
                  {
                    type: 'VariableDeclarator',
                    id: { type: 'Identifier', name: 'frontmatterSource' },
                    init: { type: 'Literal', value: text },
                  },
                ],
              },
            },
          ],
        },
      },
    });
  };
}
