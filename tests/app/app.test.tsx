import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';
import { ViewErrorBoundary } from '../../src/app/error-boundary';
import { CATALOGUE } from '../../src/app/views';
import { createAppStore } from '../../src/store/create-app-store';

/** A lazily loaded view can take more than the default second on a busy machine. */
const LAZY_VIEW = { timeout: 10_000 };

function renderApp(hash: string, saved: string | null = null) {
  window.history.replaceState(null, '', `/${hash}`);
  const store = createAppStore({ catalogue: CATALOGUE, hash, saved });
  return { store, ...render(<App store={store} />) };
}

const follow = (href: string) => act(() => {
  window.history.pushState(null, '', href);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
});

describe('the app shell', () => {
  it('opens on a home page that links every built explorer', async () => {
    renderApp('');
    expect(await screen.findByRole('heading', { level: 1, name: 'EC2 Explorer' }, LAZY_VIEW)).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Explorers' });
    expect(within(nav).getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: /EBS volumes\s*Size a gp2/ })).toHaveAttribute('href', '#/ebs');
    expect(document.title).toBe('EC2 Explorer');
  });

  it('writes the state into the URL and follows links by hash', async () => {
    const { store } = renderApp('#/ebs?type=gp3&size=500');
    expect(await screen.findByRole('heading', { level: 1, name: 'EBS volume explorer' }, LAZY_VIEW)).toBeInTheDocument();
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/ebs\?edition=saa-c02&type=gp3&size=500&iops=3000&throughput=125/));
    fireEvent.change(screen.getByRole('spinbutton', { name: /^Size/ }), { target: { value: '800' } });
    fireEvent.blur(screen.getByRole('spinbutton', { name: /^Size/ }));
    // Edits reach the URL a moment later (one replaceState per burst of changes), or at the next click.
    await waitFor(() => expect(window.location.hash).toContain('size=800'));
    follow('#/');
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
    await screen.findByRole('heading', { level: 1, name: 'EBS volume explorer' }, LAZY_VIEW);
    const notice = screen.getByText('Some values in the link could not be used').closest('[role="status"]')!;
    expect(notice).toHaveTextContent('type "zz" is not an EBS volume type');
    expect(notice).toHaveTextContent('size -5: gp2 volumes are 1 to 16,384 GiB; used 1 GiB');
    fireEvent.click(screen.getByRole('button', { name: /dismiss notice/i }));
    expect(screen.queryByText(/could not be used/)).not.toBeInTheDocument();
  });

  it('shows a notice only on the view it concerns', async () => {
    renderApp('#/ebs?type=zz');
    await screen.findByRole('heading', { level: 1, name: 'EBS volume explorer' }, LAZY_VIEW);
    expect(screen.getByText('Some values in the link could not be used')).toBeInTheDocument();
    follow('#/snapshots');
    await screen.findByRole('heading', { level: 1, name: 'Snapshots, restore and Fast Snapshot Restore' }, LAZY_VIEW);
    expect(screen.queryByText(/could not be used/)).not.toBeInTheDocument();
    follow('#/ebs');
    await screen.findByRole('heading', { level: 1, name: 'EBS volume explorer' }, LAZY_VIEW);
    expect(screen.getByText('Some values in the link could not be used')).toBeInTheDocument();
  });

  it('says on the home page when a link names no view', async () => {
    renderApp('#/nowhere?x=1');
    await screen.findByRole('heading', { level: 1, name: 'EC2 Explorer' }, LAZY_VIEW);
    expect(screen.getByRole('status')).toHaveTextContent('There is no view at #/nowhere: showing the home page');
  });

  it('keeps a view\'s link raw until its code loads, and navigation reuses it', () => {
    const { store } = renderApp('#/', '#/burst?edition=saa-c02&type=st1&size=2048\n');
    const nav = screen.getByRole('navigation', { name: 'Explorers' });
    expect(store.getState().views.burst).toBeUndefined();
    expect(within(nav).getByRole('link', { name: 'Burst credits' })).toHaveAttribute('href', '#/burst?edition=saa-c02&type=st1&size=2048');
    expect(within(nav).getByRole('link', { name: 'Snapshots' })).toHaveAttribute('href', '#/snapshots?edition=saa-c02');
  });

  it('cycles the colour theme and remembers it', () => {
    renderApp('');
    fireEvent.click(screen.getByRole('button', { name: /colour theme: system/i }));
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
    const { store } = renderApp('#/encryption');
    await screen.findByRole('heading', { level: 1, name: 'EBS encryption with KMS' }, LAZY_VIEW);
    await waitFor(() => expect(window.location.hash).toContain('step=1'));
    const replace = vi.spyOn(window.history, 'replaceState');
    act(() => {
      for (let step = 1; step <= 6; step++) store.getState().commitView('encryption', { step });
    });
    await waitFor(() => expect(window.location.hash).toContain('step=7'));
    expect(replace).toHaveBeenCalledTimes(1);
    act(() => store.getState().commitView('encryption', { step: 2 }));
    fireEvent.click(document.body);
    expect(window.location.hash).toContain('step=3');
    replace.mockRestore();
  });
});
