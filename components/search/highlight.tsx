import type { ReactNode } from 'react';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity]);
}

/**
 * Turns a Pagefind excerpt, HTML-escaped text with `<mark>` around matched
 * words, into React nodes, so no markup from a post is ever set as HTML.
 * Pagefind marks whole space-separated tokens (`quokkaflux,`), so punctuation
 * at either end is moved outside the mark.
 */
export function excerptNodes(excerpt: string): ReactNode[] {
  return excerpt.split(/(<mark>.*?<\/mark>)/g).map((part, index) => {
    const marked = /^<mark>(.*)<\/mark>$/.exec(part);
    if (!marked) return decodeEntities(part);

    const [, before, word, after] = /^(\p{P}*)(.*?)(\p{P}*)$/su.exec(decodeEntities(marked[1]))!;
    return (
      <span key={index}>
        {before}
        <mark>{word}</mark>
        {after}
      </span>
    );
  });
}

/** Marks every occurrence of each query word in `text`, case-insensitively. */
export function markQueryWords(text: string, query: string): ReactNode[] {
  const words = query
    .split(/\s+/)
    .filter((word) => word !== '')
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (words.length === 0) return [text];

  const pattern = new RegExp(`(${words.join('|')})`, 'giu');
  return text.split(pattern).map((part, index) => (index % 2 === 1 ? <mark key={index}>{part}</mark> : part));
}
