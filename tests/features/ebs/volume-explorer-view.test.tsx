import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import ebsView from '../../../src/features/ebs';
import type { AppStore } from '../../../src/store/create-app-store';
import { renderView } from '../../support/render-with-store';

/** Types into a number box and presses Enter, as a person finishing an entry. */
function enter(box: HTMLElement, text: string) {
  fireEvent.focus(box);
  fireEvent.change(box, { target: { value: text } });
  fireEvent.keyDown(box, { key: 'Enter' });
}

const stat = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
/** The view's stored inputs. */
const inputs = (store: AppStore) => store.getState().views.ebs!.inputs;
const volume = (store: AppStore) => {
  const { type, sizeGiB, iops, throughputMiBps } = inputs(store);
  return { type, sizeGiB, iops, throughputMiBps };
};

describe('the EBS volume explorer', () => {
  it('teaches before any click: a 100 GiB gp2 volume, its baseline, burst and cost', () => {
    renderView(ebsView);
    expect(screen.getByRole('heading', { level: 1, name: 'EBS volume explorer' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /gp2/ })).toBeChecked();
    expect(stat('Baseline IOPS')).toMatch(/^300\s*IOPS/);
    expect(stat('Burst IOPS')).toMatch(/^3,000\s*IOPS/);
    expect(stat('Full bucket lasts')).toMatch(/^33 min/);
    expect(stat('Total')).toMatch(/^\$10\.00/);
    expect(screen.queryByText(/never uses credits/)).not.toBeInTheDocument();
  });

  it('follows a size typed in the number box, and shows the credit tip at 1,000 GiB', () => {
    renderView(ebsView);
    const box = screen.getByRole('spinbutton', { name: /size, exact value in GiB/i });
    enter(box, '1000');
    expect(stat('Baseline IOPS')).toMatch(/^3,000\s*IOPS/);
    expect(stat('Total')).toMatch(/^\$100\.00/);
    expect(screen.getByText(/gp2 at 1,000 GiB or more never uses credits/)).toBeInTheDocument();
  });

  it('applies a typed size only when the entry is finished, so IOPS are not clamped on the way', () => {
    const { store } = renderView(ebsView, { hash: '#/ebs?type=io1&size=1000&iops=50000' });
    const box = screen.getByRole('spinbutton', { name: /size, exact value in GiB/i });
    fireEvent.focus(box);
    for (const text of ['2', '20', '200', '2000']) fireEvent.change(box, { target: { value: text } });
    expect(volume(store)).toEqual({ type: 'io1', sizeGiB: 1000, iops: 50_000 });
    fireEvent.blur(box);
    expect(volume(store)).toEqual({ type: 'io1', sizeGiB: 2000, iops: 50_000 });
  });

  it('moves the size with the slider, one GiB at least per step', () => {
    const { store } = renderView(ebsView);
    const slider = screen.getByRole('slider', { name: 'Size' });
    expect(slider).toHaveAttribute('aria-valuetext', '100 GiB');
    fireEvent.change(slider, { target: { value: String(Number((slider as HTMLInputElement).value) + 1) } });
    expect(inputs(store).sizeGiB).toBeGreaterThan(100);
  });

  it('refuses a typed IOPS figure the size does not allow and names the rule', () => {
    const { store } = renderView(ebsView);
    fireEvent.click(screen.getByRole('radio', { name: /gp3/ }));
    const size = screen.getByRole('spinbutton', { name: /size, exact value/i });
    enter(size, '6');
    expect(screen.getByRole('slider', { name: 'Provisioned IOPS' })).toBeDisabled();
    const iops = screen.getByRole('spinbutton', { name: /provisioned iops, exact value/i });
    enter(iops, '4000');
    expect(screen.getByRole('alert')).toHaveTextContent('gp3 allows 500 IOPS per GiB: at 6 GiB at most 3,000 IOPS. Not applied');
    expect(inputs(store).iops).toBe(3000);
  });

  it('shows the calculation the way the pricing calculator does', () => {
    renderView(ebsView, { hash: '#/ebs?type=gp3&size=2000&iops=10000&throughput=500' });
    fireEvent.click(screen.getByRole('button', { name: 'Show calculation' }));
    const calc = screen.getByRole('list', { name: 'Calculation' });
    expect(within(calc).getByText(/Storage: 2,000 GB-month x \$0.08 x \(720 h \/ 720 h\) = \$160.00/)).toBeInTheDocument();
    expect(within(calc).getByText(/IOPS 3,001 to 10,000: 7,000 IOPS-month x \$0.005 .* = \$35.00/)).toBeInTheDocument();
    expect(within(calc).getByText(/Throughput above 125 MiB\/s: 375 MiB\/s-month x \$0.04 .* = \$15.00/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Hide calculation' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('names the bottleneck when volumes outrun the instance', () => {
    renderView(ebsView);
    const count = screen.getByRole('spinbutton', { name: /attached gp2 volumes/i });
    enter(count, '16');
    expect(screen.getByText(/Bottleneck: the instance caps IOPS; the instance caps throughput/)).toBeInTheDocument();
  });

  it('says when the chosen instance, not the volume, sets the delivered figures', () => {
    renderView(ebsView, { hash: '#/ebs?type=io1&size=500&iops=20000' });
    expect(screen.getByText(/at baseline, m5.large's EBS limit caps IOPS at 3,600 \(the volume could do 20,000\) and throughput at 77.5 MiB\/s \(the volume could do 500\)/)).toBeInTheDocument();
  });

  it('does not blame the instance for a figure the volume sets itself', () => {
    renderView(ebsView, { hash: '#/ebs?type=gp2&size=250' });
    expect(screen.getByText(/m5.large's EBS limit caps throughput at 77.5 MiB\/s \(the volume could do 187.5\); see/)).toBeInTheDocument();
    expect(screen.queryByText(/caps IOPS/)).not.toBeInTheDocument();
  });

  it('compares every type for a need, highlights the cheapest and can adopt it', () => {
    const { store } = renderView(ebsView);
    const list = screen.getByRole('list', { name: /each volume type for this need/i });
    expect(within(list).getAllByRole('listitem')).toHaveLength(7);
    // 250 MiB/s of 16 KiB I/Os is 16,000 IOPS: $40 + 13,000 x $0.005 + 125 x $0.04 = $110.
    expect(screen.getByText(/Cheapest: gp3 at \$110.00 per month/)).toBeInTheDocument();
    fireEvent.click(within(list).getByRole('button', { name: /use gp3/i }));
    expect(volume(store)).toEqual({ type: 'gp3', sizeGiB: 500, iops: 16000, throughputMiBps: 250 });
  });

  it('shows every type at a glance, with today\'s limits in the current edition, and opens one', () => {
    const { store } = renderView(ebsView, { hash: '#/ebs?edition=current' });
    const table = screen.getByRole('table', { name: /per-volume limits \(today's AWS\)/i });
    const gp3 = within(table).getByRole('row', { name: /gp3/ });
    expect(gp3).toHaveTextContent('80,000');
    expect(gp3).toHaveTextContent('2,000');
    expect(gp3).toHaveTextContent('1 to 65,536 GiB');
    expect(within(table).getAllByRole('row')).toHaveLength(7);
    fireEvent.click(within(table).getByRole('button', { name: 'Show sc1' }));
    expect(inputs(store).type).toBe('sc1');
  });

  it('lists six types in the current edition, where every io2 is Block Express', () => {
    renderView(ebsView, { hash: '#/ebs?edition=current' });
    const group = screen.getByRole('group', { name: 'Volume type' });
    expect(within(group).getAllByRole('radio')).toHaveLength(6);
    expect(within(group).getByRole('radio', { name: /io2 Block Express/ })).toBeInTheDocument();
  });

  it('paints its words, figures and controls before the chart\'s code arrives', () => {
    renderView(ebsView);
    expect(screen.getByRole('status')).toHaveTextContent('Loading chart');
    expect(stat('Baseline IOPS')).toMatch(/^300\s*IOPS/);
    expect(screen.getByText(/The red dot is your volume: 100 GiB at 300 IOPS/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'IOPS' })).toBeChecked();
  });

  it('says beside the controls what the rules changed, and opens the same volume in the burst view', () => {
    renderView(ebsView);
    expect(screen.getByRole('link', { name: /Open in burst view/ })).toHaveAttribute('href', '#/burst?edition=saa-c02&type=gp2&size=100');
    fireEvent.click(screen.getByRole('radio', { name: /st1/ }));
    expect(screen.getByText('Size set to 125 GiB: st1 volumes are 125 to 16,384 GiB.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Open in burst view/ })).toHaveAttribute('href', '#/burst?edition=saa-c02&type=st1&size=125');
    expect(screen.getByRole('radio', { name: 'Throughput (MiB/s)' })).toBeChecked();
    fireEvent.click(screen.getByRole('radio', { name: /gp3/ }));
    expect(screen.queryByRole('link', { name: /Open in burst view/ })).not.toBeInTheDocument();
  });
});
