import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { CATALOGUE } from '../../src/app/views';
import { createAppStore } from '../../src/store/create-app-store';
import { StoreProvider } from '../../src/store/store-context';
import type { ViewModule } from '../../src/store/view-module';
import type { ViewStateDefinition } from '../../src/store/view-state';

export interface RenderOptions {
  /** The link the store starts from (as if the app opened with it). */
  hash?: string;
  saved?: string | null;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any view's declaration
  views?: readonly ViewStateDefinition<any>[];
}

export function makeStore(options: RenderOptions = {}) {
  return createAppStore({ catalogue: CATALOGUE, hash: options.hash, saved: options.saved, definitions: options.views });
}

/** Render UI with a fresh store of its own, as the app would provide it, with the given views registered. */
export function renderWithStore(ui: ReactElement, options: RenderOptions = {}) {
  const store = makeStore(options);
  return { store, ...render(<StoreProvider store={store}>{ui}</StoreProvider>) };
}

/** Render one view's module as the app would after loading it: its state registered, then its component. */
export function renderView(view: ViewModule, options: Omit<RenderOptions, 'views'> = {}) {
  const { Component } = view;
  return renderWithStore(<Component />, { ...options, views: [view.state] });
}
