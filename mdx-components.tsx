import type { MDXComponents } from 'mdx/types';
import { Callout } from '@/components/Callout';
import { headingComponents } from '@/components/HeadingAnchor';
import { CodeBlock } from '@/components/mdx/CodeBlock';
import { Details } from '@/components/mdx/Details';
import { Figure } from '@/components/mdx/Figure';
import { FolioImage } from '@/components/mdx/FolioImage';

// Components every post can use without an import, and the elements Folio draws its own way.
const components: MDXComponents = {
  Callout,
  Details,
  Figure,
  // Local images are rewritten to this by lib/mdx/rehype-images.mjs.
  FolioImage,
  pre: CodeBlock,
  ...headingComponents,
};

/** Supplies the components MDX posts render with; @next/mdx calls it for every post. */
export function useMDXComponents(inherited: MDXComponents = {}): MDXComponents {
  return { ...inherited, ...components };
}
