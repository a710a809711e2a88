import type { MDXComponents } from 'mdx/types';

/** Passes the default HTML elements through; @next/mdx requires this file in the App Router. */
export function useMDXComponents(components: MDXComponents = {}): MDXComponents {
  return components;
}
