import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';
import { DEFAULT_AMI } from '../../src/store/ami-defaults';
import type { EncryptionBranch } from '../../src/domain/encryption/branches';
import { createAppStore } from '../../src/store/create-app-store';
import { DEFAULT_ENCRYPTION } from '../../src/store/encryption-defaults';
import { initialStateFrom } from '../../src/store/initial-state';
import { DEFAULT_SNAPSHOTS } from '../../src/store/snapshot-defaults';

/** A lazily loaded view can take more than the default second on a busy machine. */
const LAZY_VIEW = { timeout: 10_000 };

function renderApp(hash: string) {
  window.history.replaceState(null, '', `/${hash}`);
  const store = createAppStore(initialStateFrom(hash, null));
  return { store, ...render(<App store={store} />) };
}

function follow(href: string) {
  act(() => {
    window.history.pushState(null, '', href);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

const VIEWS = [
  { link: 'Snapshots', path: '#/snapshots', heading: 'Snapshots, restore and Fast Snapshot Restore' },
  { link: 'Encryption', path: '#/encryption', heading: 'EBS encryption with KMS' },
  { link: 'AMIs', path: '#/ami', heading: 'The AMI lifecycle' },
] as const;

describe('navigating to the snapshot, encryption and AMI views', () => {
  it('lists the views in the header and on the home page', () => {
    renderApp('');
    const nav = screen.getByRole('navigation', { name: 'Explorers' });
    for (const v of VIEWS) {
      expect(within(nav).getByRole('link', { name: v.link })).toHaveAttribute('href', expect.stringMatching(new RegExp(`^${v.path}\\?edition=saa-c02&`)));
    }
    expect(screen.getByRole('link', { name: /^Snapshots\s*Step through what a snapshot copies/ })).toHaveAttribute('href', '#/snapshots');
    expect(screen.getByRole('link', { name: /^Encryption\s*Follow a KMS data key/ })).toHaveAttribute('href', '#/encryption');
    expect(screen.getByRole('link', { name: /^AMIs\s*Step through an AMI's life/ })).toHaveAttribute('href', '#/ami');
  });

  for (const v of VIEWS) {
    it(`opens ${v.path} from the header link, marked as the current page`, async () => {
      renderApp('');
      const nav = screen.getByRole('navigation', { name: 'Explorers' });
      follow(within(nav).getByRole('link', { name: v.link }).getAttribute('href')!);
      expect(await screen.findByRole('heading', { level: 1, name: v.heading }, LAZY_VIEW)).toBeInTheDocument();
      expect(within(nav).getByRole('link', { name: v.link })).toHaveAttribute('aria-current', 'page');
      expect(within(nav).getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current');
    });
  }

  it('opens a free-play snapshot link at the step it names', async () => {
    const { store } = renderApp('#/snapshots?play=w0-3,s&step=3');
    await screen.findByRole('heading', { level: 1, name: VIEWS[0].heading }, LAZY_VIEW);
    expect(screen.getByRole('button', { name: 'Free play' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('group', { name: 'Snapshot steps' })).toHaveAccessibleDescription(/^Step 3 of 3: Snapshot 1\./);
    expect(store.getState().notices).toEqual([]);
  });

  it('explains a hand-edited snapshot link and shows what it could use', async () => {
    renderApp('#/snapshots?size=40&play=w0-3,zz,d7&step=99');
    await screen.findByRole('heading', { level: 1, name: VIEWS[0].heading }, LAZY_VIEW);
    const notice = screen.getByText('Some values in the link could not be used').closest('[role="status"]')!;
    expect(notice).toHaveTextContent('Part 2 ("zz") is not an action');
    expect(notice).toHaveTextContent('action "d7" was left out: There is no snapshot to delete.');
    expect(notice).toHaveTextContent('step 99 is outside 1 to 2: used 2');
    expect(screen.getByRole('group', { name: 'Snapshot steps' })).toHaveAccessibleDescription(/^Step 2 of 2: Write blocks 1-4\./);
  });

  it('opens an encryption link on its branch and step', async () => {
    renderApp('#/encryption?key=customer-managed&branch=remove-encryption&step=8');
    await screen.findByRole('heading', { level: 1, name: VIEWS[1].heading }, LAZY_VIEW);
    expect(screen.getByRole('radio', { name: 'Try to remove encryption' })).toBeChecked();
    expect(screen.getByRole('group', { name: 'Encryption steps' })).toHaveAccessibleDescription(/^Step 8 of 13: Try to remove encryption\..*Refused: You cannot remove encryption/);
  });

  it('opens an AMI link on its step with the choices it names', async () => {
    const { store } = renderApp('#/ami?perm=public&store=1&step=9');
    await screen.findByRole('heading', { level: 1, name: VIEWS[2].heading }, LAZY_VIEW);
    expect(screen.getByRole('radio', { name: /^Public/ })).toBeChecked();
    expect(within(screen.getByRole('group', { name: 'Instance store volumes (chosen at launch)' })).getByRole('radio', { name: 'One' })).toBeChecked();
    expect(screen.getByRole('group', { name: 'AMI steps' })).toHaveAccessibleDescription(/^Step 9 of 10: Another account launches it\./);
    expect(store.getState().notices).toEqual([]);
  });

  it('explains a hand-edited AMI link, naming each bad value and what was used', async () => {
    renderApp('#/ami?boot=abc&copy=mars&perm=everyone&step=11');
    await screen.findByRole('heading', { level: 1, name: VIEWS[2].heading }, LAZY_VIEW);
    const notice = screen.getByText('Some values in the link could not be used').closest('[role="status"]')!;
    expect(notice).toHaveTextContent('boot "abc" is not a number: kept 8');
    expect(notice).toHaveTextContent('copy "mars" is not us-west-2 or eu-west-1: used us-west-2');
    expect(notice).toHaveTextContent('perm "everyone" is not private, accounts, public: used private');
    expect(notice).toHaveTextContent('step 11 is outside 1 to 10: used 10');
    expect(screen.getByRole('group', { name: 'AMI steps' })).toHaveAccessibleDescription(/^Step 10 of 10: Deregister the AMI\./);
  });
});

describe('a snapshot, encryption or AMI view that fails', () => {
  afterEach(() => vi.restoreAllMocks());

  it('resets the snapshot view to its starting values and shows it again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { store } = renderApp('#/snapshots?step=5');
    await screen.findByRole('heading', { level: 1, name: VIEWS[0].heading }, LAZY_VIEW);
    act(() => store.setState({ snapshots: { ...store.getState().snapshots, figures: { sizeGiB: Number.NaN, writtenGiB: 10, changedGiB: 4 } } }));
    expect(screen.getByRole('alert')).toHaveTextContent('The Snapshots view ran into a problem');
    fireEvent.click(screen.getByRole('button', { name: 'Reset this view' }));
    expect(await screen.findByRole('heading', { level: 1, name: VIEWS[0].heading }, LAZY_VIEW)).toBeInTheDocument();
    expect(store.getState().snapshots).toEqual(DEFAULT_SNAPSHOTS);
    expect(screen.getByRole('group', { name: 'Snapshot steps' })).toHaveAccessibleDescription(/^Step 1 of 8:/);
  });

  it('resets the encryption view to its starting values and shows it again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { store } = renderApp('#/encryption?branch=os-encryption&step=9');
    await screen.findByRole('heading', { level: 1, name: VIEWS[1].heading }, LAZY_VIEW);
    act(() => store.setState({ encryption: { ...store.getState().encryption, branch: 'no-such-branch' as EncryptionBranch } }));
    expect(screen.getByRole('alert')).toHaveTextContent('The Encryption view ran into a problem');
    fireEvent.click(screen.getByRole('button', { name: 'Reset this view' }));
    expect(await screen.findByRole('heading', { level: 1, name: VIEWS[1].heading }, LAZY_VIEW)).toBeInTheDocument();
    expect(store.getState().encryption).toEqual(DEFAULT_ENCRYPTION);
    expect(screen.getByRole('group', { name: 'Encryption steps' })).toHaveAccessibleDescription(/^Step 1 of 8:/);
  });

  it('resets the AMI view to its starting values and shows it again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { store } = renderApp('#/ami?perm=public&step=7');
    await screen.findByRole('heading', { level: 1, name: VIEWS[2].heading }, LAZY_VIEW);
    act(() => store.setState({ ami: { ...store.getState().ami, step: Number.NaN } }));
    expect(screen.getByRole('alert')).toHaveTextContent('The AMIs view ran into a problem');
    fireEvent.click(screen.getByRole('button', { name: 'Reset this view' }));
    expect(await screen.findByRole('heading', { level: 1, name: VIEWS[2].heading }, LAZY_VIEW)).toBeInTheDocument();
    expect(store.getState().ami).toEqual(DEFAULT_AMI);
    expect(screen.getByRole('group', { name: 'AMI steps' })).toHaveAccessibleDescription(/^Step 1 of 10:/);
  });
});

const NEW_VIEWS = [
  { link: 'Containers', path: '#/containers', heading: 'Containers and image layers', card: /^Containers\s*Compare VMs with containers/ },
  { link: 'ECS', path: '#/ecs', heading: 'ECS on EC2 and on Fargate', card: /^ECS\s*Build an ECS service/ },
] as const;

describe('navigating to the containers and ECS views', () => {
  it('lists both views in the header and on the home page', () => {
    renderApp('');
    const nav = screen.getByRole('navigation', { name: 'Explorers' });
    for (const v of NEW_VIEWS) {
      expect(within(nav).getByRole('link', { name: v.link })).toHaveAttribute('href', expect.stringMatching(new RegExp(`^${v.path}\\?edition=saa-c02&`)));
      expect(screen.getByRole('link', { name: v.card })).toHaveAttribute('href', v.path);
    }
  });

  for (const v of NEW_VIEWS) {
    it(`opens ${v.path} from the header link, with its heading, marked as the current page`, async () => {
      renderApp('');
      const nav = screen.getByRole('navigation', { name: 'Explorers' });
      follow(within(nav).getByRole('link', { name: v.link }).getAttribute('href')!);
      expect(await screen.findByRole('heading', { level: 1, name: v.heading }, LAZY_VIEW)).toBeInTheDocument();
      expect(within(nav).getByRole('link', { name: v.link })).toHaveAttribute('aria-current', 'page');
      expect(within(nav).getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current');
    });
  }

  it('opens a containers link with a typed Dockerfile as "Your own", showing its text', async () => {
    const { store } = renderApp(`#/containers?${new URLSearchParams({ df: 'FROM alpine:3.20\nRUN echo "a & b" # ✓\n' }).toString()}`);
    await screen.findByRole('heading', { level: 1, name: NEW_VIEWS[0].heading }, LAZY_VIEW);
    expect(screen.getByRole('radio', { name: 'Your own' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Dockerfile' })).toHaveValue('FROM alpine:3.20\nRUN echo "a & b" # ✓\n');
    expect(store.getState().notices).toEqual([]);
  });

  it('explains a hand-edited containers link, naming each bad value and what was used', async () => {
    renderApp('#/containers?sample=nope&apps=99&repo=secret');
    await screen.findByRole('heading', { level: 1, name: NEW_VIEWS[0].heading }, LAZY_VIEW);
    const notice = screen.getByText('Some values in the link could not be used').closest('[role="status"]')!;
    expect(notice).toHaveTextContent('sample "nope" is not one of node-web');
    expect(notice).toHaveTextContent('apps 99 is outside 1 to 12: used 12');
    expect(notice).toHaveTextContent('repo "secret" is not public or private: used private');
    expect(screen.getByRole('radio', { name: 'A Node.js web app' })).toBeChecked();
  });

  it('opens an ECS link with a Fargate size the table lacks on the nearest size, saying why in the link\'s notice', async () => {
    const { store } = renderApp('#/ecs?lt=FARGATE&cpu=512&mem=9000&count=99');
    await screen.findByRole('heading', { level: 1, name: NEW_VIEWS[1].heading }, LAZY_VIEW);
    const notice = screen.getByText('Some values in the link could not be used').closest('[role="status"]')!;
    expect(notice).toHaveTextContent('count 99 is outside 0 to 50: used 50');
    expect(notice).toHaveTextContent('With 512 CPU units (0.5 vCPU), memory must be 1, 2, 3 or 4 GB (1,024-4,096 MiB); 9,000 MiB is not one.');
    expect(store.getState().notices).toHaveLength(1);
    expect(store.getState().ecs).toMatchObject({ cpuUnits: 2_048, memoryMiB: 9_216, desiredCount: 50 });
  });
});
