/**
 * Reading one value from a URL without trusting it: every reader returns the value to use and, when
 * the link's value could not be used as it was, a sentence saying what was wrong and what was used.
 */

export interface Read<T> {
  value: T;
  problem?: string;
}

export interface NumberRule {
  min: number;
  max: number;
  integer?: boolean;
  unit?: string;
}

const show = (n: number, unit?: string) => `${n.toLocaleString('en-US')}${unit ? ` ${unit}` : ''}`;

/** A number in [min, max]; garbage falls back, out-of-range values are clamped. */
export function readNumber(params: URLSearchParams, key: string, fallback: number, rule: NumberRule): Read<number> {
  const raw = params.get(key);
  if (raw === null) return { value: fallback };
  const trimmed = raw.trim();
  const n = trimmed === '' ? NaN : Number(trimmed);
  if (!Number.isFinite(n)) {
    return { value: fallback, problem: `${key} "${raw}" is not a number: used ${show(fallback, rule.unit)}` };
  }
  const rounded = rule.integer ? Math.round(n) : n;
  const value = Math.min(rule.max, Math.max(rule.min, rounded));
  if (value === n) return { value };
  const why = value !== rounded
    ? `is outside ${show(rule.min)} to ${show(rule.max, rule.unit)}`
    : 'is not a whole number';
  return { value, problem: `${key} ${raw} ${why}: used ${show(value, rule.unit)}` };
}

/** A raw number that another rule (the domain's) will check; only garbage is caught here. */
export function readRawNumber(params: URLSearchParams, key: string): Read<number | undefined> & { raw?: string } {
  const raw = params.get(key);
  if (raw === null) return { value: undefined };
  const n = raw.trim() === '' ? NaN : Number(raw);
  return Number.isFinite(n) ? { value: n, raw } : { value: undefined, raw, problem: `${key} "${raw}" is not a number` };
}

/** One of a fixed set of words. */
export function readChoice<T extends string>(params: URLSearchParams, key: string, allowed: readonly T[], fallback: T, what: string): Read<T> {
  const raw = params.get(key);
  if (raw === null) return { value: fallback };
  if ((allowed as readonly string[]).includes(raw)) return { value: raw as T };
  return { value: fallback, problem: `${key} "${raw}" is not ${what}: used ${fallback}` };
}

export function readFlag(params: URLSearchParams, key: string, fallback: boolean): Read<boolean> {
  const raw = params.get(key);
  if (raw === null) return { value: fallback };
  if (raw === '1' || raw === 'true') return { value: true };
  if (raw === '0' || raw === 'false') return { value: false };
  return { value: fallback, problem: `${key} "${raw}" is not 1 or 0: used ${fallback ? 1 : 0}` };
}

export function unknownKeys(params: URLSearchParams, known: readonly string[]): string[] {
  return [...new Set(params.keys())].filter((k) => !known.includes(k)).map((k) => `${k} is not a setting of this view: ignored`);
}
