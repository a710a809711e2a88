// Characters XML 1.0 does not allow anywhere, even escaped: C0 controls other
// than tab, newline and carriage return, U+FFFE, U+FFFF, and lone surrogates.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Escapes text for an XML element or attribute. Entities rather than CDATA, so
 * text containing `]]>` needs no special case; characters XML cannot carry are dropped.
 */
export function escapeXml(text: string): string {
  return text.replace(INVALID_XML, '').replace(/[&<>"']/g, (character) => ENTITIES[character]);
}

/** Writes one element with escaped text content and attributes: `element('title', 'A & B')`. */
export function element(name: string, text: string, attributes: Record<string, string> = {}): string {
  const attributeText = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
  return `<${name}${attributeText}>${escapeXml(text)}</${name}>`;
}
