import { memo, useId } from 'react';
import { useActions } from '../../store/view-hooks';
import { burstActions } from './actions';
import { playheadText } from './time-format';
import { usePlayback } from './use-playback';

export const BUTTON = 'rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800';

/** Play, Restart and the Playhead slider: the only controls that redraw while the playhead moves. */
export const PlaybackControls = memo(function PlaybackControls({ totalSeconds }: { totalSeconds: number }) {
  const { movePlayhead } = useActions(burstActions);
  const { playing, toggle, restart, playhead } = usePlayback(totalSeconds);
  const id = useId();
  const shown = playheadText(Math.round(playhead), totalSeconds > 86_400);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={toggle} className={BUTTON}>{playing ? 'Pause' : 'Play'}</button>
        <button type="button" onClick={restart} className={BUTTON}>Restart</button>
      </div>
      {/* The playhead's range is the workload's: 0 to its last second. */}
      {/* A time of the workload, never raw seconds: the slider moves a minute at a time. */}
      <div className="space-y-1">
        <div className="flex flex-wrap items-baseline justify-between gap-x-2">
          <label htmlFor={id} className="text-sm font-medium">Playhead</label>
          <span aria-hidden="true" className="text-sm tabular-nums text-slate-600 dark:text-slate-300">{shown}</span>
        </div>
        <input id={id} type="range" className="range-input w-full" min={0} max={totalSeconds} step={60} value={Math.round(playhead)}
          aria-valuetext={shown} onChange={(e) => movePlayhead(Number(e.target.value))} />
      </div>
    </div>
  );
});
