import { memo } from 'react';
import { useViewMessages } from '../../store/view-hooks';
import { burstState } from './params';

/**
 * What the last change said (a size raised to the type's minimum, a segment limit). The playhead
 * keeps these on screen as it moves (the same list, so this does not redraw per frame).
 */
export const BurstMessages = memo(function BurstMessages() {
  const messages = useViewMessages(burstState);
  return (
    <div aria-live="polite" className="space-y-1">
      {messages.map((m) => <p key={m} className="rounded-md bg-amber-50 px-2 py-1 text-sm text-amber-900 dark:bg-amber-950/50 dark:text-amber-100">{m}</p>)}
    </div>
  );
});
