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
    // Said once: the included gp3 already is the gp3 that meets the 3,000 IOPS peak.
    expect(screen.getByText('gp3 of the same size (100 GiB) at its included 3,000 IOPS serves all of it and already meets the peak, with no credits to run out: $8.00 a month against $10.00 for this gp2 volume.')).toBeInTheDocument();
    expect(screen.queryByText(/gp3 that meets the peak/)).not.toBeInTheDocument();
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

describe('st1 and sc1 presets follow the volume', () => {
  const demandOf = (segment: number, from: string) =>
    Number((screen.getByRole('spinbutton', { name: `Demand of segment ${segment} (from ${from}) (MiB/s)` }) as HTMLInputElement).value);

  it('asks a 125 GiB st1 for its 30.52 MiB/s burst and 2.44 quiet, not 250, and changes with the size', () => {
    renderView(burstView, { hash: '#/burst?type=st1&size=125&preset=nightly-batch' });
    expect(demandOf(1, '00:00')).toBe(2.44);
    expect(demandOf(2, '01:00')).toBe(30.52);
    expect(screen.getByText(/This 125 GiB st1 volume runs out of credits 83 min into the nightly batch's 01:00 stretch and serves 4.9 of the 30.5 MiB\/s it asks for until 05:00\./)).toBeInTheDocument();
    expect(stat('Throttled for')).toMatch(/^2 h 37 min/);
    expect(stat('Full again')).toBe('19:33');

    enter(screen.getByRole('spinbutton', { name: /size, exact value in GiB/i }), '2048');
    expect(demandOf(1, '00:00')).toBe(40);
    expect(demandOf(2, '01:00')).toBe(500);
    expect(screen.getByText(/This 2,048 GiB st1 volume .* serves 80 of the 500 MiB\/s it asks for until 05:00/)).toBeInTheDocument();

    enter(screen.getByRole('spinbutton', { name: /size, exact value in GiB/i }), '8192');
    expect(demandOf(1, '00:00')).toBe(160);
    expect(demandOf(2, '01:00')).toBe(500);
    expect(stat('Throttled for')).toMatch(/^0 s/);
    expect(screen.getByText(/This 8,192 GiB st1 volume serves all of the nightly batch: its credits never run out\./)).toBeInTheDocument();
  });

  it('asks a 125 GiB sc1 for exactly its burst, so nothing is asked above it', () => {
    renderView(burstView, { hash: '#/burst?type=sc1&size=125&preset=nightly-batch' });
    expect(demandOf(2, '01:00')).toBe(9.77);
    expect(stat('Throttled for')).toMatch(/^0 s/);
    expect(screen.queryByText(/above the burst rate/)).not.toBeInTheDocument();
  });
});

describe('what the view prints', () => {
  it('reads the playhead as a time with its unit, never raw seconds', () => {
    renderView(burstView, { hash: '#/burst?type=gp2&size=100&preset=nightly-batch&t=5400' });
    const slider = screen.getByRole('slider', { name: 'Playhead' });
    expect(slider).toHaveAttribute('aria-valuetext', '01:30, 1 h 30 min after the start');
    expect(screen.getByText('01:30, 1 h 30 min after the start')).toBeInTheDocument();
    expect(screen.queryByRole('spinbutton', { name: /playhead/i })).not.toBeInTheDocument();
    fireEvent.change(slider, { target: { value: '0' } });
    expect(slider).toHaveAttribute('aria-valuetext', '00:00, the start');
  });

  it('gives both gp3 lines when the included gp3 falls short of the peak', () => {
    renderView(burstView, { hash: '#/burst?type=st1&size=2048&preset=nightly-batch' });
    expect(screen.getByText(/gp3 of the same size \(2,048 GiB\) at its included 125 MiB\/s: serves/)).toBeInTheDocument();
    expect(screen.getByText(/^gp3 that meets the peak: 2,048 GiB, 3,000 IOPS, 500 MiB\/s/)).toBeInTheDocument();
  });

  it('opens every source it names in a new tab: the User Guide file at its commit, the pricing page, the third-party page', () => {
    renderView(burstView, { hash: '#/burst?type=st1&size=125&preset=nightly-batch' });
    const links = screen.getAllByRole('link');
    for (const a of links) expect(a).toHaveAttribute('target', '_blank');
    const hrefs = links.map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('https://github.com/awsdocs/amazon-ec2-user-guide/blob/3a6885740c725e5424746984603d587c5b022dad/doc_source/ebs-volume-types.md');
    expect(hrefs).toContain('https://aws.amazon.com/ebs/pricing/');
    expect(hrefs).toContain('https://saisci.com');
    // The snapshot rule names its file too.
    expect(screen.getByText(/performance may drop as far as the volume's baseline value/)).toBeInTheDocument();
    expect(screen.queryByText(/\(UG21\)/)).not.toBeInTheDocument();
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
