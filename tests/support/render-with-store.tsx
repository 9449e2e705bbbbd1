import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createAppStore } from '../../src/store/create-app-store';
import type { AppState } from '../../src/store/app-state';
import { StoreProvider } from '../../src/store/store-context';

/** Render UI with a fresh store of its own, as the app would provide it. */
export function renderWithStore(ui: ReactElement, initial: Partial<AppState> = {}) {
  const store = createAppStore(initial);
  return { store, ...render(<StoreProvider store={store}>{ui}</StoreProvider>) };
}
