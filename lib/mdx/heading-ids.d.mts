import type { Nodes, Heading } from 'mdast';

export function visibleText(node: Nodes): string;
export function createHeadingIds(): (heading: Heading) => string;
export function expressionText(node: Nodes): string;
