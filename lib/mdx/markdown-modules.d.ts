// Plain Markdown posts compile to the same kind of module as MDX posts.
declare module '*.md' {
  import type { MDXProps } from 'mdx/types';
  import type { JSX } from 'react';

  export default function MDXContent(props: MDXProps): JSX.Element;
}
