import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import snapshotsView from '../../../src/features/snapshots';
import { renderView } from '../../support/render-with-store';

const steps = () => screen.getByRole('group', { name: 'Snapshot steps' });
/** What a person reads for the step on screen: the stepper's caption (its title) and the explanation under it. */
const caption = () => {
  const title = within(steps()).getByText(/^Step \d+ of \d+:/).closest('p')!;
  const words = document.createElement('div');
  words.textContent = `${title.textContent ?? ''} ${title.nextElementSibling?.textContent ?? ''}`;
  return words;
};
const next = (times = 1) => {
  for (let i = 0; i < times; i++) fireEvent.click(within(steps()).getByRole('button', { name: 'Next' }));
};
const billing = () => screen.getByRole('region', { name: 'What it costs at this step' });
const stat = (label: string) => within(billing()).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;

function enter(box: HTMLElement, text: string) {
  fireEvent.focus(box);
  fireEvent.change(box, { target: { value: text } });
  fireEvent.keyDown(box, { key: 'Enter' });
}

describe('the snapshot explorer', () => {
  it('opens on the walkthrough\'s first step: an empty 40 GiB volume', () => {
    renderView(snapshotsView);
    expect(screen.getByRole('heading', { level: 1, name: 'Snapshots, restore and Fast Snapshot Restore' })).toBeInTheDocument();
    expect(caption()).toHaveTextContent('Step 1 of 8: Create a volume. A new, empty 40 GiB volume is created in one AZ. You pay for the 40 GiB provisioned, not for the data on it.');
    expect(steps()).toHaveAccessibleDescription(/^Step 1 of 8: Create a volume\./);
    expect(stat('Stored in S3')).toMatch(/^0\s*GiB/);
  });

  it('copies only the 10 GiB written at the first snapshot, and bills 10 GiB for a month', () => {
    renderView(snapshotsView);
    next(2);
    expect(caption()).toHaveTextContent('Step 3 of 8: First snapshot. The first snapshot copies only the 10 GiB of written blocks to S3, not the 40 GiB size.');
    expect(stat('Stored in S3')).toMatch(/^10\s*GiB/);
    expect(stat('Standard storage')).toMatch(/^\$0\.50\s*for 30 days/);
    expect(stat('Standard storage')).toContain('10 GB × 30 / 30 days = 10 GB-months × $0.05');
  });

  it('stores 14 GiB after the incremental second snapshot and 10 GiB once the first is deleted', () => {
    renderView(snapshotsView);
    next(4);
    expect(caption()).toHaveTextContent(/^Step 5 of 8: Second snapshot\..*Storage: 10 \+ 4 = 14 GiB/);
    expect(stat('Stored in S3')).toMatch(/^14\s*GiB/);
    next();
    expect(caption()).toHaveTextContent(/^Step 6 of 8: Delete the first snapshot\..*frees only the 4 GiB/);
    expect(stat('Stored in S3')).toMatch(/^10\s*GiB/);
  });

  it('quotes the data written from the slider and from its number box', () => {
    renderView(snapshotsView);
    next(2);
    fireEvent.change(screen.getByRole('slider', { name: 'Data written' }), { target: { value: '20' } });
    expect(caption()).toHaveTextContent('copies only the 20 GiB of written blocks to S3, not the 40 GiB size');
    expect(stat('Stored in S3')).toMatch(/^20\s*GiB/);
    enter(screen.getByRole('spinbutton', { name: 'Data written, exact value in GiB' }), '16');
    expect(caption()).toHaveTextContent('copies only the 16 GiB of written blocks to S3');
    expect(screen.getByRole('slider', { name: 'Data written' })).toHaveValue('16');
  });

  it('lets a person pick blocks in free play, write them and snapshot them', () => {
    renderView(snapshotsView);
    const free = screen.getByRole('button', { name: 'Free play' });
    expect(free).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(free);
    expect(free).toHaveAttribute('aria-pressed', 'true');
    expect(caption()).toHaveTextContent('Step 1 of 1: An empty volume. Free play on an empty 40 GiB volume');
    const picker = screen.getByRole('group', { name: /^Blocks to write \(1 GiB each\)/ });
    expect(within(picker).getAllByRole('button')).toHaveLength(40);
    const write = screen.getByRole('button', { name: 'Write selected blocks' });
    expect(write).toHaveAttribute('aria-disabled', 'true');
    fireEvent.click(write);
    expect(caption()).toHaveTextContent('Step 1 of 1');
    for (const n of [1, 2, 3]) {
      const block = within(picker).getByRole('button', { name: `Block ${n}, never written` });
      expect(block).toHaveAttribute('aria-pressed', 'false');
      fireEvent.click(block);
      expect(block).toHaveAttribute('aria-pressed', 'true');
    }
    fireEvent.click(screen.getByRole('button', { name: 'Write 3 selected blocks' }));
    expect(caption()).toHaveTextContent('Step 2 of 2: Write blocks 1-3. The application writes 3 GiB for the first time. No snapshot yet: the first one will copy all 3 GiB of data.');
    expect(within(picker).getByRole('button', { name: 'Block 1, changed since the last snapshot' })).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(screen.getByRole('button', { name: 'Take a snapshot' }));
    expect(caption()).toHaveTextContent('Step 3 of 3: Snapshot 1. Snapshot 1 copies the 3 GiB of written blocks to S3, not the 40 GiB size. Storage: 3 GiB.');
    expect(within(picker).getByRole('button', { name: 'Block 1, holds data' })).toBeInTheDocument();
    expect(stat('Stored in S3')).toMatch(/^3\s*GiB/);
    expect(screen.getByRole('button', { name: 'Delete snapshot 1' })).toBeInTheDocument();
  });

  it('opens a free play link on its step, with the blocks it chose', () => {
    renderView(snapshotsView, { hash: '#/snapshots?size=16&play=w0-9,s&sel=2.4&step=3' });
    expect(screen.getByRole('button', { name: 'Free play' })).toHaveAttribute('aria-pressed', 'true');
    expect(caption()).toHaveTextContent(/^Step 3 of 3: Snapshot 1\./);
    const picker = screen.getByRole('group', { name: /^Blocks to write/ });
    expect(within(picker).getAllByRole('button')).toHaveLength(16);
    expect(within(picker).getAllByRole('button', { pressed: true }).map((b) => b.getAttribute('aria-label'))).toEqual(['Block 3, holds data', 'Block 5, holds data']);
    expect(screen.getByRole('button', { name: 'Write 2 selected blocks' })).toBeInTheDocument();
  });

  it('says why free play refused an action, and which actions a smaller volume skips', () => {
    renderView(snapshotsView, { hash: '#/snapshots?play=w0-3,s,w30&step=4' });
    expect(caption()).toHaveTextContent(/^Step 4 of 4: Write block 31\./);
    enter(screen.getByRole('spinbutton', { name: 'Volume size, exact value in GiB' }), '8');
    expect(screen.getByRole('status')).toHaveTextContent('1 action(s) do not fit a 8 GiB volume and are skipped until it is larger.');
    expect(caption()).toHaveTextContent(/^Step 3 of 3: Snapshot 1\./);
    fireEvent.click(screen.getByRole('button', { name: 'Copy snapshot 1 to us-west-2' }));
    expect(caption()).toHaveTextContent(/^Step 4 of 4: Copy snapshot 1/);
    fireEvent.click(screen.getByRole('button', { name: 'Copy snapshot 1 to us-west-2' }));
    expect(screen.getByRole('status')).toHaveTextContent(/^Snapshot 1 is already copied to the other Region\.$/);
    expect(caption()).toHaveTextContent(/^Step 4 of 4: Copy snapshot 1/);
  });

  it('moves between blocks with the arrow keys as one Tab stop, without stepping, and selects with a click', () => {
    renderView(snapshotsView);
    fireEvent.click(screen.getByRole('button', { name: 'Free play' }));
    const picker = screen.getByRole('group', { name: /^Blocks to write/ });
    const blocks = within(picker).getAllByRole('button');
    expect(blocks.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    blocks[0]!.focus();
    fireEvent.keyDown(blocks[0]!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(blocks[1]);
    fireEvent.keyDown(blocks[1]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(blocks[9]);
    expect(blocks[9]).toHaveAttribute('tabindex', '0');
    expect(caption()).toHaveTextContent('Step 1 of 1');
  });

  it('goes back to the guided walkthrough\'s first step when free play is left', () => {
    renderView(snapshotsView);
    next(4);
    fireEvent.click(screen.getByRole('button', { name: 'Free play' }));
    expect(caption()).toHaveTextContent(/^Step 5 of 5: Snapshot 2\./);
    fireEvent.click(screen.getByRole('button', { name: 'Guided walkthrough' }));
    expect(caption()).toHaveTextContent(/^Step 1 of 8: Create a volume\./);
    expect(screen.queryByRole('group', { name: /^Blocks to write/ })).not.toBeInTheDocument();
  });

  it('prices archived snapshots whole, each at its full size, for at least 90 days', () => {
    renderView(snapshotsView);
    next(2);
    fireEvent.click(within(billing()).getByRole('radio', { name: /^Archive/ }));
    expect(within(billing()).queryByText('Standard storage', { selector: 'dt' })).not.toBeInTheDocument();
    // A month of one 10 GB snapshot: $0.125 this month, a 90-day minimum of $0.375 committed.
    expect(stat('Archive storage this month')).toMatch(/^\$0\.13\s*for 30 days/);
    expect(stat('Minimum charge committed')).toMatch(/^\$0\.38\s*for 90 days/);
    expect(stat('Minimum charge committed')).toContain('10 GB × 90 / 30 days × $0.0125');
    next(2);
    // Two snapshots of the 10 GiB volume: the standard tier stores 10 + 4 GiB, the archive 10 + 10 GB.
    expect(stat('Stored in S3')).toMatch(/^14\s*GiB/);
    expect(stat('Archived size')).toMatch(/^20\s*GiB/);
    expect(stat('Archived size')).toContain('10 + 10 = 20 GB: each snapshot whole');
    expect(stat('Minimum charge committed')).toMatch(/^\$0\.75/);
    expect(within(billing()).getByText(/at least 90 days are billed/)).toBeInTheDocument();
  });

  it('prices Fast Snapshot Restore as PRICE25 does: $3.375 for 3 AZs × 90 minutes, $0.75 for 1 AZ × 45 minutes', () => {
    renderView(snapshotsView);
    expect(stat('FSR cost')).toMatch(/^\$3\.375/);
    expect(stat('FSR cost')).toContain('1 snapshot × 3 AZs × 90 min / 60 × $0.75');
    enter(screen.getByRole('spinbutton', { name: 'AZs with FSR enabled, exact value in AZs' }), '1');
    enter(screen.getByRole('spinbutton', { name: 'Time FSR stays enabled, exact value in minutes' }), '45');
    expect(stat('FSR cost')).toMatch(/^\$0\.75/);
    expect(stat('FSR cost')).toContain('1 snapshot × 1 AZ × 60 min / 60 × $0.75 (one-hour minimum)');
  });

  it('adds the provisioned initialisation rate and the quota of 5 in the current edition, 50 in saa-c02', () => {
    const { store } = renderView(snapshotsView);
    const restore = () => screen.getByRole('region', { name: 'Restore, side by side' });
    expect(stat('FSR quota')).toMatch(/^50\s*snapshots per Region/);
    expect(within(restore()).getByText(/^50 snapshots per Region \(2021\)/)).toBeInTheDocument();
    expect(within(restore()).queryByText('Provisioned initialisation rate')).not.toBeInTheDocument();
    expect(within(restore()).getByText('Fast Snapshot Restore', { selector: 'p' })).toBeInTheDocument();
    act(() => store.getState().switchEdition('current'));
    expect(within(restore()).getByText('Provisioned initialisation rate')).toBeInTheDocument();
    expect(stat('FSR quota')).toMatch(/^5\s*snapshots per Region/);
    expect(within(restore()).getByText(/^5 snapshots per Region \(since September 2022\)/)).toBeInTheDocument();
  });

  it('shows the exam tips and where the notes differ from AWS', () => {
    renderView(snapshotsView);
    const tips = screen.getByRole('region', { name: 'Exam tips: snapshots' });
    expect(within(tips).getByText(/Snapshots store the data on the volume, not its allocated size/)).toBeInTheDocument();
    expect(within(tips).getAllByText('The notes say')).toHaveLength(4);
  });
});
