import { useCallback, useEffect, useRef, useState } from 'react';

/** How long each step stays on screen while playing (a UI choice, docs/model.md "Interface choices"). */
export const STEP_PLAY_MS = 2500;

/**
 * The one owner of a step-through's timer: while playing, it moves to the next step every
 * `intervalMs` and stops on the last one. Playing from the last step starts again from the first.
 * The index itself lives in the store (and the URL); this hook only asks for changes.
 */
export function useStepPlayback({ index, count, onIndex, intervalMs = STEP_PLAY_MS }: {
  index: number;
  count: number;
  onIndex: (index: number) => void;
  intervalMs?: number;
}) {
  const [playing, setPlaying] = useState(false);
  const onIndexRef = useRef(onIndex);
  useEffect(() => {
    onIndexRef.current = onIndex;
  }, [onIndex]);

  const atEnd = index >= count - 1;
  useEffect(() => {
    if (!playing || atEnd) return;
    const timer = setTimeout(() => {
      onIndexRef.current(index + 1);
      if (index + 1 >= count - 1) setPlaying(false);
    }, intervalMs);
    return () => clearTimeout(timer);
  }, [playing, index, atEnd, count, intervalMs]);

  const toggle = useCallback(() => {
    if (!playing && atEnd) onIndexRef.current(0);
    setPlaying(!playing);
  }, [playing, atEnd]);
  const stop = useCallback(() => setPlaying(false), []);
  return { playing, toggle, stop };
}
