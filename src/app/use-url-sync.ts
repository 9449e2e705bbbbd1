import { useEffect } from 'react';
import { encodeLocation, stateForStorage, type AppStore } from '../store/create-app-store';
import { writeSaved } from './local-save';

/** Where the last state of every view is kept between visits (one link fragment per view, one per line). */
export const STORAGE_KEY = 'ec2x.state.v1';

/** history.replaceState costs Chromium several milliseconds, so a drag rewrites the URL at most this often. */
export const URL_WRITE_DELAY_MS = 120;
const SAVE_DELAY_MS = 400;

/**
 * Keeps the URL and the store in step. State changes rewrite the current history entry
 * (replaceState) shortly after they happen, so dragging a slider adds no history and does not pay
 * for a URL write per step; a pending write is flushed before any click (a link may be about to add
 * an entry) and when the page is hidden or reloaded. Following a link or the Back and Forward
 * buttons fires `hashchange`, which the store decodes. The state is also saved locally; the URL
 * always wins over that save on the next start.
 */
export function useUrlSync(store: AppStore): void {
  useEffect(() => {
    let urlTimer: ReturnType<typeof setTimeout> | undefined;
    let saveTimer: ReturnType<typeof setTimeout> | undefined;
    const writeUrl = () => {
      clearTimeout(urlTimer);
      urlTimer = undefined;
      const hash = encodeLocation(store.getState());
      if (window.location.hash !== hash) window.history.replaceState(window.history.state, '', hash);
    };
    const flush = () => {
      if (urlTimer !== undefined) writeUrl();
    };
    const onChange = () => {
      urlTimer ??= setTimeout(writeUrl, URL_WRITE_DELAY_MS);
      clearTimeout(saveTimer);
      saveTimer = setTimeout(() => writeSaved(STORAGE_KEY, stateForStorage(store.getState())), SAVE_DELAY_MS);
    };
    const onHashChange = () => {
      clearTimeout(urlTimer);
      urlTimer = undefined;
      store.getState().applyLocation(window.location.hash);
    };
    writeUrl();
    const unsubscribe = store.subscribe(onChange);
    window.addEventListener('hashchange', onHashChange);
    window.addEventListener('click', flush, true);
    window.addEventListener('beforeunload', flush);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flush);
    return () => {
      unsubscribe();
      flush();
      clearTimeout(saveTimer);
      window.removeEventListener('hashchange', onHashChange);
      window.removeEventListener('click', flush, true);
      window.removeEventListener('beforeunload', flush);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flush);
    };
  }, [store]);
}
