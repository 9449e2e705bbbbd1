import { useId, type ReactNode } from 'react';

/** A titled region of a view; the heading names the region for screen readers. */
export function Section({ title, children, actions, id: sectionId }: { title: string; children: ReactNode; actions?: ReactNode; id?: string }) {
  const id = useId();
  return (
    <section id={sectionId} aria-labelledby={id} className="section-box rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id={id} tabIndex={-1} className="text-lg font-semibold">{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}
