/**
 * The shell's store with two small views of its own (no real view needed): routing, the edition,
 * notices per view, raw fragments until a view loads, the local save, and the edition rule.
 */
import { describe, expect, it } from 'vitest';
import type { Edition } from '../../src/domain';
import { createAppStore, encodeLocation, stateForStorage } from '../../src/store/create-app-store';
import { parseHash } from '../../src/store/location';
import { choice, flag, whole } from '../../src/store/params';
import { defineViewState } from '../../src/store/view-state';

const CATALOGUE = [
  { id: 'home', title: 'Home', lesson: 'Start here.' },
  { id: 'disks', title: 'Disks', lesson: 'Size a disk.' },
  { id: 'steps', title: 'Steps', lesson: 'Step through.' },
];

/** Sizes up to 100 in 2021 and 1,000 today; the "fast" kind only today. */
const disks = defineViewState({
  id: 'disks',
  params: {
    kind: choice({ key: 'kind', label: 'Kind', default: 'slow', values: (e: Edition) => (e === 'current' ? ['slow', 'fast'] : ['slow']), what: (e: Edition) => (e === 'current' ? 'slow or fast' : 'slow (fast came later)') }),
    size: whole({ key: 'size', label: 'Size', unit: 'GiB', default: 10 }),
    shown: flag({ key: 'shown', label: 'Shown', default: false }),
  },
  refine: (c, ctx) => {
    const max = ctx.edition === 'current' ? 1000 : 100;
    const size = Math.min(max, Math.max(1, c.size));
    return { inputs: { ...c, size }, changes: size === c.size ? [] : [{ field: 'size', from: c.size, to: size, reason: `disks are 1 to ${max} GiB` }] };
  },
});
const steps = defineViewState({ id: 'steps', params: { step: whole({ key: 'step', label: 'Step', default: 0, offset: 1, range: () => [0, 4] }) } });

const make = (hash?: string, saved?: string | null) => createAppStore({ catalogue: CATALOGUE, hash, saved });
const register = (store: ReturnType<typeof make>, ...defs: typeof disks[]) => defs.forEach((d) => store.getState().registerView(d));

describe('reading a location', () => {
  it('reads paths in any case and without a trailing slash', () => {
    expect(parseHash('#/DISKS/?size=3').path).toBe('/disks');
    expect(parseHash('').path).toBe('/');
    expect(make('#/Disks/').getState().route).toBe('disks');
  });

  it('shows the home page for a view that does not exist, with a notice there', () => {
    const s = make('#/nowhere?edition=2019').getState();
    expect(s.route).toBe('home');
    expect(s.notices).toEqual([expect.objectContaining({ view: 'home', items: ['There is no view at #/nowhere: showing the home page', 'edition "2019" is not saa-c02 or current: used saa-c02'] })]);
  });

  it('reads a link that sets any of a view\'s keys as a whole, in SAA-C02 unless it names an edition', () => {
    const store = make('#/disks?edition=current&kind=fast&size=500&shown=1');
    register(store, disks);
    store.getState().applyLocation('#/disks?size=50');
    expect(store.getState().edition).toBe('saa-c02');
    expect(store.getState().views.disks!.inputs).toEqual({ kind: 'slow', size: 50, shown: false });
  });

  it('keeps what is on screen, and the edition, for a bare link', () => {
    const store = make('#/disks?edition=current&kind=fast&size=500');
    register(store, disks);
    store.getState().applyLocation('#/disks');
    expect(store.getState().edition).toBe('current');
    expect(store.getState().views.disks!.inputs).toEqual({ kind: 'fast', size: 500, shown: false });
  });
});

describe('a view whose code has not loaded', () => {
  it('keeps its link fragment raw, and navigation reuses it', () => {
    const s = make('#/disks?edition=current&size=abc&kind=fast').getState();
    expect(s.views.disks).toBeUndefined();
    expect(s.pending.disks).toEqual({ query: 'size=abc&kind=fast', from: 'link' });
    expect(encodeLocation(s, 'disks')).toBe('#/disks?edition=current&size=abc&kind=fast');
    expect(encodeLocation(s, 'steps')).toBe('#/steps?edition=current');
    expect(s.notices).toEqual([]);
  });

  it('decodes that fragment against the edition in force when it loads, and names what it replaced in the view\'s notice', () => {
    const store = make('#/disks?edition=current&size=abc&kind=fast');
    register(store, disks);
    const s = store.getState();
    expect(s.views.disks!.inputs).toEqual({ kind: 'fast', size: 10, shown: false });
    expect(s.pending.disks).toBeUndefined();
    expect(s.notices).toEqual([expect.objectContaining({ view: 'disks', title: 'Some values in the link could not be used', items: ['size "abc" is not a number: used 10 GiB'] })]);
  });

  it('loads from the defaults, settled for the edition, when nothing was linked or saved', () => {
    const store = make('#/?edition=current');
    register(store, disks, steps as never);
    expect(store.getState().views.disks!.inputs).toEqual({ kind: 'slow', size: 10, shown: false });
    expect(store.getState().views.steps!.inputs).toEqual({ step: 0 });
  });
});

