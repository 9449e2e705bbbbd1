/**
 * Every view in the app's list, reached the ways a person reaches it: from the header, from a cold
 * link (its heading, its document title, no notice of another view), and after it fails (reset
 * brings back its declared defaults). One table, every view.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';
import { CATALOGUE, VIEWS } from '../../src/app/views';
import { createAppStore } from '../../src/store/create-app-store';
import { defaultsOf } from '../../src/store/view-state';

const LAZY_VIEW = { timeout: 10_000 };

function renderApp(hash: string) {
  window.history.replaceState(null, '', `/${hash}`);
  const store = createAppStore({ catalogue: CATALOGUE, hash });
  return { store, ...render(<App store={store} />) };
}

function follow(href: string) {
  act(() => {
    window.history.pushState(null, '', href);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

const views = VIEWS.filter((v) => v.id !== 'home');

/** The view's own heading, once its code has loaded (the fallback while loading is not a heading). */
async function viewHeading(): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', { level: 1 }, LAZY_VIEW);
  expect(heading).not.toHaveTextContent(/^(EC2 Explorer|The .* view ran into a problem)$/);
  return heading;
}

/** Inputs that throw when read: whatever the view draws with, it fails while drawing. */
const CORRUPT = new Proxy({}, { get: () => { throw new Error('corrupt state'); }, ownKeys: () => { throw new Error('corrupt state'); } });

describe.each(views)('the $title view ($id)', (v) => {
  afterEach(() => vi.restoreAllMocks());

  it('opens from the header link, marked as the current page, with its title', async () => {
    renderApp('');
    const nav = screen.getByRole('navigation', { name: 'Explorers' });
    follow(within(nav).getByRole('link', { name: v.title }).getAttribute('href')!);
    const heading = await viewHeading();
    // Focus moves to the new view's heading, so a screen reader announces where the person is.
    await waitFor(() => expect(heading).toHaveFocus());
    expect(within(nav).getByRole('link', { name: v.title })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current');
    expect(document.title).toBe(`${v.title} · EC2 Explorer`);
  });

  it('is linked from the home page by its lesson', async () => {
    renderApp('');
    await screen.findByRole('heading', { level: 1, name: 'EC2 Explorer' }, LAZY_VIEW);
    expect(screen.getByRole('link', { name: new RegExp(`^${v.title}\\s*${v.lesson.slice(0, 20).replace(/[()]/g, '.')}`) })).toHaveAttribute('href', `#/${v.id}`);
  });

  it('opened from a cold link shows no notice of another view', async () => {
    const { store } = renderApp(`#/${v.id}?edition=current`);
    const other = v.id === 'ebs' ? 'burst' : 'ebs';
    act(() => store.getState().notify(other, 'A notice of another view', ['not here']));
    act(() => store.getState().notify('home', 'A notice of another view', ['not here']));
    await viewHeading();
    expect(screen.queryByText('A notice of another view')).not.toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Current AWS' })).toBeChecked();
  });

  it('after a failure, offers to reset the view, which brings back its declared defaults', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { store } = renderApp(`#/${v.id}`);
    const before = (await viewHeading()).textContent;
    const slot = store.getState().views[v.id]!;
    act(() => store.setState({ views: { ...store.getState().views, [v.id]: { ...slot, inputs: CORRUPT } } }));
    expect(screen.getByRole('alert')).toHaveTextContent(`The ${v.title} view ran into a problem`);
    fireEvent.click(screen.getByRole('button', { name: 'Reset this view' }));
    expect((await viewHeading()).textContent).toBe(before);
    const module = (await v.load()).default;
    expect(store.getState().views[v.id]!.inputs).toEqual(defaultsOf(module.state));
  });
});
