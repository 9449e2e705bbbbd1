import { useEffect, useState, type ReactNode } from 'react';

/**
 * Shows `fallback` until the page has painted once with it, then `children`: a chart library
 * loaded by the children is fetched and run after the view's words, figures and controls are on
 * screen. The fallback should take the children's size, so nothing moves when they arrive.
 */
export function AfterPaint({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The frame after this one has been painted: a task queued from requestAnimationFrame runs after it.
    const frame = typeof requestAnimationFrame === 'function'
      ? requestAnimationFrame(() => { timer = setTimeout(() => setPainted(true), 0); })
      : undefined;
    if (frame === undefined) timer = setTimeout(() => setPainted(true), 0);
    return () => {
      if (frame !== undefined) cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return <>{painted ? children : fallback}</>;
}
