// First, before React is evaluated: start downloading the view the link opens.
import { firstView } from './app/first-view';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './index.css';
import { App } from './app/app';
import { readSaved } from './app/local-save';
import { STORAGE_KEY } from './app/use-url-sync';
import { createViewLoader } from './app/view-loader';
import { CATALOGUE } from './app/views';
import { createAppStore } from './store/create-app-store';

const store = createAppStore({ catalogue: CATALOGUE, hash: window.location.hash, saved: readSaved(STORAGE_KEY) });
const loader = createViewLoader(store);
// The view the link opens is registered before the first render, so the first paint is its words
// and controls rather than a "Loading" line.
await loader.load(store.getState().route === firstView.id ? firstView.id : store.getState().route);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App store={store} loader={loader} />
  </StrictMode>,
);
