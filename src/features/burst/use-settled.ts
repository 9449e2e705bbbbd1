import { useEffect, useState } from 'react';

/**
 * `value` once it has stopped changing for `quietMs`, so a slider's steps are not held up by a
 * costly redraw of what shows it (the chart settles just after the last step). A new `cause`
 * (a click, an edit, a drag on the chart) passes the value on at once.
 */
export function useSettled<T>(value: T, quietMs: number, cause: unknown): T {
  const [settled, setSettled] = useState({ value, cause });
  const urgent = !Object.is(settled.cause, cause);
  // Adjusting state while rendering: React renders again at once, before anything is drawn.
  if (urgent) setSettled({ value, cause });
  useEffect(() => {
    if (Object.is(settled.value, value)) return;
    const timer = setTimeout(() => setSettled({ value, cause }), quietMs);
    return () => clearTimeout(timer);
  }, [value, cause, settled.value, quietMs]);
  return urgent ? value : settled.value;
}
