import { Suspense, lazy, useEffect, useMemo, useRef, type ComponentType, type LazyExoticComponent } from 'react';
import type { AppStore } from '../store/create-app-store';
import { HOME } from '../store/location';
import { StoreProvider, useAppStore } from '../store/store-context';
import { selectRoute } from '../store/view-hooks';
import { ViewErrorBoundary } from './error-boundary';
import { Header } from './header';
import { Notices } from './notices';
import { useUrlSync } from './use-url-sync';
import { VIEWS, type ViewEntry } from './views';

type Components = Readonly<Record<string, LazyExoticComponent<ComponentType>>>;

/** One lazy component per view and store: loading a view's module registers its state in this store first. */
function viewComponents(store: AppStore): Components {
  return Object.fromEntries(VIEWS.map((v: ViewEntry) => [v.id, lazy(async () => {
    const view = (await v.load()).default;
    store.getState().registerView(view.state);
    return { default: view.Component };
  })]));
}

export function documentTitle(route: string): string {
  const view = VIEWS.find((v) => v.id === route);
  return !view || view.id === HOME ? 'EC2 Explorer' : `${view.title} · EC2 Explorer`;
}

function CurrentView({ components }: { components: Components }) {
  const route = useAppStore(selectRoute);
  const resetView = useAppStore((s) => s.resetView);
  const view = VIEWS.find((v) => v.id === route) ?? VIEWS.find((v) => v.id === HOME)!;
  const Component = components[view.id]!;
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    document.title = documentTitle(view.id);
    // After a navigation, move focus to the new view's heading so screen readers announce it.
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [view.id]);
  return (
    <main ref={main} id="main" className="mx-auto max-w-7xl px-4 py-6">
      <ViewErrorBoundary key={view.id} viewName={view.id === HOME ? 'home' : view.title} onReset={() => resetView(view.id)}>
        <Suspense fallback={<p role="status">Loading {view.title}…</p>}>
          <Component />
        </Suspense>
      </ViewErrorBoundary>
    </main>
  );
}

export function App({ store }: { store: AppStore }) {
  useUrlSync(store);
  const components = useMemo(() => viewComponents(store), [store]);
  return (
    <StoreProvider store={store}>
      <a href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.querySelector<HTMLElement>('h1')?.focus(); }}
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-slate-900">
        Skip to content
      </a>
      <Header />
      <Notices />
      <CurrentView components={components} />
      <footer className="mx-auto max-w-7xl px-4 pb-8 text-xs text-slate-600 dark:text-slate-400">
        Figures from AWS documentation (EC2 User Guide source 2021 and 2023, the EC2 API model, the EBS pricing page), each named beside it.
        Prices are us-east-1. Not affiliated with AWS.
      </footer>
    </StoreProvider>
  );
}
