import { useSyncExternalStore } from 'react';

/** Tailwind's `sm` breakpoint: below it the page is laid out for a phone. */
const WIDE = '(min-width: 640px)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia?.(WIDE);
  query?.addEventListener?.('change', onChange);
  return () => query?.removeEventListener?.('change', onChange);
}

/** Whether the screen is wider than a phone; without matchMedia, assume it is. */
export function useWideScreen(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia?.(WIDE).matches ?? true, () => true);
}
