/**
 * Issue 11 on the snapshot explorer: the provisioned initialization rate as an input (current
 * edition), freed blocks drawn before they go, the copy drawn as blocks, the restore time axis, the
 * volume's own storage in the bill, and sources a person can open.
 */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import snapshotsView from '../../../src/features/snapshots';
import { encodeLocation } from '../../../src/store/create-app-store';
import { renderView } from '../../support/render-with-store';

const steps = () => screen.getByRole('group', { name: 'Snapshot steps' });
const restore = () => screen.getByRole('region', { name: 'Restore, side by side' });
const billing = () => screen.getByRole('region', { name: 'What it costs at this step' });
const stat = (label: string) => within(billing()).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
const rateSlider = () => within(restore()).queryByRole('slider', { name: 'Provisioned initialization rate' });

describe('the provisioned initialization rate', () => {
  it('is an input in the current edition only, from 100 to 300 MiB/s, 300 by default', () => {
    const { store } = renderView(snapshotsView);
    expect(rateSlider()).toBeNull();
    act(() => store.getState().switchEdition('current'));
    const slider = rateSlider()!;
    expect(slider).toHaveValue('300');
    expect(slider).toHaveAttribute('min', '100');
    expect(slider).toHaveAttribute('max', '300');
    expect(within(restore()).getByText(/^300 MiB\/s \(chosen from 100 to 300\) initialises it in 34\.1 s, at \$0\.0036 per GB: \$0\.036 for this volume\./)).toBeInTheDocument();
    expect(within(restore()).queryByText(/^Assumed:/)).toBeNull();
  });

  it('times and prices a lower rate, saying the price is an assumption', () => {
    const { store } = renderView(snapshotsView, { hash: '#/snapshots?edition=current&irate=100&rstep=2' });
    expect(rateSlider()).toHaveValue('100');
    expect(within(restore()).getByText(/^100 MiB\/s \(chosen from 100 to 300\) initialises it in 102\.4 s, at \$0\.0012 per GB/)).toBeInTheDocument();
    expect(within(restore()).getByText(/^Assumed: AWS says the price scales with the chosen rate/)).toBeInTheDocument();
    expect(within(restore()).getByText(/10 GiB at 100 MiB\/s: ready after 10 × 1,024 \/ 100 = 102\.4 s/)).toBeInTheDocument();
    fireEvent.change(rateSlider()!, { target: { value: '200' } });
    expect(within(restore()).getByText(/10 GiB at 200 MiB\/s: full speed after 51\.2 s/)).toBeInTheDocument();
    expect(encodeLocation(store.getState(), 'snapshots')).toContain('irate=200');
    act(() => store.getState().switchEdition('saa-c02'));
    expect(rateSlider()).toBeNull();
    // Kept while unused, so switching back brings the person's rate back.
    act(() => store.getState().switchEdition('current'));
    expect(rateSlider()).toHaveValue('200');
  });

  it('names FSR\'s full-benefit limits in the current edition only', () => {
    const { store } = renderView(snapshotsView);
    expect(within(restore()).queryByText(/FSR's full benefit/)).toBeNull();
    act(() => store.getState().switchEdition('current'));
    expect(within(restore()).getByText(/only for snapshots of 16 TiB \(16,384 GiB\) or less, and volumes up to 64,000 IOPS and 1,000 MiB\/s/)).toBeInTheDocument();
  });
});

describe('the restore time axis', () => {
  it('draws when each way reads at full speed: FSR ahead of creation, the rate after it, the others open-ended', () => {
    const { store } = renderView(snapshotsView);
    const axis = () => within(restore()).getByRole('list', { name: 'Initialisation times' });
    expect(within(axis()).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Fast Snapshot Restoreenabled 140.6 s ahead: optimising 140.6 s (60 min per TiB); a volume created while it optimises gets only part of the benefit; full speed from creation after that',
      'dd or fiountil every block is read once; AWS publishes no rate',
      'Lazy loadingeach block slow on its first read; no published rate',
    ]);
    act(() => store.getState().switchEdition('current'));
    expect(within(axis()).getByText('10 GiB at 300 MiB/s: full speed after 34.1 s')).toBeInTheDocument();
    // The bucket starts at 0 today: a 40 GiB snapshot's first credit comes after 6 min, not after its 140.6 s of optimising.
    expect(within(axis()).getAllByRole('listitem')[0]!.textContent).toBe('Fast Snapshot Restoreenabled 6 min ahead: optimising 140.6 s (60 min per TiB), and the credit bucket starts at 0: first credit after 6 min; a volume created while it optimises gets only part of the benefit; full speed from creation after that');
    expect(within(restore()).getByText(/first credit comes after 6 min: enable it 6 min ahead\. A volume created while it optimises gets only part of the benefit\./)).toBeInTheDocument();
  });

  it('prices one volume at the provisioned rate the same way in its lane and its figures ($0.036)', () => {
    renderView(snapshotsView, { hash: '#/snapshots?edition=current&rstep=2' });
    expect(within(restore()).getByText(/for \$0\.036\./)).toBeInTheDocument();
    expect(within(restore()).getByText(/: \$0\.036 for this volume\./)).toBeInTheDocument();
    expect(within(restore()).queryByText(/\$0\.04\b/)).toBeNull();
  });
});

describe('the walkthrough\'s drawing', () => {
  it('draws the blocks a delete frees, crossed out, at the delete step, and drops them at the next', () => {
    renderView(snapshotsView, { hash: '#/snapshots?step=6' });
    expect(within(steps()).getByRole('img', { name: 'Snapshot 1, deleted at this step: 4 GiB freed, 6 GiB kept because another snapshot holds them.' })).toBeInTheDocument();
    expect(within(steps()).getByText('frees 4 GiB · keeps 6 GiB')).toBeInTheDocument();
    fireEvent.click(within(steps()).getByRole('button', { name: 'Next' }));
    expect(within(steps()).queryByRole('img', { name: /deleted at this step/ })).toBeNull();
  });

  it('draws the copy in the other Region as blocks', () => {
    renderView(snapshotsView, { hash: '#/snapshots?step=8' });
    expect(within(steps()).getByRole('img', { name: 'Copy of snapshot 2 in us-west-2: all 10 GiB of its data, stored in full.' })).toBeInTheDocument();
  });
});

describe('the bill', () => {
  it('does not add a 90-day archive minimum to a 15-day bill: this month and the minimum committed are apart', () => {
    renderView(snapshotsView, { hash: '#/snapshots?tier=archive&step=5&days=15' });
    expect(stat('Volume storage (EBS)')).toMatch(/^\$2\.00\s*for 15 days/);
    expect(stat('Archive storage this month')).toMatch(/^\$0\.13\s*for 15 days/);
    expect(stat('Minimum charge committed')).toMatch(/^\$0\.75\s*for 90 days/);
    expect(stat('Minimum charge committed')).toContain('$0.63 of it after these 15 days');
    expect(stat('Volumes and snapshots this month')).toMatch(/^\$2\.1[23]\s*for 15 days/);
    expect(stat('Stored in S3')).toMatch(/^14\s*GiB/);
    expect(stat('Archived size')).toMatch(/^20\s*GiB/);
  });

  it('puts the volume\'s own storage beside the snapshots\': 40 GiB gp2 is $4.00 a month, gp3 $3.20', () => {
    renderView(snapshotsView, { hash: '#/snapshots?step=3' });
    expect(stat('Volume storage (EBS)')).toMatch(/^\$4\.00\s*for 30 days/);
    expect(stat('Volume storage (EBS)')).toContain('40 GB provisioned × 30 / 30 days = 40 GB-months × $0.10 (gp2)');
    expect(stat('Volumes and snapshots this month')).toMatch(/^\$4\.50/);
    fireEvent.click(within(billing()).getByRole('radio', { name: /^gp3/ }));
    expect(stat('Volume storage (EBS)')).toMatch(/^\$3\.20/);
  });

  it('bills the restored volume too', () => {
    renderView(snapshotsView, { hash: '#/snapshots?step=7' });
    expect(stat('Volume storage (EBS)')).toMatch(/^\$8\.00/);
    expect(stat('Volume storage (EBS)')).toContain('2 volumes × 40 GB provisioned');
  });
});

describe('sources', () => {
  it('open their pages in a new tab', () => {
    renderView(snapshotsView, { hash: '#/snapshots?edition=current' });
    for (const region of [billing(), restore()]) {
      const links = within(region).getAllByRole('link');
      expect(links.length).toBeGreaterThan(1);
      for (const link of links) {
        expect(link).toHaveAttribute('target', '_blank');
        expect(link.getAttribute('href')).toMatch(/^https:\/\//);
      }
    }
    expect(within(billing()).getAllByRole('link', { name: /PRICE25/ })[0]).toHaveAttribute('href', 'https://aws.amazon.com/ebs/pricing/');
    expect(within(restore()).getByRole('link', { name: /docs\.aws\.amazon\.com\/AWSEC2\/latest\/UserGuide\/ebs-initialize\.html/ })).toHaveAttribute('href', 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ebs-initialize.html');
    expect(within(restore()).getByRole('link', { name: /UG21 ebs-initialize\.md/ }).getAttribute('href')).toContain('doc_source/ebs-initialize.md');
  });
});

describe('free play\'s messages', () => {
  it('are said beside its buttons: acting from an earlier step names what it replaced, and Undo brings it back', () => {
    renderView(snapshotsView, { hash: '#/snapshots?play=w0-4,s,w2-3,s' });
    expect(within(steps()).getByText(/^Step 5 of 5:/)).toBeInTheDocument();
    fireEvent.click(within(steps()).getByRole('button', { name: /^2\. / }));
    const bar = () => within(steps()).getByRole('group', { name: 'Free play actions' });
    expect(within(bar()).getByText(/You are on step 2 of 5: acting here replaces steps 3 to 5 \(Undo brings them back\)\./)).toBeInTheDocument();
    fireEvent.click(within(bar()).getByRole('button', { name: 'Take a snapshot' }));
    expect(within(bar()).getByRole('status')).toHaveTextContent('Acting at step 2 replaced steps 3 to 5 (s,w2-3,s). Undo last action brings them back.');
    fireEvent.click(within(bar()).getByRole('button', { name: 'Undo last action' }));
    expect(within(steps()).getByText(/^Step 2 of 5:/)).toBeInTheDocument();
  });
});

describe('the step captions read out', () => {
  const live = (name: string) => [...screen.getByRole('group', { name }).querySelectorAll('[aria-live]')].map((n) => n.textContent).join(' | ');

  it('change when the step changes, not on every tick of a slider', () => {
    renderView(snapshotsView, { hash: '#/snapshots?step=3' });
    const before = live('Snapshot steps');
    expect(before).toContain('10 GiB');
    fireEvent.change(screen.getByRole('slider', { name: 'Data written' }), { target: { value: '12' } });
    expect(within(steps()).getByText(/copies only the 12 GiB of written blocks/)).toBeInTheDocument();
    expect(live('Snapshot steps')).toBe(before);
    fireEvent.click(within(steps()).getByRole('button', { name: 'Next' }));
    expect(live('Snapshot steps')).not.toBe(before);
    expect(live('Snapshot steps')).toContain('Step 4 of 8');
  });

  it('in the restore comparison too', () => {
    renderView(snapshotsView, { hash: '#/snapshots?step=3' });
    const before = live('Restore steps');
    fireEvent.change(screen.getByRole('slider', { name: 'Volume size' }), { target: { value: '50' } });
    expect(live('Restore steps')).toBe(before);
    fireEvent.click(within(screen.getByRole('group', { name: 'Restore steps' })).getByRole('button', { name: 'Next' }));
    expect(live('Restore steps')).toContain('Step 2 of 4');
  });
});
