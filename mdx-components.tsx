import type { MDXComponents } from 'mdx/types';
import { Callout } from '@/components/Callout';
import { headingComponents } from '@/components/HeadingAnchor';

// Components every post can use without an import.
const components: MDXComponents = {
  Callout,
  ...headingComponents,
};

/** Supplies the components MDX posts render with; @next/mdx calls it for every post. */
export function useMDXComponents(inherited: MDXComponents = {}): MDXComponents {
  return { ...inherited, ...components };
}
