import type { Root } from 'hast';

export const markdownHtmlSchema: import('hast-util-sanitize').Schema;
export function findDroppedHtml(tree: Root): { element: string; attribute?: string; line?: number; column?: number }[];
