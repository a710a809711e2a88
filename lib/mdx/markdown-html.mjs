// The allow-list for raw HTML in plain Markdown (`.md`) posts, shared by the
// rehype plugin that applies it and by the content checker that reports what
// it drops. MDX posts write HTML as JSX, which is compiled, never sanitized.
import { defaultSchema } from 'hast-util-sanitize';
import { visit } from 'unist-util-visit';

const EXTRA_TAGS = ['abbr', 'mark', 'cite', 'u', 'small', 'figure', 'figcaption', 'video', 'audio', 'track', 'caption', 'col', 'colgroup', 'dfn', 'time', 'center'];

/** The hast-util-sanitize schema: GitHub's defaults plus media, figures and inline text elements; no scripts, styles, frames or event handlers. */
export const markdownHtmlSchema = {
  ...defaultSchema,
  // Heading ids come from Folio's slug function and must reach the page unchanged.
  clobber: [],
  clobberPrefix: '',
  strip: ['script', 'style', 'template', 'noscript', 'textarea', 'title'],
  tagNames: [...defaultSchema.tagNames, ...EXTRA_TAGS],
  // A checkbox only in a task list item: an <input> left from a removed <form> goes too.
  ancestors: { ...defaultSchema.ancestors, input: ['li'] },
  attributes: {
    ...defaultSchema.attributes,
    code: [['className', /^language-./, 'math-inline', 'math-display']],
    img: [...defaultSchema.attributes.img, 'alt', 'title', 'width', 'height', 'loading'],
    video: ['src', 'poster', 'controls', 'width', 'height', 'muted', 'loop', 'playsInline', 'preload'],
    audio: ['src', 'controls', 'loop', 'muted', 'preload'],
    source: [...defaultSchema.attributes.source, 'src', 'type', 'media'],
    track: ['src', 'kind', 'srcLang', 'label', 'default'],
    abbr: ['title'],
    time: ['dateTime'],
  },
  protocols: { ...defaultSchema.protocols, poster: ['http', 'https'] },
};

const allowedTags = new Set(markdownHtmlSchema.tagNames);
const globalAttributes = new Set(markdownHtmlSchema.attributes['*']);

function isAllowedAttribute(tagName, name) {
  if (globalAttributes.has(name)) return true;
  const allowed = markdownHtmlSchema.attributes[tagName] ?? [];
  return allowed.some((entry) => (Array.isArray(entry) ? entry[0] : entry) === name);
}

/**
 * Lists what the allow-list removes from a hast tree whose raw HTML has been
 * parsed: each element not allowed, and each attribute that could run code
 * (event handlers, `style`, `javascript:` URLs). Positions are those of the
 * post file.
 */
export function findDroppedHtml(tree) {
  const dropped = [];

  visit(tree, 'element', (node, index, parent) => {
    const line = node.position?.start.line;
    const column = node.position?.start.column;
    if (!allowedTags.has(node.tagName)) {
      // Only report the outermost of nested disallowed elements.
      if (parent?.type !== 'element' || allowedTags.has(parent.tagName)) {
        dropped.push({ element: node.tagName, line, column });
      }
      return 'skip';
    }

    for (const [name, value] of Object.entries(node.properties ?? {})) {
      const unsafeUrl = typeof value === 'string' && /^\s*(javascript|vbscript|data):/i.test(value);
      if (/^on/i.test(name) || name === 'style' || unsafeUrl || (!isAllowedAttribute(node.tagName, name) && /^on|^style$/i.test(name))) {
        // hast names event handlers in camel case (`onClick`); HTML writes them in lower case.
        dropped.push({ element: node.tagName, attribute: /^on/i.test(name) ? name.toLowerCase() : name, line, column });
      }
    }
    return undefined;
  });

  return dropped;
}
