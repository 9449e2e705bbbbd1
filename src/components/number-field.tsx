import { useId } from 'react';
import { useNumberEntry } from './use-number-entry';

/** A labelled number box with its unit; out-of-range entries are explained, not applied. */
export function NumberField({ label, unit, value, min, max, onChange, validate }: {
  label: string;
  unit: string;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
  /** For a typed value: the rule it breaks, or null when it may be applied. */
  validate?: (value: number) => string | null;
}) {
  const id = useId();
  const entry = useNumberEntry({ value, min, max, unit, onChange, validate });
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}{unit ? <span className="font-normal text-slate-600 dark:text-slate-400"> ({unit})</span> : null}
      </label>
      <input id={id} type="number" inputMode="numeric" min={min} max={max} {...entry.inputProps} aria-label={unit ? `${label} (${unit})` : label}
        aria-invalid={entry.error ? true : undefined} aria-describedby={entry.error ? `${id}-error` : undefined}
        className="w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-right tabular-nums dark:border-slate-600 dark:bg-slate-900" />
      {entry.error ? <p id={`${id}-error`} role="alert" className="text-sm text-red-700 dark:text-red-300">{entry.error}</p> : null}
    </div>
  );
}
