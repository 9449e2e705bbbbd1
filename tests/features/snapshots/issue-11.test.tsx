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
    expect(within(restore()).getByText(/^300 MiB\/s \(chosen from 100 to 300\) initialises it in 34\.1 s, at \$0\.0036 per GB: \$0\.04 for this volume\./)).toBeInTheDocument();
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
      'Fast Snapshot Restoreenabled 140.6 s ahead (60 min per TiB); full speed from creation',
      'dd or fiountil every block is read once; AWS publishes no rate',
      'Lazy loadingeach block slow on its first read; no published rate',
    ]);
    act(() => store.getState().switchEdition('current'));
    expect(within(axis()).getByText('10 GiB at 300 MiB/s: full speed after 34.1 s')).toBeInTheDocument();
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
  it('puts the volume\'s own storage beside the snapshots\': 40 GiB gp2 is $4.00 a month, gp3 $3.20', () => {
    renderView(snapshotsView, { hash: '#/snapshots?step=3' });
    expect(stat('Volume storage (EBS)')).toMatch(/^\$4\.00\s*for 30 days/);
    expect(stat('Volume storage (EBS)')).toContain('40 GB provisioned × 30 / 30 days = 40 GB-months × $0.10 (gp2)');
    expect(stat('Volumes and snapshots')).toMatch(/^\$4\.50/);
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
