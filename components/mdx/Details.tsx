import type { ReactNode } from 'react';

/** A collapsible section, closed until the reader opens it: `<Details summary="Full output">…</Details>`. */
export function Details({ summary, open = false, children }: { summary: string; open?: boolean; children: ReactNode }) {
  return (
    <details className="details" open={open}>
      <summary>{summary}</summary>
      <div className="details-body">{children}</div>
    </details>
  );
}
