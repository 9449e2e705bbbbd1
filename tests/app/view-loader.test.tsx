import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/app';
import { createViewLoader } from '../../src/app/view-loader';
import { CATALOGUE, VIEWS, type ViewEntry } from '../../src/app/views';
import { createAppStore } from '../../src/store/create-app-store';

const LAZY_VIEW = { timeout: 10_000 };

describe('loading a view', () => {
  it('registers the view\'s state in the store before its module is handed over', async () => {
    const store = createAppStore({ catalogue: CATALOGUE, hash: '#/encryption?step=3' });
    const loader = createViewLoader(store);
    expect(store.getState().views.encryption).toBeUndefined();
    const module = await loader.load('encryption');
    expect(module?.state.id).toBe('encryption');
    expect(store.getState().views.encryption?.inputs).toMatchObject({ step: 2 });
    expect(loader.get('encryption')).toBe(module);
    expect(await loader.load('encryption')).toBe(module);
  });

  it('says when a view\'s code could not be downloaded, and tries again on request', async () => {
    let fail = true;
    const encryption = VIEWS.find((v) => v.id === 'encryption')!;
    const flaky: ViewEntry[] = VIEWS.map((v) => (v.id === 'encryption'
      ? { ...v, load: () => (fail ? Promise.reject(new Error('Failed to fetch dynamically imported module')) : encryption.load()) }
      : v));
    window.history.replaceState(null, '', '/#/encryption');
    const store = createAppStore({ catalogue: CATALOGUE, hash: '#/encryption' });
    render(<App store={store} loader={createViewLoader(store, flaky)} />);
    expect(await screen.findByRole('alert', {}, LAZY_VIEW)).toHaveTextContent('The Encryption view could not be loaded: Failed to fetch dynamically imported module');
    fail = false;
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Try again' })));
    expect(await screen.findByRole('heading', { level: 1, name: 'EBS encryption with KMS' }, LAZY_VIEW)).toBeInTheDocument();
  });
});
