/**
 * A view's state, declared once: its parameters (params.ts) and the domain's refinement that keeps
 * a combination valid (e.g. `clampVolume`). From these the kit derives the defaults, the link's
 * reader and writer, and the one path every change takes: an intent, a link, reset and the edition
 * switch all go through `settle`.
 */
import type { Edition } from '../domain';
import {
  fallbackOf, fitNumber, formatParam, readParam, show, valuesOf, whatOf,
  type ChoiceParam, type InputsOf, type NumberParam, type Param, type ParamSet,
} from './params';

/** What had to change, for a sentence: the kit phrases it for a link, an intent or an edition switch. */
export type Change<I> = { field: keyof I & string; from?: unknown; to: unknown; reason: string } | string;

export type SettleMode = 'link' | 'intent' | 'edition' | 'reset';

export interface RefineContext<I> {
  edition: Edition;
  mode: SettleMode;
  /** The inputs before this change (the defaults for a link or a reset). */
  previous: I;
  /** Whether the link set this input, and its raw text (links only). */
  given: (field: keyof I & string) => boolean;
  raw: (field: keyof I & string) => string | undefined;
}

export interface Refined<I> {
  inputs: I;
  changes?: readonly Change<I>[];
}

export interface ViewStateDefinition<D extends ParamSet = ParamSet> {
  id: string;
  params: D;
  /** The domain's rules over a whole combination; returns the valid inputs and what it changed. */
  refine?(candidate: InputsOf<D>, ctx: RefineContext<InputsOf<D>>): Refined<InputsOf<D>>;
}

/** Any view's declaration, whatever its parameters (what the store holds and registers). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each view's own parameter types
export type AnyViewState = ViewStateDefinition<any>;

export function defineViewState<const D extends ParamSet>(definition: ViewStateDefinition<D>): ViewStateDefinition<D> {
  return definition;
}

type AnyInputs = Record<string, unknown>;

export function defaultsOf<D extends ParamSet>(def: ViewStateDefinition<D>): InputsOf<D> {
  return Object.fromEntries(Object.entries(def.params).map(([field, p]) => [field, p.default])) as InputsOf<D>;
}

const NO_LINK = { given: () => false, raw: () => undefined };

function label(p: Param, value: unknown): string {
  if (typeof value === 'number') return show(value, p.unit);
  return String(value);
}

/** One sentence per change, worded for where it came from. */
export function phrase<I>(def: { params: ParamSet }, changes: readonly Change<I>[], mode: SettleMode): string[] {
  return changes.map((c) => {
    if (typeof c === 'string') return c;
    const p = def.params[c.field];
    if (!p) return c.reason;
    if (mode === 'link') return `${p.key} ${String(c.from)}: ${c.reason}; used ${label(p, c.to)}`;
    return `${p.label} set to ${label(p, c.to)}: ${c.reason}.`;
  });
}

/**
 * The one path: every parameter kept in its declared range (choices allowed in this edition), then
 * the domain's refinement, then ranges that depend on the result (a step within its scenario).
 */
