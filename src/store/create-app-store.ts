/**
 * One store for the whole app, made by a factory so every test and every mounted app gets its own.
 * It holds the shell (route, edition, notices) and one slot per view whose code has loaded; a view
 * joins with `registerView` when its module arrives (Redux Toolkit's `combineSlices().inject`).
 * Until then the view's link fragment is kept raw in `pending`, and navigation links reuse it.
 * The store names no view: the app gives it the list of views.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Edition } from '../domain';
import {
  DEFAULT_EDITION, EDITION_LABELS, HOME, editionOf, hrefOf, parseHash, pathOf, viewForPath, viewQuery, type ViewSummary,
} from './location';
import { LINK_NOTICE, withNotice, type Notice } from './notices';
import type { InputsOf, ParamSet } from './params';
import { decodeView, defaultsOf, encodeView, settle, type AnyViewState } from './view-state';

type AnyInputs = Record<string, unknown>;

export interface ViewSlot {
  /** What is on screen: valid in the edition in force. */
  inputs: AnyInputs;
  /** What the person last chose or the link said, kept across edition switches (80,000 IOPS comes back). */
  requested: AnyInputs;
  /** What the refinement said about the last intent, shown beside the controls. */
  messages: readonly string[];
}

interface Pending {
  query: string;
  /** A link's problems become a notice; a saved fragment's are dropped silently. */
  from: 'link' | 'save';
}

export interface AppState {
  route: string;
  edition: Edition;
  notices: readonly Notice[];
  catalogue: readonly ViewSummary[];
  definitions: Readonly<Record<string, AnyViewState>>;
  views: Readonly<Record<string, ViewSlot>>;
  pending: Readonly<Record<string, Pending>>;
  applyLocation: (hash: string) => void;
  switchEdition: (edition: Edition) => void;
  dismissNotice: (id: number) => void;
  resetView: (id: string) => void;
  registerView: (definition: AnyViewState) => void;
  /** A view's intent: `patch` settled through the view's declaration and refinement. */
  commitView: (id: string, patch: AnyInputs, extraMessages?: readonly string[], options?: CommitOptions) => void;
  /** A notice for one view (e.g. what a view had to replace once its data arrived). */
  notify: (view: string, title: string, items: readonly string[]) => void;
}

export type AppStore = StoreApi<AppState>;

export interface CommitOptions {
  /** Leave what the last intent said on screen when this one says nothing (a playhead moving every frame). */
  keepMessages?: boolean;
}

export interface AppStoreOptions {
  catalogue: readonly ViewSummary[];
  /** The link the app opened with, and what was saved locally (one fragment per view, one per line). */
  hash?: string;
  saved?: string | null;
  /** Views registered from the start (tests render a view on its own). */
  definitions?: readonly AnyViewState[];
}

const NONE: readonly string[] = [];
const SWITCH_NOTICE = 'Switching to';

function shallowEqual(a: AnyInputs, b: AnyInputs): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.is(a[k], b[k]));
}

type Shell = Pick<AppState, 'route' | 'edition' | 'notices' | 'definitions' | 'views' | 'pending'>;

/** Every loaded view settled for `edition` from what its person asked for; what changed becomes that view's notice. */
function withEdition(s: Shell, edition: Edition, skip?: string): Pick<Shell, 'edition' | 'views' | 'notices'> {
  if (edition === s.edition) return { edition, views: s.views, notices: s.notices };
  // What an earlier switch changed no longer holds: switching back restores what was asked for.
  let notices: readonly Notice[] = s.notices.filter((n) => !n.title.startsWith(SWITCH_NOTICE));
  const views: Record<string, ViewSlot> = { ...s.views };
  for (const [id, slot] of Object.entries(s.views)) {
    const def = s.definitions[id];
    if (!def || id === skip) continue;
    const { inputs, messages } = settle(def, slot.requested as InputsOf<ParamSet>, 'edition', edition, slot.inputs as InputsOf<ParamSet>);
    if (!shallowEqual(inputs, slot.inputs)) views[id] = { inputs, requested: slot.requested, messages: NONE };
    notices = withNotice(notices, id, `${SWITCH_NOTICE} ${EDITION_LABELS[edition]} changed some values`, messages);
  }
  return { edition, views, notices };
}

function linkSlot(def: AnyViewState, params: URLSearchParams, edition: Edition): { slot: ViewSlot; problems: string[] } {
  const { inputs, problems } = decodeView(def, params, defaultsOf(def), edition);
  return { slot: { inputs, requested: inputs, messages: NONE }, problems };
}

/** Where a link leads: the route, the edition (a link with a view's keys is read whole), and that view's state or raw fragment. */
function locate(s: Shell, hash: string, ids: readonly string[]): Shell {
  const { path, params } = parseHash(hash);
  const problems: string[] = [];
  let route = viewForPath(path, ids);
  if (!route) {
    problems.push(`There is no view at #${path}: showing the home page`);
    route = HOME;
  }
  const query = viewQuery(params);
  const whole = query !== '';
  const read = editionOf(params, whole ? DEFAULT_EDITION : s.edition);
  if (read.problem) problems.push(read.problem);
  const def = s.definitions[route];
  const next = { ...s, route, ...withEdition(s, read.edition, whole && def ? route : undefined) };
  let pending = s.pending;
  if (whole && def) {
    const decoded = linkSlot(def, params, read.edition);
    next.views = { ...next.views, [route]: decoded.slot };
    problems.push(...decoded.problems);
  } else if (whole) {
    pending = { ...pending, [route]: { query, from: 'link' } };
  }
  // A new link replaces what an earlier link to the same view said.
  const notices = whole ? next.notices.filter((n) => !(n.view === route && n.title === LINK_NOTICE)) : next.notices;
  return { ...next, pending, notices: withNotice(notices, route, LINK_NOTICE, problems) };
}

