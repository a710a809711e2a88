import type { ComponentPropsWithoutRef } from 'react';
import { CopyButton } from './CopyButton';

type PreProps = ComponentPropsWithoutRef<'pre'> & { 'data-language'?: string };

/** A highlighted code block with its language label and a copy button. */
export function CodeBlock(props: PreProps) {
  const language = props['data-language'];
  const showLanguage = language && language !== 'plaintext' && language !== 'text';

  return (
    <div className="code-block">
      {showLanguage ? <span className="code-language">{language}</span> : null}
      <CopyButton />
      <pre {...props} tabIndex={0} />
    </div>
  );
}
