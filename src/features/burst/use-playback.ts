import { useCallback, useEffect, useMemo, useState } from 'react';
import { useAppStoreApi } from '../../store/store-context';
import { useActions, useInput, viewHandle } from '../../store/view-hooks';
import { burstActions } from './actions';
import { burstState } from './params';

/** Simulated seconds that pass per real second while playing: the whole workload in about 20 s. */
export const PLAYBACK_SECONDS = 20;

/**
 * The one owner of the playback timer: while playing, each animation frame moves the playhead so
 * the whole workload passes in about PLAYBACK_SECONDS; it stops at the end. Only the playhead
 * changes per frame; the simulation itself is computed once.
 */
export function usePlayback(totalSeconds: number) {
  const store = useAppStoreApi();
  const view = useMemo(() => viewHandle(store, burstState), [store]);
  const { movePlayhead } = useActions(burstActions);
  const playhead = useInput(burstState, 'playheadSeconds');
  const [playing, setPlaying] = useState(false);

  useEffect(() => {
    if (!playing) return;
    let last: number | null = null;
    let frame: number | null = null;
    // The playhead is kept in whole seconds; the position between frames is kept here, so a short
    // workload (a fraction of a second per frame) still moves. A move from elsewhere (the slider) wins.
    let at = view.inputs().playheadSeconds;
    const rate = totalSeconds / PLAYBACK_SECONDS;
    const tick = (now: number) => {
      const dt = last === null ? 0 : (now - last) / 1000;
      last = now;
      const stored = view.inputs().playheadSeconds;
      if (stored !== Math.round(at)) at = stored;
      at += dt * rate;
      movePlayhead(at);
      if (at >= totalSeconds) {
        setPlaying(false);
        return;
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => {
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, [playing, view, movePlayhead, totalSeconds]);

  const toggle = useCallback(() => {
    setPlaying((p) => {
      // Playing from the end starts again from the beginning.
      if (!p && view.inputs().playheadSeconds >= totalSeconds) movePlayhead(0);
      return !p;
    });
  }, [view, movePlayhead, totalSeconds]);
  const restart = useCallback(() => movePlayhead(0), [movePlayhead]);
  return { playing, toggle, restart, playhead };
}
