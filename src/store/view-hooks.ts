/**
 * The hooks a view reads its inputs and acts through. A view declares its state once
 * (view-state.ts) and its intents once (`defineActions`); components call `useInput` per value
 * rather than selecting an object, so a change redraws only what reads it.
 */
import { useMemo } from 'react';
import type { Edition } from '../domain';
import type { AppState, AppStore, CommitOptions, ViewSlot } from './create-app-store';
import type { InputsOf, ParamSet } from './params';
import type { AnyViewState, ViewStateDefinition } from './view-state';
import { useAppStore, useAppStoreApi } from './store-context';

function slotOf(s: AppState, id: string): ViewSlot {
  const slot = s.views[id];
  if (!slot) throw new Error(`The ${id} view's state is not registered: load the view through its module`);
  return slot;
}

/** One input of a view, as stored. */
export function useInput<D extends ParamSet, K extends keyof D & string>(def: ViewStateDefinition<D>, field: K): InputsOf<D>[K] {
  return useAppStore((s) => slotOf(s, def.id).inputs[field] as InputsOf<D>[K]);
}

/** All of a view's inputs (one stored object: it changes whenever any input does). */
export function useInputs<D extends ParamSet>(def: ViewStateDefinition<D>): InputsOf<D> {
  return useAppStore((s) => slotOf(s, def.id).inputs as InputsOf<D>);
}

/** What the view's refinement said about the last intent. */
export function useViewMessages(def: AnyViewState): readonly string[] {
  return useAppStore((s) => slotOf(s, def.id).messages);
}

export const selectEdition = (s: AppState) => s.edition;
export const selectRoute = (s: AppState) => s.route;

export function useEdition(): Edition {
  return useAppStore(selectEdition);
}

/** What an intent can do: read the view's inputs, commit a patch, say something, add a notice. */
export interface ViewHandle<I> {
  inputs: () => I;
  edition: () => Edition;
  /** The patch goes through the declaration's ranges and the domain's refinement; `messages` are shown beside the controls. */
  commit: (patch: Partial<I>, messages?: readonly string[], options?: CommitOptions) => void;
  /** What the view shows beside its controls now. */
  messages: () => readonly string[];
  notify: (title: string, items: readonly string[]) => void;
}

export function viewHandle<D extends ParamSet>(store: AppStore, def: ViewStateDefinition<D>): ViewHandle<InputsOf<D>> {
  return {
    inputs: () => slotOf(store.getState(), def.id).inputs as InputsOf<D>,
    edition: () => store.getState().edition,
    commit: (patch, messages, options) => store.getState().commitView(def.id, patch as Record<string, unknown>, messages, options),
    messages: () => slotOf(store.getState(), def.id).messages,
    notify: (title, items) => store.getState().notify(def.id, title, items),
  };
}

export type ActionsFactory<A> = (store: AppStore) => A;

/** A view's named intents (`resizeVolume`, `nextStep`), made once per store. */
export function defineActions<D extends ParamSet, A>(def: ViewStateDefinition<D>, make: (view: ViewHandle<InputsOf<D>>) => A): ActionsFactory<A> {
  const made = new WeakMap<AppStore, A>();
  return (store) => {
    let actions = made.get(store);
    if (!actions) {
      actions = make(viewHandle(store, def));
      made.set(store, actions);
    }
    return actions;
  };
}

/** The view's intents for the store in context. */
export function useActions<A>(factory: ActionsFactory<A>): A {
  const store = useAppStoreApi();
  return useMemo(() => factory(store), [factory, store]);
}

const selectCatalogue = (s: AppState) => s.catalogue;

/** The views the app lists (id, title, lesson), for navigation and the home page. */
export function useCatalogue() {
  return useAppStore(selectCatalogue);
}
