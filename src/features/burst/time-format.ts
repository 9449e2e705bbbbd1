import { formatDuration } from '../../components/format';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const pad = (n: number) => String(n).padStart(2, '0');

/** Seconds from the start of the workload as a clock time; t = 0 is 00:00 on a Monday. */
export function clock(seconds: number, withDay: boolean): string {
  const whole = Math.floor(seconds / 60) * 60;
  const day = Math.floor(whole / 86_400);
  const rest = whole - day * 86_400;
  const time = `${pad(Math.floor(rest / 3600))}:${pad(Math.floor((rest % 3600) / 60))}`;
  // Without days (a workload of a day or less) the end of the day reads 24:00.
  return withDay ? `${DAYS[day % 7]} ${time}` : `${pad(Math.floor(whole / 3600))}:${pad(Math.floor((whole % 3600) / 60))}`;
}

/** Axis ticks at round clock times: every 3 h for a day, every 12 h up to 3 days, daily beyond. */
export function clockTicks(totalSeconds: number): number[] {
  const step = totalSeconds <= 2 * 3600 ? 900 : totalSeconds <= 12 * 3600 ? 3600 : totalSeconds <= 86_400 ? 3 * 3600 : totalSeconds <= 3 * 86_400 ? 12 * 3600 : 86_400;
  const ticks: number[] = [];
  for (let t = 0; t <= totalSeconds; t += step) ticks.push(t);
  return ticks;
}

/** The playhead as a person reads it: the clock time and how long after the start, each with its unit ("01:30, 1 h 30 min after the start"). */
export function playheadText(seconds: number, withDay: boolean): string {
  return seconds <= 0 ? `${clock(0, withDay)}, the start` : `${clock(seconds, withDay)}, ${formatDuration(seconds)} after the start`;
}

export { formatDuration };
