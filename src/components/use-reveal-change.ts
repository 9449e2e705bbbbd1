import { useEffect, useRef, type RefObject } from 'react';

/**
 * After the step changes (never on the first paint: a restored link opens at the top), brings what
 * the step highlights (`[data-active]`) into view when it is off screen or under the stepper's
 * sticky bar, so a person who presses Next on a phone sees the change happen and, in the bar, the
 * step's title. The last highlighted element is the one the step adds (the copy in the other
 * Region, the new launch permission, the new snapshot). The bar's height is measured, not assumed:
 * on a phone it wraps and shows the title. The jump is instant, so it never competes with a scroll
 * still under way. Used by every step-through view.
 */
export function useRevealChange(ref: RefObject<HTMLElement | null>, index: number): void {
  const shown = useRef(index);
  useEffect(() => {
    if (shown.current === index) return;
    shown.current = index;
    const marked = ref.current?.querySelectorAll<HTMLElement>('[data-active]');
    const target = marked?.[marked.length - 1];
    if (!target) return;
    // The bar sticks at the top once the page scrolls: what is left below it is the screen less its height.
    const barBox = target.closest('[role="group"]')?.querySelector('.sticky')?.getBoundingClientRect();
    const bar = barBox?.bottom ?? 0;
    const barHeight = barBox?.height ?? 0;
    const box = target.getBoundingClientRect();
    const room = window.innerHeight - barHeight;
    const fits = box.height <= room - 16;
    // Whole when it fits below the bar; else its top in the upper half of what is left.
    const inView = box.top >= bar && (fits ? box.bottom <= window.innerHeight : box.top < bar + room / 2);
    const page = document.scrollingElement;
    if (inView || !page || typeof page.scrollBy !== 'function') return;
    // As little as needed to show it whole, but never with its top under the bar; just below the bar when it is taller than the room.
    const underBar = box.top - barHeight - 8;
    const by = fits && box.top >= bar ? Math.min(box.bottom - window.innerHeight + 8, underBar) : underBar;
    // Instant, not smooth: a smooth scroll still running when the next step is pressed would leave the
    // page wherever it was heading (the step's own CSS transitions show the change).
    page.scrollBy({ top: by, behavior: 'instant' });
  }, [ref, index]);
}
