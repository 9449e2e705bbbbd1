import { Suspense, useEffect, useRef } from 'react';
import { HomeView } from '../features/home/home-view';
import type { AppStore } from '../store/create-app-store';
import { selectRoute } from '../store/selectors';
import { StoreProvider, useAppStore } from '../store/store-context';
import { ViewErrorBoundary } from './error-boundary';
import { Header } from './header';
import { Notices } from './notices';
import { useUrlSync } from './use-url-sync';
import { VIEWS } from './views';

function CurrentView() {
  const route = useAppStore(selectRoute);
  const resetView = useAppStore((s) => s.resetView);
  const view = VIEWS.find((v) => v.id === route);
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    // After a navigation, move focus to the new view's heading so screen readers announce it.
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [route]);
  return (
    <main ref={main} id="main" className="mx-auto max-w-7xl px-4 py-6">
      {view ? (
        <ViewErrorBoundary key={view.id} viewName={view.title} onReset={() => resetView(view.id)}>
          <Suspense fallback={<p role="status">Loading {view.title}…</p>}>
            <view.component />
          </Suspense>
        </ViewErrorBoundary>
      ) : (
        <ViewErrorBoundary viewName="home" onReset={() => resetView('home')}>
          <HomeView views={VIEWS.map((v) => ({ title: v.title, teaches: v.teaches, href: `#/${v.id}` }))} />
        </ViewErrorBoundary>
      )}
    </main>
  );
}

export function App({ store }: { store: AppStore }) {
  useUrlSync(store);
  return (
    <StoreProvider store={store}>
      <a href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.querySelector<HTMLElement>('h1')?.focus(); }}
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-slate-900">
        Skip to content
      </a>
      <Header />
      <Notices />
      <CurrentView />
      <footer className="mx-auto max-w-7xl px-4 pb-8 text-xs text-slate-600 dark:text-slate-400">
        Figures from AWS documentation (EC2 User Guide source 2021 and 2023, the EC2 API model, the EBS pricing page), each named beside it.
        Prices are us-east-1. Not affiliated with AWS.
      </footer>
    </StoreProvider>
  );
}
