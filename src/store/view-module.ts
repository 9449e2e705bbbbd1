/** What a view's folder exports as its one default export: its declared state and its component. The app loads it lazily. */
import type { ComponentType } from 'react';
import type { AnyViewState } from './view-state';

export interface ViewModule {
  state: AnyViewState;
  Component: ComponentType;
}

export function defineView(module: ViewModule): ViewModule {
  return module;
}
