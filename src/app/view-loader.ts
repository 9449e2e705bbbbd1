/**
 * Loads a view's module once per store, registers its state there first, and tells the app when
 * it has arrived. No React.lazy: a view that has loaded renders at once (React 19 holds back the
 * reveal of suspended content for up to 300 ms after a fallback), and the first view a link opens
 * is loaded before the first render, so its words are the first thing painted.
 */
import type { AppStore } from '../store/create-app-store';
import type { ViewModule } from '../store/view-module';
import { VIEWS, type ViewEntry } from './views';

export interface ViewLoader {
  /** The view's module once it has loaded. */
  get: (id: string) => ViewModule | undefined;
  /** Why it could not be loaded, if it could not. */
  failure: (id: string) => Error | undefined;
  load: (id: string) => Promise<ViewModule | undefined>;
  subscribe: (listener: () => void) => () => void;
}

export function createViewLoader(store: AppStore, views: readonly ViewEntry[] = VIEWS): ViewLoader {
  const modules = new Map<string, ViewModule>();
  const failures = new Map<string, Error>();
  const loading = new Map<string, Promise<ViewModule | undefined>>();
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());
  const load = (id: string) => {
    const entry = views.find((v) => v.id === id);
    if (!entry) return Promise.resolve(undefined);
    const known = loading.get(id);
    if (known) return known;
    failures.delete(id);
    const promise = entry.load().then(
      ({ default: view }) => {
        store.getState().registerView(view.state);
        modules.set(id, view);
        notify();
        return view;
      },
      (error: unknown) => {
        loading.delete(id);
        failures.set(id, error instanceof Error ? error : new Error(String(error)));
        notify();
        return undefined;
      },
    );
    loading.set(id, promise);
    return promise;
  };
  return {
    get: (id) => modules.get(id),
    failure: (id) => failures.get(id),
    load,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
