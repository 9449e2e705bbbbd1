import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './index.css';
import { App } from './app/app';
import { readSaved } from './app/local-save';
import { STORAGE_KEY } from './app/use-url-sync';
import { CATALOGUE, VIEWS } from './app/views';
import { createAppStore } from './store/create-app-store';

const store = createAppStore({ catalogue: CATALOGUE, hash: window.location.hash, saved: readSaved(STORAGE_KEY) });
// Start fetching the view the link opens while React starts; its lazy component awaits the same module.
void VIEWS.find((v) => v.id === store.getState().route)?.load();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
