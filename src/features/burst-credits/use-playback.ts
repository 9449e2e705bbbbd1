import { useCallback, useEffect, useRef, useState } from 'react';
import { PLAYBACK_SECONDS } from '../../store/burst-defaults';
import { selectPlayhead } from '../../store/selectors';
import { useAppStore, useAppStoreApi } from '../../store/store-context';

/**
 * The one owner of the playback timer: while playing, each animation frame moves the playhead so
 * the whole workload passes in about PLAYBACK_SECONDS; it stops at the end. Only the playhead
 * changes per frame; the simulation itself is computed once.
 */
export function usePlayback(totalSeconds: number) {
  const store = useAppStoreApi();
  const playhead = useAppStore(selectPlayhead);
  const [playing, setPlaying] = useState(false);
  const frame = useRef<number | null>(null);

  useEffect(() => {
    if (!playing) return;
    let last: number | null = null;
    const rate = totalSeconds / PLAYBACK_SECONDS;
    const tick = (now: number) => {
      const dt = last === null ? 0 : (now - last) / 1000;
      last = now;
      const { burst, movePlayhead } = store.getState();
      const next = burst.playheadSeconds + dt * rate;
      movePlayhead(next);
      if (next >= totalSeconds) {
        setPlaying(false);
        return;
      }
      frame.current = requestAnimationFrame(tick);
    };
    frame.current = requestAnimationFrame(tick);
    return () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    };
  }, [playing, store, totalSeconds]);

  const toggle = useCallback(() => {
    setPlaying((p) => {
      // Playing from the end starts again from the beginning.
      if (!p && store.getState().burst.playheadSeconds >= totalSeconds) store.getState().movePlayhead(0);
      return !p;
    });
  }, [store, totalSeconds]);
  const restart = useCallback(() => store.getState().movePlayhead(0), [store]);
  return { playing, toggle, restart, playhead };
}
