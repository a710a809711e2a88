// Rehype plugin for @next/mdx, run after rehype-pretty-code: hands each
// highlighted code element's content to React as one HTML string instead of
// one JSX element per token.
//
// Why: Shiki wraps every token in a span with two colour variables, so a
// 20-line block becomes a few hundred elements, and MDX turns each into a JSX
// call with a style object. Compiling 150 benchmark posts with Folio's plugins
// (scripts/bench/plugin-cost.ts, 2-core machine) took 1,517 ms with one
// element per token and 1,260 ms with one string per code element. The HTML
// React writes is the same byte for byte; rehype-code-html.test.tsx checks it.
//
// The string is safe to inject: every text and attribute value is escaped as
// React escapes them, and the tree comes from Shiki's tokens of the post's own
// code, not from raw HTML.
import { find, html } from 'property-information';
import { visit } from 'unist-util-visit';
import { expressionValue } from './estree.mjs';

function literal(value) {
  return { type: 'Literal', value };
}

function expressionAttribute(name, expression) {
  return { type: 'mdxJsxAttribute', name, value: expressionValue('', expression) };
}

function objectExpression(entries) {
  return {
    type: 'ObjectExpression',
    properties: entries.map(([key, value]) => ({
      type: 'Property',
      kind: 'init',
      method: false,
      shorthand: false,
      computed: false,
      key: literal(key),
      value: typeof value === 'string' ? literal(value) : value,
    })),
  };
}

/** Turns `display: grid; --x: 1` into React's style object entries: custom properties kept, others camel-cased. */
function styleEntries(style) {
  return style
    .split(';')
    .map((declaration) => declaration.split(/:(.*)/s).map((part) => part?.trim() ?? ''))
    .filter(([name, value]) => name && value)
    .map(([name, value]) => [name.startsWith('--') ? name : name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase()), value]);
}

/** Returns a property's value as attribute text: a list joined as HTML defines that attribute's list, `true` as empty. */
function attributeText(key, value) {
  if (Array.isArray(value)) return value.join(find(html, key).commaSeparated ? ', ' : ' ');
  if (value === true) return '';
  return String(value);
}

/** Turns a hast element's properties into JSX attributes as React names them. */
function attributesOf(properties) {
  return Object.entries(properties).flatMap(([key, value]) => {
    if (value === undefined || value === null || value === false) return [];
    if (key === 'style') return [expressionAttribute('style', objectExpression(styleEntries(String(value))))];
    const name = key === 'className' ? 'className' : find(html, key).attribute;
    return [{ type: 'mdxJsxAttribute', name, value: attributeText(key, value) }];
  });
}

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };

/** Escapes text and attribute values with the same entities React writes. */
function escape(value) {
  return value.replace(/[&<>"']/g, (character) => ESCAPES[character]);
}

function attributeHtml(key, value) {
  if (value === undefined || value === null || value === false) return '';
  const name = key === 'className' ? 'class' : find(html, key).attribute;
  return ` ${name}="${escape(attributeText(key, value))}"`;
}

/** Serializes Shiki's token tree: elements and text only, as React would render the same elements. */
function toHtml(nodes) {
  return nodes
    .map((node) => {
      if (node.type === 'text') return escape(node.value);
      if (node.type !== 'element') return '';
      const attributes = Object.entries(node.properties).map(([key, value]) => attributeHtml(key, value)).join('');
      return `<${node.tagName}${attributes}>${toHtml(node.children)}</${node.tagName}>`;
    })
    .join('');
}

/** Tells whether an element has a `data-*` property, under its attribute name (as rehype-pretty-code sets it) or its hast name. */
function hasData(node, attribute) {
  return attribute in node.properties || find(html, attribute).property in node.properties;
}

/** Tells whether rehype-pretty-code highlighted a `code` element: a block in `pre`, or inline code in its marked span. */
function isHighlighted(node, parent) {
  if (node.tagName !== 'code' || !parent || parent.type !== 'element') return false;
  if (parent.tagName === 'pre') return hasData(parent, 'data-language');
  return parent.tagName === 'span' && hasData(parent, 'data-rehype-pretty-code-figure');
}

/** Replaces the token spans of highlighted code with one `dangerouslySetInnerHTML` string. */
export default function rehypeCodeHtml() {
  return (tree) => {
    visit(tree, 'element', (node, index, parent) => {
      if (index === undefined || !isHighlighted(node, parent)) return;

      const content = toHtml(node.children);
      parent.children[index] = {
        type: 'mdxJsxTextElement',
        name: 'code',
        attributes: [...attributesOf(node.properties), expressionAttribute('dangerouslySetInnerHTML', objectExpression([['__html', content]]))],
        children: [],
        position: node.position,
      };
      return 'skip';
    });
  };
}
