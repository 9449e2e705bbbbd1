import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';
import { ViewErrorBoundary } from '../../src/app/error-boundary';
import { createAppStore } from '../../src/store/create-app-store';
import { initialStateFrom } from '../../src/store/initial-state';

/** A lazily loaded view can take more than the default second on a busy machine. */
const LAZY_VIEW = { timeout: 10_000 };

function renderApp(hash: string) {
  window.history.replaceState(null, '', `/${hash}`);
  const store = createAppStore(initialStateFrom(hash, null));
  return { store, ...render(<App store={store} />) };
}

describe('the app shell', () => {
  it('opens on a home page that links every built explorer', () => {
    renderApp('');
    expect(screen.getByRole('heading', { level: 1, name: 'EC2 Explorer' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Explorers' });
    expect(within(nav).getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: /EBS volumes\s*Size a gp2/ })).toHaveAttribute('href', '#/ebs');
  });

  it('writes the state into the URL and follows links by hash', async () => {
    const { store } = renderApp('#/ebs?type=gp3&size=500');
    expect(await screen.findByRole('heading', { level: 1, name: 'EBS volume explorer' }, LAZY_VIEW)).toBeInTheDocument();
    expect(window.location.hash).toMatch(/^#\/ebs\?edition=saa-c02&type=gp3&size=500&iops=3000&throughput=125/);
    act(() => store.getState().resizeVolume(800));
    // Edits reach the URL a moment later (one replaceState per burst of changes), or at the next click.
    await waitFor(() => expect(window.location.hash).toContain('size=800'));
    act(() => {
      window.history.pushState(null, '', '#/');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(store.getState().route).toBe('home');
  });

  it('switches every view to the current figures from the header', async () => {
    const { store } = renderApp('');
    fireEvent.click(screen.getByRole('radio', { name: 'Current AWS' }));
    expect(store.getState().edition).toBe('current');
    await waitFor(() => expect(window.location.hash).toBe('#/?edition=current'));
  });

  it('explains a hand-edited URL in a notice that can be dismissed', async () => {
    renderApp('#/ebs?type=zz&size=-5&iops=abc');
    const notice = await screen.findByRole('status', { name: '' }, LAZY_VIEW);
    expect(notice).toHaveTextContent('Some values in the link could not be used');
    expect(notice).toHaveTextContent('type "zz" is not an EBS volume type');
    expect(notice).toHaveTextContent('size -5: gp2 volumes are 1 to 16,384 GiB; used 1 GiB');
    fireEvent.click(screen.getByRole('button', { name: /dismiss notice/i }));
    expect(screen.queryByText(/could not be used/)).not.toBeInTheDocument();
  });

  it('cycles the colour theme and remembers it', () => {
    renderApp('');
    const button = screen.getByRole('button', { name: /colour theme: system/i });
    fireEvent.click(button);
    expect(document.documentElement).not.toHaveClass('dark');
    fireEvent.click(screen.getByRole('button', { name: /colour theme: light/i }));
    expect(document.documentElement).toHaveClass('dark');
    expect(window.localStorage.getItem('ec2x.theme')).toBe('dark');
  });
});

describe('a view that fails', () => {
  it('shows a reset button instead of a blank page, and reset brings the view back', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    let broken = true;
    const Boom = () => {
      if (broken) throw new Error('size was NaN');
      return <p>Working again</p>;
    };
    const onReset = vi.fn(() => { broken = false; });
    render(<ViewErrorBoundary viewName="EBS volumes" onReset={onReset}><Boom /></ViewErrorBoundary>);
    expect(screen.getByRole('alert')).toHaveTextContent('The EBS volumes view ran into a problem');
    fireEvent.click(screen.getByRole('button', { name: 'Reset this view' }));
    expect(onReset).toHaveBeenCalledOnce();
    expect(screen.getByText('Working again')).toBeInTheDocument();
    vi.restoreAllMocks();
  });
});

describe('the URL during a drag', () => {
  it('is rewritten once for a burst of changes, and at once before a click', async () => {
    const { store } = renderApp('#/ebs');
    await screen.findByRole('heading', { level: 1, name: 'EBS volume explorer' }, LAZY_VIEW);
    const replace = vi.spyOn(window.history, 'replaceState');
    act(() => {
      for (let size = 101; size <= 120; size++) store.getState().resizeVolume(size);
    });
    await waitFor(() => expect(window.location.hash).toContain('size=120'));
    expect(replace).toHaveBeenCalledTimes(1);
    act(() => store.getState().resizeVolume(130));
    fireEvent.click(document.body);
    expect(window.location.hash).toContain('size=130');
    replace.mockRestore();
  });
});