export function settle<D extends ParamSet>(
  def: ViewStateDefinition<D>,
  candidate: InputsOf<D>,
  mode: SettleMode,
  edition: Edition,
  previous: InputsOf<D> = defaultsOf(def),
  link: Pick<RefineContext<InputsOf<D>>, 'given' | 'raw'> = NO_LINK,
): { inputs: InputsOf<D>; messages: string[] } {
  const changes: Change<InputsOf<D>>[] = [];
  const fitted: AnyInputs = { ...candidate };
  for (const [field, p] of Object.entries(def.params)) {
    const v = fitted[field];
    if (p.kind === 'whole' || p.kind === 'number') fitted[field] = fitNumber(p, v as number | undefined, (previous as AnyInputs)[field] as number | undefined);
    else if (p.kind === 'flag') fitted[field] = Boolean(v);
    else if (p.kind === 'text') fitted[field] = typeof v === 'string' ? v.slice(0, p.maxLength) : p.default;
    else if (p.kind === 'choice' && !valuesOf(p, edition).includes(v as string)) {
      const to = fallbackOf(p as ChoiceParam, edition);
      fitted[field] = to;
      changes.push({ field: field as keyof InputsOf<D> & string, from: v, to, reason: `${String(v)} is not ${whatOf(p, edition)}` });
    }
  }
  const ctx = { edition, mode, previous, ...link };
  const refined = def.refine ? def.refine(fitted as InputsOf<D>, ctx) : { inputs: fitted as InputsOf<D> };
  changes.push(...(refined.changes ?? []));
  const inputs: AnyInputs = { ...refined.inputs };
  const late: string[] = [];
  for (const [field, p] of Object.entries(def.params)) {
    if ((p.kind !== 'whole' && p.kind !== 'number') || !p.range) continue;
    const [min, max] = p.range(inputs as never, edition);
    const v = inputs[field] as number;
    const to = Math.min(max, Math.max(min, v));
    if (to === v) continue;
    inputs[field] = to;
    const offset = p.offset ?? 0;
    // A link's value out of range is named as the link wrote it; an intent's is kept in range silently.
    if (mode === 'link' && link.given(field as keyof InputsOf<D> & string)) {
      late.push(`${p.key} ${link.raw(field as keyof InputsOf<D> & string)} is outside ${show(min + offset)} to ${show(max + offset, p.unit)}: used ${show(to + offset, p.unit)}`);
    }
  }
  return { inputs: inputs as InputsOf<D>, messages: [...phrase(def, changes, mode), ...late] };
}

/** The link's part for these inputs: `type=gp3&size=500...`, in declaration order. */
export function encodeView<D extends ParamSet>(def: ViewStateDefinition<D>, inputs: InputsOf<D>, params: URLSearchParams, edition: Edition): void {
  for (const [field, p] of Object.entries(def.params)) {
    if (p.omit?.(inputs as never, edition)) continue;
    const text = formatParam(p, (inputs as AnyInputs)[field]);
    if (text !== null) params.set(p.key, text);
  }
}

/**
 * A link read as a whole: what it sets, validated, on top of `base` (the defaults for a link that
 * sets any of the view's keys). Never throws; every value it could not use is named.
 */
export function decodeView<D extends ParamSet>(
  def: ViewStateDefinition<D>,
  params: URLSearchParams,
  base: InputsOf<D>,
  edition: Edition,
): { inputs: InputsOf<D>; problems: string[] } {
  const known = new Set(['edition', ...Object.values(def.params).map((p) => p.key)]);
  const problems = [...new Set(params.keys())].filter((k) => !known.has(k)).map((k) => `${k} is not a setting of this view: ignored`);
  const candidate: AnyInputs = { ...base };
  const raws: Record<string, string> = {};
  for (const [field, p] of Object.entries(def.params)) {
    const raw = params.get(p.key);
    if (raw === null) continue;
    raws[field] = raw;
    const read = readParam(p, raw, (base as AnyInputs)[field], edition);
    if (read.problem) problems.push(read.problem);
    if (read.problems) problems.push(...read.problems);
    if ('value' in read) candidate[field] = read.value;
  }
  const { inputs, messages } = settle(def, candidate as InputsOf<D>, 'link', edition, base, {
    given: (field) => field in raws,
    raw: (field) => raws[field],
  });
  return { inputs, problems: [...problems, ...messages] };
}

/** The bounds a slider shows for a number parameter: its declared range, or the one that depends on the inputs. */
export function boundsOf(p: NumberParam<number | undefined>, inputs: unknown, edition: Edition): readonly [number, number] {
  if (p.range) return p.range(inputs as never, edition);
  return [p.min ?? 0, p.max ?? Number.MAX_SAFE_INTEGER];
}
