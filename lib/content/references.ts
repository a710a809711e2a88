import type { Root } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';

/** A place in a post file, 1-based. */
export interface Place {
  line: number;
  column: number;
}

/** The links, images, components and imports of a post, for the checks that need other files. */
export interface PostReferences {
  links: (Place & { url: string })[];
  images: (Place & { src: string; alt: string | null })[];
  /** Capitalized JSX names used in the body, such as `Callout`. */
  components: (Place & { name: string })[];
  imports: (Place & { source: string; names: string[] })[];
}

function placeOf(node: { position?: { start: { line: number; column: number } } }): Place {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

function stringAttribute(attributes: unknown[], name: string): string | null | undefined {
  const attribute = attributes.find((entry): entry is MdxJsxAttribute => (entry as MdxJsxAttribute).type === 'mdxJsxAttribute' && (entry as MdxJsxAttribute).name === name);
  if (!attribute) return undefined;
  return typeof attribute.value === 'string' ? attribute.value : null;
}

// `<img src="…" alt="…">` written as raw HTML in a Markdown post.
const HTML_IMAGE = /<img\b[^>]*>/gi;
const HTML_ATTRIBUTE = (name: string) => new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i');

/** Collects the links, images, JSX components and ESM imports of a parsed post. */
export function collectReferences(tree: Root): PostReferences {
  const references: PostReferences = { links: [], images: [], components: [], imports: [] };

  visit(tree, (node) => {
    if (node.type === 'link') {
      references.links.push({ ...placeOf(node), url: node.url });
    } else if (node.type === 'image') {
      references.images.push({ ...placeOf(node), src: node.url, alt: node.alt ?? null });
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name ?? '';
      if (/^[A-Z]/.test(name)) references.components.push({ ...placeOf(node), name: name.split('.')[0] });
      if (name === 'img' || name === 'Figure') {
        const src = stringAttribute(node.attributes, 'src');
        const alt = stringAttribute(node.attributes, 'alt');
        if (typeof src === 'string') references.images.push({ ...placeOf(node), src, alt: alt === undefined ? null : alt ?? 'expression' });
      }
      if (name === 'a') {
        const href = stringAttribute(node.attributes, 'href');
        if (typeof href === 'string') references.links.push({ ...placeOf(node), url: href });
      }
    } else if (node.type === 'html') {
      for (const match of node.value.matchAll(HTML_IMAGE)) {
        const src = HTML_ATTRIBUTE('src').exec(match[0]);
        const alt = HTML_ATTRIBUTE('alt').exec(match[0]);
        if (!src) continue;
        const line = placeOf(node).line + node.value.slice(0, match.index).split('\n').length - 1;
        references.images.push({ line, column: 1, src: src[2] ?? src[3] ?? src[4], alt: alt ? (alt[2] ?? alt[3] ?? alt[4]) : null });
      }
    } else if (node.type === 'mdxjsEsm') {
      const program = node.data?.estree;
      for (const statement of program?.body ?? []) {
        if (statement.type !== 'ImportDeclaration') continue;
        references.imports.push({
          ...placeOf(node),
          source: String(statement.source.value),
          names: statement.specifiers.map((specifier) => specifier.local.name),
        });
      }
    }
  });

  return references;
}
