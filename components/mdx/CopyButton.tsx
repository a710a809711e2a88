'use client';

import { useEffect, useState } from 'react';

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
    const code = event.currentTarget.closest('.code-block')?.querySelector('pre')?.innerText ?? '';
    try {
      await navigator.clipboard.writeText(code.replace(/\n$/, ''));
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
