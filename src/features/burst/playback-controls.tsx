import { memo, useCallback } from 'react';
import { RangeField } from '../../components/range-field';
import { useActions } from '../../store/view-hooks';
import { burstActions } from './actions';
import { clock } from './time-format';
import { usePlayback } from './use-playback';

export const BUTTON = 'rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800';

/** Play, Restart and the Playhead slider: the only controls that redraw while the playhead moves. */
export const PlaybackControls = memo(function PlaybackControls({ totalSeconds }: { totalSeconds: number }) {
  const { movePlayhead } = useActions(burstActions);
  const { playing, toggle, restart, playhead } = usePlayback(totalSeconds);
  const days = totalSeconds > 86_400;
  const timeLabel = useCallback((t: number) => clock(t, days), [days]);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={toggle} className={BUTTON}>{playing ? 'Pause' : 'Play'}</button>
        <button type="button" onClick={restart} className={BUTTON}>Restart</button>
      </div>
      {/* The playhead's range is the workload's: 0 to its last second. */}
      <RangeField label="Playhead" unit="s" value={Math.round(playhead)} min={0} max={totalSeconds} step={60} onChange={movePlayhead} valueLabel={timeLabel} />
    </div>
  );
});
