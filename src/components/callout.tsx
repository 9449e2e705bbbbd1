import type { ReactNode } from 'react';

const STYLES = {
  tip: 'border-teal-600 bg-teal-50 dark:border-teal-400 dark:bg-teal-950/40',
  remark: 'border-amber-600 bg-amber-50 dark:border-amber-400 dark:bg-amber-950/40',
  warning: 'border-red-600 bg-red-50 dark:border-red-400 dark:bg-red-950/40',
} as const;

/** A boxed aside: an exam tip, a remark about the notes, or a warning. */
export function Callout({ kind, title, children }: { kind: keyof typeof STYLES; title?: string; children: ReactNode }) {
  return (
    <div role="note" className={`rounded-md border-l-4 px-3 py-2 text-sm ${STYLES[kind]}`}>
      {title ? <p className="font-semibold">{title}</p> : null}
      <div>{children}</div>
    </div>
  );
}