describe('the local save', () => {
  const saved = '#/disks?edition=current&kind=fast&size=700\n#/steps?edition=current&step=3\n';

  it('holds one fragment per view, loaded or not', () => {
    const store = make('#/', saved);
    register(store, disks);
    expect(stateForStorage(store.getState())).toBe('#/disks?edition=current&kind=fast&size=700&shown=0\n#/steps?edition=current&step=3');
  });

  it('restores each view and the edition, dropping a damaged save\'s problems silently', () => {
    const store = make('#/', '#/disks?edition=current&size=zz&kind=fast\n');
    register(store, disks);
    expect(store.getState().edition).toBe('current');
    expect(store.getState().views.disks!.inputs).toEqual({ kind: 'fast', size: 10, shown: false });
    expect(store.getState().notices).toEqual([]);
  });

  it('loses to a link: the link\'s view is read from the link, the others from the save', () => {
    const store = make('#/disks?size=40', saved);
    register(store, disks, steps as never);
    expect(store.getState().edition).toBe('saa-c02');
    expect(store.getState().views.disks!.inputs).toEqual({ kind: 'slow', size: 40, shown: false });
    expect(store.getState().views.steps!.inputs).toEqual({ step: 2 });
  });
});

describe('the edition switch', () => {
  it('refines every loaded view, names what changed in that view\'s notice, and restores it on the way back', () => {
    const store = make('#/disks?edition=current&kind=fast&size=700');
    register(store, disks, steps as never);
    store.getState().switchEdition('saa-c02');
    expect(store.getState().views.disks!.inputs).toEqual({ kind: 'slow', size: 100, shown: false });
    expect(store.getState().notices).toEqual([expect.objectContaining({
      view: 'disks', title: 'Switching to SAA-C02 (2021) changed some values',
      items: ['Kind set to slow: fast is not slow (fast came later).', 'Size set to 100 GiB: disks are 1 to 100 GiB.'],
    })]);
    store.getState().switchEdition('current');
    expect(store.getState().views.disks!.inputs).toEqual({ kind: 'fast', size: 700, shown: false });
    // The way back undoes what the first switch said had changed: its notice goes.
    expect(store.getState().notices).toEqual([]);
  });

  it('keeps a value chosen after the switch, and the rest of what was asked for', () => {
    const store = make('#/disks?edition=current&kind=fast&size=700');
    register(store, disks);
    store.getState().switchEdition('saa-c02');
    store.getState().commitView('disks', { shown: true });
    store.getState().commitView('disks', { size: 60 });
    store.getState().switchEdition('current');
    expect(store.getState().views.disks!.inputs).toEqual({ kind: 'fast', size: 60, shown: true });
  });

  it('names an intent\'s clamp beside the controls, not in a notice', () => {
    const store = make('#/disks');
    register(store, disks);
    store.getState().commitView('disks', { size: 5000 });
    expect(store.getState().views.disks!.messages).toEqual(['Size set to 100 GiB: disks are 1 to 100 GiB.']);
    expect(store.getState().notices).toEqual([]);
  });
});

describe('notices', () => {
  it('belong to their view, and a new link replaces what an earlier link to the same view said', () => {
    const store = make('#/disks?size=abc');
    register(store, disks, steps as never);
    store.getState().applyLocation('#/steps?step=9');
    expect(store.getState().notices.map((n) => [n.view, n.items])).toEqual([
      ['disks', ['size "abc" is not a number: used 10 GiB']],
      ['steps', ['step 9 is outside 1 to 5: used 5']],
    ]);
    store.getState().applyLocation('#/disks?size=zz');
    expect(store.getState().notices.filter((n) => n.view === 'disks').map((n) => n.items)).toEqual([['size "zz" is not a number: used 10 GiB']]);
  });

  it('are dropped with their view\'s reset', () => {
    const store = make('#/disks?size=abc');
    register(store, disks);
    store.getState().resetView('disks');
    expect(store.getState().notices).toEqual([]);
  });
});
