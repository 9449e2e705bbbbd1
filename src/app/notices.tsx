import { useAppStore } from '../store/store-context';
import { selectNotices } from '../store/selectors';

/** What a link contained that could not be used, and what was used instead. Dismissible. */
export function Notices() {
  const notices = useAppStore(selectNotices);
  const dismiss = useAppStore((s) => s.dismissNotice);
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
