import { useMemo } from 'react';
import { useAppStore } from '../store/store-context';
import { selectRoute } from '../store/view-hooks';
import type { AppState } from '../store/create-app-store';

const selectNotices = (s: AppState) => s.notices;

/** What a link contained that could not be used, or what an edition switch changed, for the view on screen. Dismissible. */
export function Notices() {
  const all = useAppStore(selectNotices);
  const route = useAppStore(selectRoute);
  const dismiss = useAppStore((s) => s.dismissNotice);
  const notices = useMemo(() => all.filter((n) => n.view === route), [all, route]);
  if (notices.length === 0) return null;
  return (
    <div className="mx-auto max-w-7xl space-y-2 px-4 pt-4">
      {notices.map((n) => (
        <div key={n.id} role="status" className="flex items-start justify-between gap-4 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm dark:border-amber-600 dark:bg-amber-950/50">
          <div>
            <p className="font-semibold">{n.title}</p>
            <ul className="mt-1 list-disc pl-5">
              {n.items.map((item) => <li key={item}>{item}</li>)}
            </ul>
          </div>
          <button type="button" onClick={() => dismiss(n.id)} aria-label={`Dismiss notice: ${n.title}`} className="shrink-0 rounded-md border border-amber-500 px-2 py-1 font-medium hover:bg-amber-100 dark:hover:bg-amber-900">
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
