import { useEffect, useRef, type RefObject } from 'react';

/**
 * After the step changes (never on the first paint: a restored link opens at the top), brings what
 * the step highlights (`[data-active]`) into view when it is off screen, so a person who presses
 * Next on a phone sees the change happen. The last highlighted element is the one the step adds
 * (the copy in the other Region, the new snapshot); scroll-margin keeps it below the sticky step bar.
 * The jump is instant, so it never competes with a scroll still under way.
 */
export function useRevealChange(ref: RefObject<HTMLElement | null>, index: number): void {
  const shown = useRef(index);
  useEffect(() => {
    if (shown.current === index) return;
    shown.current = index;
    const marked = ref.current?.querySelectorAll<HTMLElement>('[data-active]');
    const target = marked?.[marked.length - 1];
    if (!target || typeof target.scrollIntoView !== 'function') return;
    const box = target.getBoundingClientRect();
    const inView = box.top >= 0 && box.top < window.innerHeight - 48;
    if (inView) return;
    // Instant, not smooth: a smooth scroll still running when the next step is pressed would leave the
    // page wherever it was heading (the step's own CSS transitions show the change).
    target.scrollIntoView({ block: box.height > window.innerHeight / 2 ? 'start' : 'nearest', behavior: 'instant' });
  }, [ref, index]);
}
