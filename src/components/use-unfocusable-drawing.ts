import { useEffect, type RefObject } from 'react';

/** Recharts 3's z-index layers (`<g class="recharts-zIndex-layer_…">`) and any tabindex it sets. */
const FOCUSABLE_LAYERS = 'svg, g[class*="recharts-zIndex-layer"], [tabindex]';

/**
 * Keeps a chart's drawing out of the tab order. The drawing is hidden from assistive technology (its
 * caption describes it), yet even with `accessibilityLayer={false}` Chromium stops on each of
 * recharts 3's z-index layers, which name nothing. Recharts adds those layers after its own
 * renders, so the rule is kept by a MutationObserver on the drawing, not once.
 */
export function useUnfocusableDrawing(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const settle = () => root.querySelectorAll(FOCUSABLE_LAYERS).forEach((el) => {
      if (el.getAttribute('tabindex') !== '-1') el.setAttribute('tabindex', '-1');
    });
    settle();
    // Only added nodes are watched: the attribute set here does not call this again.
    const observer = new MutationObserver(settle);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [ref]);
}
