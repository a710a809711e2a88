// Rehype plugin for @next/mdx: gives every local image its width and height at
// build time, so nothing shifts as images load.
// - `![alt](./diagram.png)` beside the post becomes a static import rendered by
//   next/image (`FolioImage` in mdx-components.tsx), served from /_next/static.
// - `![alt](/images/diagram.png)` from public/ keeps its URL and gets the
//   dimensions read from the file.
// - An image alone in a paragraph with a title, `![alt](./a.png "Caption")`,
//   becomes a figure with that caption.
import fs from 'node:fs';
import path from 'node:path';
import { imageSizeFromFile } from 'image-size/fromFile';
import { visit } from 'unist-util-visit';
import { identifierValue } from './estree.mjs';

const REMOTE = /^([a-z][a-z0-9+.-]*:|\/\/)/i;

function importDeclaration(name, source) {
  return {
    type: 'mdxjsEsm',
    value: '',
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ImportDeclaration',
            specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name } }],
            source: { type: 'Literal', value: source },
          },
        ],
      },
    },
  };
}

function stringAttribute(name, value) {
  return { type: 'mdxJsxAttribute', name, value };
}

/** Wraps an image that is alone in its paragraph and has a title in a figure with that caption. */
function captionFigures(tree) {
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName !== 'p' || !parent || index === undefined) return;
    const content = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
    const image = content[0];
    if (content.length !== 1 || image.type !== 'element' || image.tagName !== 'img' || !image.properties.title) return;

    const caption = String(image.properties.title);
    delete image.properties.title;
    parent.children[index] = {
      type: 'element',
      tagName: 'figure',
      properties: {},
      children: [image, { type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: caption }] }],
    };
  });
}

/** Resolves local images: static imports for files beside the post, dimensions for files in public/. */
export default function rehypeImages() {
  return async (tree, file) => {
    captionFigures(tree);

    const postDir = file.path ? path.dirname(file.path) : process.cwd();
    const publicDir = path.join(process.cwd(), 'public');
    const imports = [];
    const pending = [];

    visit(tree, 'element', (node, index, parent) => {
      const src = node.tagName === 'img' ? node.properties.src : undefined;
      if (typeof src !== 'string' || src === '' || REMOTE.test(src) || !parent || index === undefined) return;

      const decoded = decodeURI(src.split(/[?#]/)[0]);
      if (decoded.startsWith('/')) {
        const target = path.join(publicDir, decoded);
        if (!fs.existsSync(target)) return;
        pending.push(
          imageSizeFromFile(target).then((size) => {
            node.properties.width ??= size.width;
            node.properties.height ??= size.height;
            node.properties.loading ??= 'lazy';
            node.properties.decoding ??= 'async';
          }),
        );
        return;
      }

      if (!fs.existsSync(path.resolve(postDir, decoded))) return;
      const name = `__folioImage${imports.length}`;
      const relative = decoded.startsWith('.') ? decoded : `./${decoded}`;
      imports.push(importDeclaration(name, relative));

      const attributes = [
        { type: 'mdxJsxAttribute', name: 'src', value: identifierValue(name) },
        stringAttribute('alt', String(node.properties.alt ?? '')),
      ];
      if (node.properties.title) attributes.push(stringAttribute('title', String(node.properties.title)));
      parent.children[index] = { type: 'mdxJsxTextElement', name: 'FolioImage', attributes, children: [], position: node.position };
    });

    // `<Figure src="./photo.jpg" …>` in MDX gets the same static import.
    visit(tree, (node) => {
      if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || node.name !== 'Figure') return;
      const source = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'src');
      if (!source || typeof source.value !== 'string' || REMOTE.test(source.value) || source.value.startsWith('/')) return;
      if (!fs.existsSync(path.resolve(postDir, decodeURI(source.value)))) return;

      const name = `__folioImage${imports.length}`;
      imports.push(importDeclaration(name, source.value.startsWith('.') ? source.value : `./${source.value}`));
      source.value = identifierValue(name);
    });

    await Promise.all(pending);
    tree.children.unshift(...imports);
  };
}
