'use client';

import { useEffect, useState } from 'react';

/**
 * Returns the code of a highlighted block, a line per `data-line` span.
 * rehype-pretty-code writes a blank line as a span with one space, so that it
 * keeps its height. That space is not part of the code.
 */
function codeText(pre: HTMLPreElement | null): string {
  if (!pre) return '';
  const lines = [...pre.querySelectorAll('[data-line]')].map((line) => line.textContent ?? '');
  if (lines.length === 0) return pre.innerText.replace(/\n$/, '');
  return lines.map((line) => (line === ' ' ? '' : line)).join('\n');
}

/**
 * Copies the code of the block it sits in. It appears only once JavaScript
 * runs, since it can do nothing without it, and announces "Copied" to screen
 * readers through a live region.
 */
export function CopyButton() {
  const [ready, setReady] = useState(false);
  const [status, setStatus] = useState('');

  useEffect(() => setReady(true), []);

  async function copy(event: React.MouseEvent<HTMLButtonElement>) {
    const code = codeText(event.currentTarget.closest('.code-block')?.querySelector('pre') ?? null);
    try {
      await navigator.clipboard.writeText(code);
      setStatus('Copied');
    } catch {
      setStatus('Copy failed');
    }
    setTimeout(() => setStatus(''), 2000);
  }

  return (
    <>
      {ready ? (
        <button type="button" className="copy-button" onClick={copy}>
          {status === 'Copied' ? 'Copied' : 'Copy'}
        </button>
      ) : null}
      <span className="sr-only" role="status" aria-live="polite">
        {status}
      </span>
    </>
  );
}
