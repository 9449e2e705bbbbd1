import { useState } from 'react';
import { formatNumber } from './format';

/**
 * A number box that applies only acceptable values, and only when the person is done typing
 * (Enter or leaving the box): applying every keystroke would pass through values such as "20" on
 * the way to "2000" and let the rules clamp other settings to them. A value that breaks a rule is
 * not applied; the rule it breaks is shown until the value changes or the person types again.
 */
export function useNumberEntry({ value, min, max, unit, onChange, validate }: {
  value: number;
  min: number;
  max: number;
  unit: string;
  onChange: (value: number) => void;
  validate?: (value: number) => string | null;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<{ text: string; forValue: number } | null>(null);
  const problemWith = (text: string): string | null => {
    const n = Number(text);
    if (text.trim() === '' || !Number.isFinite(n)) return 'Enter a number';
    return validate?.(n) ?? (n < min || n > max ? `Enter ${formatNumber(min)} to ${formatNumber(max)} ${unit}` : null);
  };
  const check = (text: string) => {
    const problem = problemWith(text);
    setError(problem ? { text: `${problem}. Not applied: ${formatNumber(value)} ${unit} kept.`, forValue: value } : null);
    return problem;
  };
  const commit = () => {
    if (draft === null || draft === String(value)) return;
    if (!check(draft)) onChange(Number(draft));
  };
  return {
    inputProps: {
      value: draft ?? String(value),
      onFocus: () => setDraft(String(value)),
      onChange: (e: { target: { value: string } }) => {
        setDraft(e.target.value);
        setError(null);
      },
      onKeyDown: (e: { key: string }) => {
        if (e.key === 'Enter') commit();
      },
      onBlur: () => {
        commit();
        setDraft(null);
      },
    },
    error: error && error.forValue === value ? error.text : null,
  };
}
