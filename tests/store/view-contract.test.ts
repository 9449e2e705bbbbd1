/**
 * One contract for every view in the app's list, drawn from the view's own declaration: its link
 * round-trips, a bad link gives the documented result, a bare link keeps what is on screen, reset
 * gives the defaults, and switching the edition there and back keeps what is valid.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDITIONS, type Edition } from '../../src/domain';
import { CATALOGUE, VIEWS } from '../../src/app/views';
import { createAppStore, encodeLocation } from '../../src/store/create-app-store';
import { pathOf } from '../../src/store/location';
import { valuesOf, type Param } from '../../src/store/params';
import type { ViewModule } from '../../src/store/view-module';
import { decodeView, defaultsOf, encodeView, settle, type ViewStateDefinition } from '../../src/store/view-state';
import { assertProperty } from '../domain/support/property';

const modules: { id: string; module: ViewModule }[] = await Promise.all(
  VIEWS.map(async (v) => ({ id: v.id, module: (await v.load()).default })),
);

type Def = ViewStateDefinition;
type Inputs = Record<string, unknown>;

/** Values of one parameter as a person or a link could set them (the refinement then settles combinations). */
function arbitraryOf(p: Param, edition: Edition): fc.Arbitrary<unknown> {
  switch (p.kind) {
    case 'whole':
    case 'number': {
      if (p.range) return fc.integer({ min: -2, max: 400 });
      const fixed = p.examples?.length ? p.examples : [p.default];
      if (p.min === undefined || p.max === undefined) return fc.constantFrom(...fixed);
      const drawn = p.kind === 'whole'
        ? fc.integer({ min: p.min, max: p.max })
        : fc.double({ min: p.min, max: p.max, noNaN: true, noDefaultInfinity: true }).map((n) => Math.round(n * 1000) / 1000);
      return p.optional ? fc.option(drawn, { nil: undefined }) : drawn;
    }
    case 'choice': {
      const allowed = valuesOf(p, edition);
      return allowed.length ? fc.constantFrom(...allowed) : fc.constant(p.default);
    }
    case 'flag':
      return fc.boolean();
    case 'text':
      return p.examples?.length ? fc.constantFrom(...p.examples) : fc.constant(p.default);
    case 'list':
      return p.examples?.length ? fc.constantFrom(...p.examples) : fc.constant(p.default);
  }
}

function arbitraryInputs(def: Def, edition: Edition): fc.Arbitrary<Inputs> {
  return fc.record(Object.fromEntries(Object.entries(def.params).map(([field, p]) => [field, arbitraryOf(p, edition)])));
}

/** Inputs as the view would hold them: drawn, then settled by the declaration and the domain. */
const settled = (def: Def, drawn: Inputs, edition: Edition) => settle(def, drawn as never, 'reset', edition).inputs as Inputs;

function queryOf(def: Def, inputs: Inputs, edition: Edition): URLSearchParams {
  const params = new URLSearchParams();
  encodeView(def, inputs as never, params, edition);
  return params;
}

const storeFor = (def: Def, hash?: string) => createAppStore({ catalogue: CATALOGUE, hash, definitions: [def] });

it('every view in the list has a view module whose state carries its id', () => {
  for (const { id, module } of modules) {
    expect(module, `${id}: features/${id}/index.ts has no default export`).toBeDefined();
    expect(module.state.id).toBe(id);
    expect(typeof module.Component).toBe('function');
  }
});

const loaded = modules.filter((m) => m.module !== undefined);

