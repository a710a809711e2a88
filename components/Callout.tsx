import type { ReactNode } from 'react';

const LABELS = { note: 'Note', tip: 'Tip', warning: 'Warning', danger: 'Danger' } as const;

/** The kinds of callout, each with its own colour and label. */
export type CalloutType = keyof typeof LABELS;

/** A highlighted aside in a post: `<Callout type="warning">…</Callout>`. Unknown types fall back to a note. */
export function Callout({ type = 'note', title, children }: { type?: CalloutType; title?: string; children: ReactNode }) {
  const kind: CalloutType = type in LABELS ? type : 'note';
  return (
    <aside className={`callout callout-${kind}`} aria-label={title ?? LABELS[kind]}>
      <p className="callout-title">{title ?? LABELS[kind]}</p>
      <div className="callout-body">{children}</div>
    </aside>
  );
}
