import type { ComponentPropsWithoutRef } from 'react';

type HeadingProps = ComponentPropsWithoutRef<'h2'>;

function anchored(Tag: 'h2' | 'h3' | 'h4' | 'h5' | 'h6') {
  function Heading({ id, children, ...rest }: HeadingProps) {
    return (
      <Tag id={id} {...rest}>
        {children}
        {id ? (
          <a className="heading-anchor" href={`#${id}`} aria-label="Link to this section">
            #
          </a>
        ) : null}
      </Tag>
    );
  }
  Heading.displayName = `Anchored${Tag.toUpperCase()}`;
  return Heading;
}

/**
 * Post headings with a `#` link to themselves, shown on hover and focus, for
 * copying a link to a section. The post title is the page's one h1, so a `#`
 * heading in the body (common in posts imported from other engines) renders as
 * an h2 that keeps its id.
 */
export const headingComponents = {
  h1: anchored('h2'),
  h2: anchored('h2'),
  h3: anchored('h3'),
  h4: anchored('h4'),
  h5: anchored('h5'),
  h6: anchored('h6'),
};
