/** Helpers for a view's state tests: a store with the view registered, and its link decoded on its own. */
import type { Edition } from '../../src/domain';
import { CATALOGUE } from '../../src/app/views';
import { createAppStore, encodeLocation, type AppStore } from '../../src/store/create-app-store';
import type { InputsOf, ParamSet } from '../../src/store/params';
import type { ActionsFactory } from '../../src/store/view-hooks';
import { decodeView, defaultsOf, type ViewStateDefinition } from '../../src/store/view-state';

export interface ViewStore<D extends ParamSet, A> {
  store: AppStore;
  inputs: () => InputsOf<D>;
  messages: () => readonly string[];
  actions: A;
  /** The link the view's state makes now. */
  link: () => string;
}

/** A fresh store with the view registered (from `hash`, if given), its inputs and its intents. */
export function viewStore<D extends ParamSet, A>(def: ViewStateDefinition<D>, actions: ActionsFactory<A>, hash?: string): ViewStore<D, A> {
  const store = createAppStore({ catalogue: CATALOGUE, hash, definitions: [def] });
  return {
    store,
    inputs: () => store.getState().views[def.id]!.inputs as InputsOf<D>,
    messages: () => store.getState().views[def.id]!.messages,
    actions: actions(store),
    link: () => encodeLocation(store.getState(), def.id),
  };
}

/** A link's query read as a whole against the view's defaults. */
export function decodeQuery<D extends ParamSet>(def: ViewStateDefinition<D>, query: string, edition: Edition = 'saa-c02') {
  return decodeView(def, new URLSearchParams(query), defaultsOf(def), edition);
}
