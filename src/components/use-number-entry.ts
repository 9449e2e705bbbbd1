import { useState } from 'react';
import { formatNumber } from './format';

/**
 * A number box that applies only acceptable values. While it has focus it shows what is typed;
 * a value that breaks a rule is not applied and the rule is shown until the value changes.
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
  const onType = (text: string) => {
    setDraft(text);
    if (text.trim() === '') return;
    const n = Number(text);
    const problem = !Number.isFinite(n)
      ? 'Enter a number'
      : validate?.(n) ?? (n < min || n > max ? `Enter ${formatNumber(min)} to ${formatNumber(max)} ${unit}` : null);
    if (problem) {
      setError({ text: `${problem}. Not applied: ${formatNumber(value)} ${unit} kept.`, forValue: value });
    } else {
      setError(null);
      onChange(n);
    }
  };
  return {
    inputProps: {
      value: draft ?? String(value),
      onFocus: () => setDraft(String(value)),
      onBlur: () => setDraft(null),
      onChange: (e: { target: { value: string } }) => onType(e.target.value),
    },
    error: error && error.forValue === value ? error.text : null,
  };
}
