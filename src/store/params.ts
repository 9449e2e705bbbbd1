/**
 * The parameter kit: each input of a view is declared once, with its URL key, kind, range, default
 * and unit (PhET's RangeWithValue; tldraw's shape props). The link reader, the clamp applied to
 * every intent, reset and the sliders' bounds all read that one declaration.
 *
 * Kinds: `whole` and `number` (a range, or none where the domain's refinement sets it), `choice`
 * (a fixed or per-edition set of words), `flag` (1 or 0), `text` (capped length) and `list` (any
 * value with its own parse and format, e.g. a workload's segments).
 */
import type { Edition } from '../domain';

interface ParamBase<T> {
  /** The key in the link: `#/ebs?size=100`. */
  key: string;
  /** How a sentence names it: "Size set to 100 GiB". */
  label: string;
  default: T;
  unit?: string;
  /** Left out of the link for these inputs (a value that does not apply, such as gp2's IOPS). */
  omit?: (inputs: never, edition: Edition) => boolean;
}

export interface NumberParam<T extends number | undefined = number> extends ParamBase<T> {
  kind: 'whole' | 'number';
  /** The interface's range; without one, only "is it a number" is checked here and the domain's refinement keeps it valid. */
  min?: number;
  max?: number;
  /** A range that depends on the other inputs (a step index within its scenario), applied after the refinement. */
  range?: (inputs: never, edition: Edition) => readonly [number, number];
  /** The link shows value + offset (steps count from 1 on screen and in the link, from 0 in the store). */
  offset?: number;
  /** undefined is a value (left out of the link): a volume type that does not provision IOPS. */
  optional?: boolean;
  /** Values the contract tests and docs draw from when there is no range. */
  examples?: readonly number[];
}

export interface ChoiceParam<T extends string = string> extends ParamBase<T> {
  kind: 'choice';
  values: readonly T[] | ((edition: Edition) => readonly T[]);
  /** What the allowed values are, for a sentence: `type "zz" is not <what>: used gp2`. */
  what: string | ((edition: Edition) => string);
  /** The value used when the one asked for is not allowed (defaults to the declared default, or the first allowed). */
  fallback?: (edition: Edition) => T;
  /** Read case-insensitively. */
  lowercase?: boolean;
}

export interface FlagParam extends ParamBase<boolean> {
  kind: 'flag';
}

export interface TextParam extends ParamBase<string> {
  kind: 'text';
  maxLength: number;
  /** What an empty value becomes (the default when not given). */
  blank?: string;
  examples?: readonly string[];
}

export interface ListParam<T = unknown> extends ParamBase<T> {
  kind: 'list';
  // Methods, not function properties: a list of any value type is then a Param.
  parse(raw: string): { value: T; problems: string[] };
  format(value: T): string;
  examples?: readonly T[];
}

export type Param = NumberParam<number> | NumberParam<number | undefined> | ChoiceParam<string> | FlagParam | TextParam | ListParam<unknown>;
export type ParamSet = Readonly<Record<string, Param>>;

type ValueOf<P> = P extends ParamBase<infer T> ? T : never;
/** The inputs a declaration describes: one field per parameter. */
export type InputsOf<D extends ParamSet> = { -readonly [K in keyof D]: ValueOf<D[K]> };

export const whole = (p: Omit<NumberParam<number>, 'kind'>): NumberParam<number> => ({ ...p, kind: 'whole' });
export const num = (p: Omit<NumberParam<number>, 'kind'>): NumberParam<number> => ({ ...p, kind: 'number' });
export const optionalNumber = (p: Omit<NumberParam<number | undefined>, 'kind' | 'optional'> & { kind?: 'whole' | 'number' }): NumberParam<number | undefined> =>
  ({ kind: 'whole', ...p, optional: true });
export const choice = <T extends string>(p: Omit<ChoiceParam<T>, 'kind'>): ChoiceParam<T> => ({ ...p, kind: 'choice' });
export const flag = (p: Omit<FlagParam, 'kind'>): FlagParam => ({ ...p, kind: 'flag' });
export const text = (p: Omit<TextParam, 'kind'>): TextParam => ({ ...p, kind: 'text' });
export const list = <T>(p: Omit<ListParam<T>, 'kind'>): ListParam<T> => ({ ...p, kind: 'list' });

export const show = (n: number, unit?: string) => `${n.toLocaleString('en-US')}${unit ? ` ${unit}` : ''}`;

