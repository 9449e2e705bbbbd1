import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { AppStore } from '../store/create-app-store';
import { HOME } from '../store/location';
import { StoreProvider, useAppStore } from '../store/store-context';
import { selectRoute } from '../store/view-hooks';
import { ViewErrorBoundary } from './error-boundary';
import { Header } from './header';
import { Notices } from './notices';
import { useUrlSync } from './use-url-sync';
import { createViewLoader, type ViewLoader } from './view-loader';
import { VIEWS } from './views';

export function documentTitle(route: string): string {
  const view = VIEWS.find((v) => v.id === route);
  return !view || view.id === HOME ? 'EC2 Explorer' : `${view.title} · EC2 Explorer`;
}

function CurrentView({ loader }: { loader: ViewLoader }) {
  const route = useAppStore(selectRoute);
  const resetView = useAppStore((s) => s.resetView);
  const view = VIEWS.find((v) => v.id === route) ?? VIEWS.find((v) => v.id === HOME)!;
  const module = useSyncExternalStore(loader.subscribe, () => loader.get(view.id));
  const failure = useSyncExternalStore(loader.subscribe, () => loader.failure(view.id));
  const main = useRef<HTMLElement>(null);
  const opened = useRef(view.id);
  const shown = useRef<string | null>(null);
  useEffect(() => {
    if (!module && !failure) void loader.load(view.id);
  }, [loader, module, failure, view.id]);
  useEffect(() => {
    if (!module) return;
    // Off-screen panels may be skipped once the view has painted in full once (see .section-box in index.css).
    const frame = requestAnimationFrame(() => document.documentElement.classList.add('sections-measured'));
    return () => cancelAnimationFrame(frame);
  }, [module]);
  useEffect(() => {
    document.title = documentTitle(view.id);
    if (!module) return;
    const before = shown.current;
    shown.current = view.id;
    // The view the page opened on keeps the browser's focus; after a navigation, focus moves to the
    // new view's heading so screen readers announce it.
    if (before === null && view.id === opened.current) return;
    main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [view.id, module]);
  return (
    <main ref={main} id="main" className="mx-auto min-h-screen max-w-7xl px-4 py-6">
      <ViewErrorBoundary key={view.id} viewName={view.id === HOME ? 'home' : view.title} onReset={() => resetView(view.id)}>
        {module ? <module.Component /> : failure ? (
          <div role="alert" className="space-y-2">
            <p>The {view.title} view could not be loaded: {failure.message}</p>
            <button type="button" onClick={() => void loader.load(view.id)} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm dark:border-slate-600">Try again</button>
          </div>
        ) : <p role="status">Loading {view.title}…</p>}
      </ViewErrorBoundary>
    </main>
  );
}

/** The app for a store; `loader` is given when the first view was loaded before the first render (main.tsx). */
export function App({ store, loader: given }: { store: AppStore; loader?: ViewLoader }) {
  const loader = useMemo(() => given ?? createViewLoader(store), [given, store]);
  useUrlSync(store);
  return (
    <StoreProvider store={store}>
      <a href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.querySelector<HTMLElement>('h1')?.focus(); }}
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-slate-900">
        Skip to content
      </a>
      <Header />
      <Notices />
      <CurrentView loader={loader} />
      <footer className="mx-auto max-w-7xl px-4 pb-8 text-xs text-slate-600 dark:text-slate-400">
        Every figure names its source, a link to the page it was read from: AWS documentation (the EC2 User Guide of 2021 and 2023,
        the ECS guide, the EC2 API model, the EBS pricing page) and, where AWS publishes none, a named third-party page or the
        explorer's own assumption, each marked as such. Prices are us-east-1. Not affiliated with AWS.
      </footer>
    </StoreProvider>
  );
}
