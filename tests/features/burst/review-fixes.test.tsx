/**
 * The fresh-eyes review of #/burst: the scan preset says when the scan finishes, a gp2 link drops
 * the snapshot flag, captions and stats read like the playhead, stale field messages go, preset
 * lengths are whole minutes and AWS's first st1/sc1 row is 128 GiB.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import burstView from '../../../src/features/burst';
import { renderView } from '../../support/render-with-store';

const stat = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;

function enter(box: HTMLElement, text: string) {
  fireEvent.focus(box);
  fireEvent.change(box, { target: { value: text } });
  fireEvent.keyDown(box, { key: 'Enter' });
}

describe('the full-volume scan finishes, it does not lose work', () => {
  it('with a snapshot in progress, the worst case: the scan finishes at 07:16, 7.28 h instead of 1.17 h', () => {
    renderView(burstView, { hash: '#/burst?type=st1&size=1024&preset=full-scan&snapshot=1' });
    expect(screen.getByText('This 1,024 GiB st1 volume may drop as far as its 40 MiB/s baseline while the snapshot is in progress. '
      + 'In that worst case the scan reads 40 of the 250 MiB/s it asks for and finishes at 07:16, 7.28 h instead of 1.17 h.')).toBeInTheDocument();
    expect(stat('Scan finishes')).toBe('07:167.28 h instead of 1.17 h, worst case');
    expect(screen.queryByText('Demand served', { selector: 'dt' })).not.toBeInTheDocument();
    expect(screen.queryByText(/is held to its/)).not.toBeInTheDocument();
  });

  it('from a full bucket: 01:09, 1.17 h, as AWS\'s scan-time table', () => {
    renderView(burstView, { hash: '#/burst?type=st1&size=1024&preset=full-scan' });
    expect(stat('Scan finishes')).toBe('01:091.17 h');
  });

  it('shows the preset\'s segment lengths in whole minutes: 4,195 s is 70, not 69.92', () => {
    renderView(burstView, { hash: '#/burst?type=st1&size=1024&preset=full-scan' });
    expect(screen.getByRole('spinbutton', { name: 'Length of segment 1 (from 00:00) (min)' })).toHaveValue(70);
  });
});

describe('a snapshot applies to st1 and sc1 only', () => {
  it('drops snapshot=1 from a gp2 link and leaves the box clear on st1 (the link notice: params.test.ts)', () => {
    const { store } = renderView(burstView, { hash: '#/burst?type=gp2&snapshot=1' });
    expect(store.getState().views.burst!.inputs.snapshotInProgress).toBe(false);
    fireEvent.click(screen.getByRole('radio', { name: /st1/ }));
    expect(screen.getByRole('checkbox', { name: /a snapshot is in progress/i })).not.toBeChecked();
  });
});

describe('captions and stats read like the playhead', () => {
  it('says "starts empty; full at 15:00" for a bucket that starts empty', () => {
    renderView(burstView, { hash: '#/burst?type=gp2&size=100&preset=nightly-batch&start=0' });
    expect(screen.getByText(/100 GiB gp2, nightly batch: the bucket starts empty; full at 15:00\./)).toBeInTheDocument();
    expect(screen.queryByText(/the bucket empties at 00:00/)).not.toBeInTheDocument();
  });

  it('gives the time the bucket empties as "1 h 33 min after the start", not in seconds', () => {
    renderView(burstView);
    expect(stat('Bucket empties')).toBe('01:331 h 33 min after the start');
  });

  it('tells the reader the demand can be changed without dragging', () => {
    renderView(burstView);
    expect(screen.getByText(/The handles on the demand line can be dragged up or down, or edit the Segments table below\./)).toBeInTheDocument();
  });
});

describe('field messages belong to the workload they were typed for', () => {
  it('clears "Not applied" when the workload changes, and when the type changes', () => {
    renderView(burstView);
    const table = () => screen.getByRole('table', { name: /workload segments/i });
    enter(within(table()).getByRole('spinbutton', { name: 'Length of segment 1 (from 00:00) (min)' }), '99999');
    expect(within(table()).getByRole('alert')).toHaveTextContent('Enter 1 to 10,080 min. Not applied: 60 min kept.');
    fireEvent.click(screen.getByRole('radio', { name: /steady load/i }));
    expect(within(table()).queryByRole('alert')).not.toBeInTheDocument();

    enter(within(table()).getByRole('spinbutton', { name: 'Length of segment 1 (from 00:00) (min)' }), '99999');
    expect(within(table()).getByRole('alert')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('radio', { name: /sc1/ }));
    expect(within(table()).queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('AWS\'s first st1/sc1 row', () => {
  it('says at 125 GiB that the 0.125 TiB row is 128 GiB', () => {
    renderView(burstView, { hash: '#/burst?type=st1&size=125' });
    expect(screen.getByText(/AWS's 0\.125 TiB row is 128 GiB \(st1 5 \/ 31 MiB\/s\); at 125 GiB the same per-TiB rates give 4\.88 \/ 30\.5 MiB\/s\./)).toBeInTheDocument();
  });
});
