/**
 * The fresh-eyes review of #/ebs: the comparison says what the I/Os carry and sizes for the MiB/s
 * asked (aws-facts §1.2), a refusal names the limit that binds (§1.1), and in 2021 Block Express is
 * a preview on R5b only (§1.6).
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import ebsView from '../../../src/features/ebs';
import { renderView } from '../../support/render-with-store';

const answer = (type: RegExp) => within(screen.getByRole('list', { name: 'Each volume type for this need' }))
  .getAllByRole('listitem').find((li) => type.test(li.textContent ?? ''));

describe('the comparison counts the I/Os the need carries', () => {
  it('with the defaults shows 6,000 x 16 KiB = 94 MiB/s and sizes gp3 for 250 MiB/s / 16 KiB = 16,000 IOPS', () => {
    renderView(ebsView);
    expect(screen.getByText(/6,000 x 16 KiB = 94 MiB\/s\. The 250 MiB\/s asked is more, so the need implies larger I\/Os or more IOPS at that size: each type is sized for more IOPS, max\(6,000, 250 MiB\/s \/ 16 KiB\) = 16,000 IOPS of 16 KiB\./))
      .toBeInTheDocument();
    const gp3 = answer(/^gp3/)!;
    expect(gp3).toHaveTextContent('500 GiB, 16,000 IOPS, 250 MiB/s');
    expect(gp3).toHaveTextContent('16,000 I/Os of 16 KiB; SSD counts each as one.');
    expect(gp3).not.toHaveTextContent(/up to 256 KiB/);
  });

  it('says the IOPS asked when they carry the MiB/s: 2,000 x 128 KiB = 250 MiB/s, counted one each', () => {
    renderView(ebsView, { hash: '#/ebs?needIops=2000&needThroughput=250&needIo=128' });
    expect(screen.getByText(/2,000 x 128 KiB = 250 MiB\/s\./)).toBeInTheDocument();
    expect(answer(/^gp3/)).toHaveTextContent('2,000 I/Os of 128 KiB; SSD counts each as one.');
  });
});

describe('a refusal names the limit that binds', () => {
  it('100,000 IOPS of 16 KiB in 2021: gp3 allows at most 16,000 IOPS, not "moves at most 1,000 MiB/s"', () => {
    renderView(ebsView, { hash: '#/ebs?edition=saa-c02&needIops=100000&needThroughput=250&needIo=16' });
    expect(answer(/^gp3/)).toHaveTextContent('Cannot meet it: gp3 allows at most 16,000 IOPS');
    expect(answer(/^io1/)).toHaveTextContent('Cannot meet it: io1 allows at most 64,000 IOPS');
    expect(screen.queryByText(/moves at most 1,000 MiB\/s/)).not.toBeInTheDocument();
  });

  it('shows the derived MiB/s when they bind: 15,000 x 128 KiB = 1,875 MiB/s > 1,000', () => {
    renderView(ebsView, { hash: '#/ebs?edition=saa-c02&needIops=15000&needThroughput=250&needIo=128' });
    expect(answer(/^gp3/)).toHaveTextContent('Cannot meet it: gp3 moves at most 1,000 MiB/s: 15,000 x 128 KiB = 1,875 MiB/s > 1,000');
  });
});

describe('io2 Block Express in 2021: a preview on R5b only', () => {
  it('labels it "(R5b only, preview)" in the 2021 comparison, not today', () => {
    renderView(ebsView, { hash: '#/ebs?edition=saa-c02' });
    expect(answer(/^io2 Block Express/)).toHaveTextContent(/^io2 Block Express \(R5b only, preview\)/);
  });

  it('plainly names it in the current edition', () => {
    renderView(ebsView, { hash: '#/ebs?edition=current' });
    expect(screen.queryByText(/R5b only, preview/)).not.toBeInTheDocument();
  });

  it('notes a Block Express volume on a non-R5b instance, like the reverse io2-on-R5b note', () => {
    renderView(ebsView, { hash: '#/ebs?edition=saa-c02&type=io2-block-express&size=500&iops=3000&instance=m5.large' });
    expect(screen.getByText('In 2021 io2 Block Express was a preview on R5b instances only (UG21): not available on this instance.')).toBeInTheDocument();
  });

  it('keeps the note away on R5b', () => {
    renderView(ebsView, { hash: '#/ebs?edition=saa-c02&type=io2-block-express&size=500&iops=3000&instance=r5b.24xlarge' });
    expect(screen.queryByText(/was a preview on R5b instances only/)).not.toBeInTheDocument();
  });
});

describe('AWS\'s first st1 row', () => {
  it('says at 125 GiB that the 0.125 TiB row (5 / 31 MiB/s) is 128 GiB', () => {
    renderView(ebsView, { hash: '#/ebs?type=st1&size=125' });
    expect(screen.getByText("AWS's 0.125 TiB row is 128 GiB (st1 5 / 31 MiB/s); at 125 GiB the same per-TiB rates give 4.88 / 30.5 MiB/s.")).toBeInTheDocument();
  });
});