describe.each(loaded)('the $id view\'s state', ({ id, module }) => {
  const def = module.state as Def;
  const params = Object.entries(def.params);

  it('declares each URL key once, and never "edition"', () => {
    const keys = params.map(([, p]) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).not.toContain('edition');
  });

  it.each(EDITIONS)('has defaults that are valid as they are in %s', (edition) => {
    expect(settle(def, defaultsOf(def) as never, 'reset', edition).inputs).toEqual(defaultsOf(def));
  });

  it.each(EDITIONS)('round-trips its link in %s: decode(encode(x)) is x, with nothing to report', (edition) => {
    assertProperty(fc.property(arbitraryInputs(def, edition), (drawn) => {
      const x = settled(def, drawn, edition);
      const decoded = decodeView(def, queryOf(def, x, edition), defaultsOf(def) as never, edition);
      expect(decoded.problems).toEqual([]);
      expect(decoded.inputs).toEqual(x);
    }), 120);
  });

  it('ignores a key it does not have, and says so', () => {
    const decoded = decodeView(def, new URLSearchParams('zz=1'), defaultsOf(def) as never, 'saa-c02');
    expect(decoded.inputs).toEqual(defaultsOf(def));
    expect(decoded.problems).toEqual(['zz is not a setting of this view: ignored']);
  });

  const numbers = params.filter(([, p]) => p.kind === 'whole' || p.kind === 'number');
  it.skipIf(!numbers.length).each(numbers)('replaces a non-number %s with the value it had, and names the key', (field, p) => {
    const decoded = decodeView(def, new URLSearchParams({ [p.key]: 'abc' }), defaultsOf(def) as never, 'saa-c02');
    expect(decoded.inputs[field]).toEqual(settled(def, defaultsOf(def), 'saa-c02')[field]);
    expect(decoded.problems.join(' ')).toContain(`${p.key} "abc" is not a number`);
  });

  const ranged = numbers.filter(([, p]) => p.kind !== 'list' && 'max' in p && p.max !== undefined && !p.range);
  it.skipIf(!ranged.length).each(ranged)('keeps %s within its declared range, naming the value it used', (field, p) => {
    if (p.kind !== 'whole' && p.kind !== 'number') return;
    const over = (p.max ?? 0) + 1 + (p.offset ?? 0);
    const decoded = decodeView(def, new URLSearchParams({ [p.key]: String(over * 10) }), defaultsOf(def) as never, 'saa-c02');
    expect(decoded.inputs[field] as number).toBeLessThanOrEqual(p.max!);
    expect(decoded.problems.some((m) => m.startsWith(`${p.key} ${over * 10}`))).toBe(true);
  });

  const choices = params.filter(([, p]) => p.kind === 'choice');
  it.skipIf(!choices.length).each(choices)('replaces a word %s does not know, and names it', (field, p) => {
    const decoded = decodeView(def, new URLSearchParams({ [p.key]: 'no-such-choice' }), defaultsOf(def) as never, 'saa-c02');
    expect(decoded.problems.join(' ')).toContain(`${p.key} "no-such-choice" is not`);
    if (p.kind === 'choice') expect(valuesOf(p, 'saa-c02')).toContain(decoded.inputs[field]);
  });

  it('keeps what is on screen for a bare link to it, and reads a link with any of its keys as a whole', () => {
    assertProperty(fc.property(arbitraryInputs(def, 'current'), (drawn) => {
      const x = settled(def, drawn, 'current');
      const store = storeFor(def, `#${pathOf(id)}?edition=current&${queryOf(def, x, 'current').toString()}`);
      store.getState().applyLocation(`#${pathOf(id)}`);
      expect(store.getState().views[id]!.inputs).toEqual(x);
      expect(store.getState().edition).toBe('current');
    }), 40);
  });

  it('goes back to its declared defaults when reset, and drops its notices', () => {
    const store = storeFor(def, `#${pathOf(id)}?zz=1`);
    expect(store.getState().notices.filter((n) => n.view === id)).toHaveLength(1);
    store.getState().resetView(id);
    expect(store.getState().views[id]!.inputs).toEqual(defaultsOf(def));
    expect(store.getState().notices.filter((n) => n.view === id)).toEqual([]);
  });

  it('switched to the other edition and back, keeps what was on screen', () => {
    for (const [from, to] of [['current', 'saa-c02'], ['saa-c02', 'current']] as const) {
      assertProperty(fc.property(arbitraryInputs(def, from), (drawn) => {
        const x = settled(def, drawn, from);
        const store = storeFor(def, `#${pathOf(id)}?edition=${from}&${queryOf(def, x, from).toString()}`);
        store.getState().switchEdition(to);
        const there = store.getState().views[id]!.inputs;
        expect(there).toEqual(settled(def, x, to));
        store.getState().switchEdition(from);
        expect(store.getState().views[id]!.inputs).toEqual(x);
        expect(encodeLocation(store.getState(), id)).toBe(`#${pathOf(id)}?${new URLSearchParams([['edition', from], ...queryOf(def, x, from)]).toString()}`);
      }), 60);
    }
  });
});