/** The state a saved fragment per view gives: kept raw until each view loads. */
function fromSaved(saved: string | null | undefined, ids: readonly string[]): Pick<Shell, 'edition' | 'pending'> {
  let edition = DEFAULT_EDITION;
  const pending: Record<string, Pending> = {};
  for (const fragment of (saved ?? '').split('\n').filter(Boolean)) {
    const { path, params } = parseHash(fragment);
    const id = viewForPath(path, ids);
    if (!id) continue;
    edition = editionOf(params, edition).edition;
    const query = viewQuery(params);
    if (query) pending[id] = { query, from: 'save' };
  }
  return { edition, pending };
}

/** The link of view `id` as it is now: its inputs once loaded, its raw fragment before. */
export function encodeLocation(s: Pick<AppState, 'route' | 'edition' | 'definitions' | 'views' | 'pending'>, id: string = s.route): string {
  const def = s.definitions[id];
  const slot = s.views[id];
  if (def && slot) {
    const params = new URLSearchParams();
    params.set('edition', s.edition);
    try {
      encodeView(def, slot.inputs as InputsOf<ParamSet>, params, s.edition);
    } catch {
      // A view whose state broke (its error boundary offers a reset) must not take the header and the URL with it.
      return hrefOf(id, s.edition, '');
    }
    return `#${pathOf(id)}?${params.toString()}`;
  }
  return hrefOf(id, s.edition, s.pending[id]?.query ?? '');
}

/** Everything worth keeping between visits: each view's link fragment, one per line. */
export function stateForStorage(s: AppState): string {
  return s.catalogue.filter((v) => s.views[v.id] || s.pending[v.id]).map((v) => encodeLocation(s, v.id)).join('\n');
}

export function createAppStore(options: AppStoreOptions): AppStore {
  const ids = options.catalogue.map((v) => v.id);
  const store = createStore<AppState>()((set, get) => {
    const register = (def: AnyViewState) => {
      const s = get();
      if (s.definitions[def.id]) return;
      const raw = s.pending[def.id];
      const { [def.id]: _done, ...pending } = s.pending;
      void _done;
      let slot: ViewSlot;
      let notices = s.notices;
      if (raw) {
        const decoded = linkSlot(def, new URLSearchParams(raw.query), s.edition);
        slot = decoded.slot;
        if (raw.from === 'link') notices = withNotice(notices, def.id, LINK_NOTICE, decoded.problems);
      } else {
        const { inputs } = settle(def, defaultsOf(def), 'reset', s.edition);
        slot = { inputs, requested: inputs, messages: NONE };
      }
      set({ definitions: { ...s.definitions, [def.id]: def }, views: { ...s.views, [def.id]: slot }, pending, notices });
    };

    const base: Shell = { route: HOME, notices: [], definitions: {}, views: {}, ...fromSaved(options.saved, ids) };
    const initial = locate(base, options.hash || '#/', ids);

    return {
      ...initial,
      catalogue: options.catalogue,
      applyLocation: (hash) => {
        const s = get();
        if (hash === encodeLocation(s)) return;
        set(locate(s, hash, ids));
      },
      switchEdition: (edition) => set(withEdition(get(), edition)),
      dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
      resetView: (id) => {
        const s = get();
        const def = s.definitions[id];
        const notices = s.notices.filter((n) => n.view !== id);
        if (!def) return set({ notices });
        const { inputs } = settle(def, defaultsOf(def), 'reset', s.edition);
        set({ views: { ...s.views, [id]: { inputs, requested: inputs, messages: NONE } }, notices });
      },
      registerView: register,
      commitView: (id, patch, extra = NONE, options = {}) => {
        const s = get();
        const def = s.definitions[id];
        const slot = s.views[id];
        if (!def || !slot) throw new Error(`The ${id} view's state is not registered`);
        const candidate = { ...slot.inputs, ...patch } as InputsOf<ParamSet>;
        const settled = settle(def, candidate, 'intent', s.edition, slot.inputs as InputsOf<ParamSet>);
        const said = [...settled.messages, ...extra];
        const messages = said.length ? said : options.keepMessages ? slot.messages : NONE;
        const inputs = shallowEqual(settled.inputs, slot.inputs) ? slot.inputs : settled.inputs;
        if (inputs === slot.inputs && messages === slot.messages) return;
        const requested = { ...slot.requested };
        for (const k of Object.keys(inputs)) if (k in patch || !Object.is(inputs[k], slot.inputs[k])) requested[k] = inputs[k];
        set({ views: { ...s.views, [id]: { inputs, requested, messages } } });
      },
      notify: (view, title, items) => set({ notices: withNotice(get().notices, view, title, items) }),
    };
  });
  for (const def of options.definitions ?? []) store.getState().registerView(def);
  return store;
}
