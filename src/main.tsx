import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './index.css';
import { App } from './app/app';
import { createAppStore } from './store/create-app-store';
import { initialStateFrom, STORAGE_KEY } from './store/initial-state';
import { readSaved } from './app/local-save';

const store = createAppStore(initialStateFrom(window.location.hash, readSaved(STORAGE_KEY)));
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