export function valuesOf<T extends string>(p: ChoiceParam<T>, edition: Edition): readonly T[] {
  return typeof p.values === 'function' ? p.values(edition) : p.values;
}

export function whatOf(p: ChoiceParam, edition: Edition): string {
  return typeof p.what === 'function' ? p.what(edition) : p.what;
}

export function fallbackOf<T extends string>(p: ChoiceParam<T>, edition: Edition): T {
  if (p.fallback) return p.fallback(edition);
  const allowed = valuesOf(p, edition);
  return allowed.includes(p.default) ? p.default : (allowed[0] ?? p.default);
}

/** The static range of a number parameter, if it has one. */
export function rangeOf(p: NumberParam<number | undefined>): readonly [number, number] | null {
  return p.min !== undefined && p.max !== undefined ? [p.min, p.max] : null;
}

/** A number kept in its declared range (whole where declared), silently: what every intent goes through. */
export function fitNumber(p: NumberParam<number | undefined>, value: number | undefined, previous: number | undefined): number | undefined {
  if (value === undefined) return p.optional ? undefined : previous ?? p.default;
  if (!Number.isFinite(value)) return previous ?? p.default;
  let v = p.kind === 'whole' ? Math.round(value) : value;
  if (p.min !== undefined) v = Math.max(p.min, v);
  if (p.max !== undefined) v = Math.min(p.max, v);
  return v;
}

export interface Read<T> {
  /** undefined: the link does not set it. */
  value?: T;
  problem?: string;
  /** A list's reader may name several parts it could not use, one sentence each. */
  problems?: readonly string[];
}

/** Reads one parameter from a link without trusting it; a problem says what was wrong and what was used. */
export function readParam(p: Param, raw: string | null, base: unknown, edition: Edition): Read<unknown> {
  if (raw === null) return {};
  switch (p.kind) {
    case 'whole':
    case 'number': {
      const offset = p.offset ?? 0;
      const fallback = base === undefined ? undefined : (base as number) + offset;
      const trimmed = raw.trim();
      const n = trimmed === '' ? NaN : Number(trimmed);
      if (!Number.isFinite(n)) {
        const used = fallback === undefined ? '' : `: used ${show(fallback, p.unit)}`;
        return { value: base, problem: `${p.key} "${raw}" is not a number${used}` };
      }
      const rounded = p.kind === 'whole' ? Math.round(n) : n;
      const range = rangeOf(p);
      if (!range) {
        if (rounded !== n) return { value: rounded - offset, problem: `${p.key} ${raw} is not a whole number: used ${show(rounded, p.unit)}` };
        return { value: n - offset };
      }
      const [min, max] = [range[0] + offset, range[1] + offset];
      const v = Math.min(max, Math.max(min, rounded));
      if (v === n) return { value: v - offset };
      const why = v !== rounded ? `is outside ${show(min)} to ${show(max, p.unit)}` : 'is not a whole number';
      return { value: v - offset, problem: `${p.key} ${raw} ${why}: used ${show(v, p.unit)}` };
    }
    case 'choice': {
      const allowed = valuesOf(p, edition);
      const value = p.lowercase ? raw.toLowerCase() : raw;
      if (allowed.includes(value)) return { value };
      const used = allowed.includes(base as string) ? (base as string) : fallbackOf(p, edition);
      return { value: used, problem: `${p.key} "${raw}" is not ${whatOf(p, edition)}: used ${used}` };
    }
    case 'flag':
      if (raw === '1' || raw === 'true') return { value: true };
      if (raw === '0' || raw === 'false') return { value: false };
      return { value: base, problem: `${p.key} "${raw}" is not 1 or 0: used ${base ? 1 : 0}` };
    case 'text': {
      if (!raw.trim()) return { value: p.blank ?? p.default };
      const value = raw.slice(0, p.maxLength);
      if (value.length < raw.length) return { value, problem: `${p.key}: longer than ${show(p.maxLength)} characters: the rest was left out` };
      return { value };
    }
    case 'list': {
      const read = p.parse(raw);
      return { value: read.value, problems: read.problems };
    }
  }
}

/** The link's text for one value, or null to leave it out. */
export function formatParam(p: Param, value: unknown): string | null {
  switch (p.kind) {
    case 'whole':
    case 'number':
      return value === undefined ? null : String((value as number) + (p.offset ?? 0));
    case 'flag':
      return value ? '1' : '0';
    case 'list':
      return p.format(value);
    default:
      return String(value);
  }
}
