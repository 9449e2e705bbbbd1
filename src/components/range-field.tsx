import { memo, useId, type ReactNode } from 'react';
import { formatNumber } from './format';
import { useNumberEntry } from './use-number-entry';

export interface RangeFieldProps {
  label: string;
  unit: string;
  value: number;
  min: number;
  max: number;
  /** 'log' spreads the slider's 1,000 positions evenly over orders of magnitude. */
  scale?: 'linear' | 'log';
  step?: number;
  onChange: (value: number) => void;
  /** For a typed value: the rule it breaks, or null when it may be applied. */
  validate?: (value: number) => string | null;
  hint?: ReactNode;
  /** How the value reads on screen and to a screen reader; defaults to "1,234 unit". */
  valueLabel?: (value: number) => string;
}

const LOG_POSITIONS = 1000;

function toPosition(v: number, min: number, max: number): number {
  if (max <= min) return 0;
  return Math.round((LOG_POSITIONS * (Math.log(v) - Math.log(min))) / (Math.log(max) - Math.log(min)));
}

function fromPosition(p: number, min: number, max: number): number {
  return Math.round(Math.exp(Math.log(min) + ((Math.log(max) - Math.log(min)) * p) / LOG_POSITIONS));
}

/** A real range input with a number box beside it for exact entry, both labelled. */
export const RangeField = memo(function RangeField({ label, unit, value, min, max, scale = 'linear', step = 1, onChange, validate, hint, valueLabel }: RangeFieldProps) {
  const id = useId();
  const entry = useNumberEntry({ value, min, max, unit, onChange, validate });
  const fixed = max <= min;
  const log = scale === 'log' && min > 0;

  const onSlide = (raw: string) => {
    const p = Number(raw);
    if (!log) return onChange(p);
    let next = fromPosition(p, min, max);
    if (next === value) next = value + Math.sign(p - toPosition(value, min, max));
    onChange(Math.min(max, Math.max(min, next)));
  };

  const shownError = entry.error;
  const shown = valueLabel ? valueLabel(value) : `${formatNumber(value)} ${unit}`;
  return (
    <div className="space-y-1">
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={`${id}-range`} className="text-sm font-medium">{label}</label>
        <span className="text-sm tabular-nums text-slate-600 dark:text-slate-300" aria-hidden="true">
          {shown}
        </span>
      </div>
      <div className="flex items-center gap-3">
        <input
          id={`${id}-range`}
          type="range"
          className="range-input min-w-0 flex-1"
          min={log ? 0 : min}
          max={log ? LOG_POSITIONS : Math.max(min, max)}
          step={log ? 1 : step}
          value={log ? toPosition(value, min, max) : value}
          aria-valuetext={shown}
          disabled={fixed}
          onChange={(e) => onSlide(e.target.value)}
        />
        <input
          type="number"
          inputMode="numeric"
          aria-label={`${label}, exact value in ${unit}`}
          aria-invalid={shownError ? true : undefined}
          aria-describedby={shownError ? `${id}-error` : hint ? `${id}-hint` : undefined}
          className="w-28 rounded-md border border-slate-300 bg-white px-2 py-1 text-right tabular-nums dark:border-slate-600 dark:bg-slate-900"
          min={min}
          max={max}
          step={step}
          {...entry.inputProps}
        />
      </div>
      {shownError ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700 dark:text-red-300">{shownError}</p>
      ) : hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">{hint}</p>
      ) : null}
    </div>
  );
});
