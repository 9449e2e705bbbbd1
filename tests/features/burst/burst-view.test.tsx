import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import burstView from '../../../src/features/burst';
import { seriesCsv } from '../../../src/features/burst/export-chart';
import { renderView } from '../../support/render-with-store';

const stat = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;

function enter(box: HTMLElement, text: string) {
  fireEvent.focus(box);
  fireEvent.change(box, { target: { value: text } });
  fireEvent.keyDown(box, { key: 'Enter' });
}

describe('the burst-credit explorer', () => {
  it('answers the question before any click: a 100 GiB gp2 volume under the nightly batch', () => {
    renderView(burstView);
    expect(screen.getByRole('heading', { level: 1, name: 'Burst-credit explorer' })).toBeInTheDocument();
    expect(screen.getByText(/This 100 GiB gp2 volume runs out of credits 33 min into the nightly batch's 01:00 stretch and serves 300 of the 3,000 IOPS it asks for until 05:00\./)).toBeInTheDocument();
    expect(stat('Bucket empties')).toMatch(/^01:33/);
    expect(stat('Full again')).toBe('15:00');
    expect(stat('Throttled for')).toMatch(/^3 h 27 min/);
    expect(screen.getByText(/gp3 of the same size \(100 GiB\) at its included 3,000 IOPS: serves 100%/)).toBeInTheDocument();
  });

  it('stops throttling at 1,000 GiB, where gp2 never uses credits', () => {
    renderView(burstView);
    enter(screen.getByRole('spinbutton', { name: /size, exact value in GiB/i }), '1000');
    expect(screen.getByText(/This 1,000 GiB gp2 volume never uses credits/)).toBeInTheDocument();
    expect(stat('Throttled for')).toMatch(/^0 s/);
    expect(stat('Demand served')).toBe('100%of the I/O asked for');
  });

  it('makes an edited preset a custom workload', () => {
    const { store } = renderView(burstView);
    const table = screen.getByRole('table', { name: /workload segments/i });
    enter(within(table).getByRole('spinbutton', { name: 'Demand of segment 2 (from 01:00) (IOPS)' }), '500');
    expect(store.getState().views.burst!.inputs.preset).toBe('custom');
    expect(screen.getByRole('radio', { name: /custom/i })).toBeChecked();
    expect(screen.getByText(/serves all of the custom workload/)).toBeInTheDocument();
  });

  it('offers the full-volume scan and the snapshot switch for HDD volumes only', () => {
    renderView(burstView);
    expect(screen.queryByRole('radio', { name: /full-volume scan/i })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('radio', { name: /st1/ }));
    expect(screen.getByRole('radio', { name: /full-volume scan/i })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /a snapshot is in progress/i })).not.toBeChecked();
    expect(screen.getByText(/st1 volumes are 125 to 16,384 GiB/)).toBeInTheDocument();
  });

  it('plays and pauses with one button', () => {
    renderView(burstView);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });

  it('opens a link as it was shared: an st1 volume under its full-volume scan, at its playhead', () => {
    renderView(burstView, { hash: '#/burst?edition=current&type=st1&size=2048&preset=full-scan&t=3600&start=50&snapshot=0' });
    expect(screen.getByRole('radio', { name: /full-volume scan/i })).toBeChecked();
    expect(screen.getByRole('slider', { name: 'Size' })).toHaveAttribute('aria-valuetext', '2,048 GiB');
    expect(screen.getByRole('slider', { name: 'Balance at the start' })).toHaveAttribute('aria-valuetext', '50% of a full bucket');
    expect(screen.getByText('At 01:00:')).toBeInTheDocument();
    expect(screen.getByText(/This 2,048 GiB st1 volume/)).toBeInTheDocument();
  });

  it('keeps what the last change said on screen while the playhead moves', () => {
    const { store } = renderView(burstView, { hash: '#/burst?type=gp2&size=100&preset=boot-storm' });
    fireEvent.click(screen.getByRole('radio', { name: /st1/ }));
    expect(screen.getByText('Size set to 125 GiB: st1 volumes are 125 to 16,384 GiB.')).toBeInTheDocument();
    fireEvent.change(screen.getByRole('slider', { name: 'Playhead' }), { target: { value: '7200' } });
    expect(store.getState().views.burst!.inputs.playheadSeconds).toBe(7_200);
    expect(screen.getByText('Size set to 125 GiB: st1 volumes are 125 to 16,384 GiB.')).toBeInTheDocument();
  });

  it('moves the playhead with the scrubber and shows the bucket at that moment', () => {
    const { store } = renderView(burstView);
    fireEvent.change(screen.getByRole('slider', { name: 'Playhead' }), { target: { value: '10800' } });
    expect(store.getState().views.burst!.inputs.playheadSeconds).toBe(10_800);
    expect(screen.getByText('At 03:00:')).toBeInTheDocument();
    expect(screen.getByText(/300 IOPS \(throttled\)/)).toBeInTheDocument();
  });
});

describe('the CSV export', () => {
  it('carries units in its header and one row per point drawn', () => {
    const csv = seriesCsv([
      { t: 0, demand: 150, delivered: 150, gp3: 150, balance: 5_400_000, balancePercent: 100 },
      { t: 3600, demand: 3000, delivered: 3000, gp3: 3000, balance: 5_400_000, balancePercent: 100 },
    ], 'IOPS', 'credits', false);
    expect(csv.split('\n')[0]).toBe('time_s,clock,demand_IOPS,delivered_IOPS,gp3_included_delivered_IOPS,balance_credits,balance_percent');
    expect(csv.split('\n')[2]).toBe('3600,01:00,3000,3000,3000,5400000,100');
  });
});
