import { useEffect } from 'react';
import type { AppStore } from '../store/create-app-store';
import { encodeLocation } from '../store/location';
import { STORAGE_KEY, stateForStorage } from '../store/initial-state';
import { writeSaved } from './local-save';

const SAVE_DELAY_MS = 400;

/**
 * Keeps the URL and the store in step. State changes rewrite the current history entry
 * (replaceState), so dragging a slider adds no history; following a link or the Back and Forward
 * buttons fires `hashchange`, which the store decodes. The state is also saved locally, a moment
 * after it settles; the URL always wins over that save on the next start.
 */
export function useUrlSync(store: AppStore): void {
  useEffect(() => {
    let saveTimer: ReturnType<typeof setTimeout> | undefined;
    const write = () => {
      const state = store.getState();
      const hash = encodeLocation(state);
      if (window.location.hash !== hash) window.history.replaceState(window.history.state, '', hash);
      clearTimeout(saveTimer);
      saveTimer = setTimeout(() => writeSaved(STORAGE_KEY, stateForStorage(store.getState())), SAVE_DELAY_MS);
    };
    const onHashChange = () => store.getState().applyLocation(window.location.hash);
    write();
    const unsubscribe = store.subscribe(write);
    window.addEventListener('hashchange', onHashChange);
    return () => {
      unsubscribe();
      clearTimeout(saveTimer);
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [store]);
}
