import { describe, expect, it } from 'vitest';
import { burstActions } from '../../../src/features/burst/actions';
import { burstState } from '../../../src/features/burst/params';
import { totalSecondsOf, workloadOf } from '../../../src/features/burst/workload';
import { defaultsOf } from '../../../src/store/view-state';
import { viewStore } from '../../support/view-state';

const start = (hash?: string) => viewStore(burstState, burstActions, hash);

describe('the burst view\'s intents', () => {
  it('starts on a 100 GiB gp2 volume under the nightly batch', () => {
    const v = start();
    expect(v.inputs()).toMatchObject({ type: 'gp2', sizeGiB: 100, preset: 'nightly-batch', playheadSeconds: 0, startBalancePercent: 100 });
    expect(totalSecondsOf(workloadOf(v.inputs(), 'saa-c02'))).toBe(86_400);
  });

  it('turns a preset into a custom workload when a segment is edited', () => {
    const v = start();
    const before = workloadOf(v.inputs(), 'saa-c02');
    v.actions.editSegment(1, { demand: 2000 });
    expect(v.inputs().preset).toBe('custom');
    expect(v.inputs().segments[1]?.demand).toBe(2000);
    expect(v.inputs().segments.length).toBe(before.length);
  });

  it('keeps a custom workload within the explorer\'s limits, and says what it changed', () => {
    const v = start();
    v.actions.editSegment(0, { demand: 2_000_000 });
    expect(v.inputs().segments[0]?.demand).toBe(1_000_000);
    expect(v.messages()).toEqual(['segment 1: demand 2,000,000 is above the ceiling of 1,000,000: used 1,000,000']);
  });

  it('adds and removes segments, keeping at least one', () => {
    const v = start();
    const n = workloadOf(v.inputs(), 'saa-c02').length;
    v.actions.addSegment(0);
    expect(v.inputs().segments.length).toBe(n + 1);
    for (let i = 0; i < n + 2; i++) v.actions.removeSegment(0);
    expect(v.inputs().segments.length).toBe(1);
    expect(v.messages()).toEqual(['A workload needs at least one segment.']);
  });

  it('adds no segment past 200 segments or 7 days', () => {
    const full = start(`#/burst?segs=${Array.from({ length: 200 }, () => '60x10').join(',')}`);
    full.actions.addSegment(0);
    expect(full.inputs().segments.length).toBe(200);
    expect(full.messages()).toEqual(['A workload holds at most 200 segments.']);
    const week = start('#/burst?segs=604800x10');
    week.actions.addSegment(0);
    expect(week.inputs().segments).toEqual([{ durationSeconds: 604_800, demand: 10 }]);
    expect(week.messages()).toEqual(['A workload lasts at most 7 days: shorten a segment first.']);
  });

  it('keeps the playhead within the workload', () => {
    const v = start();
    v.actions.movePlayhead(10 ** 9);
    expect(v.inputs().playheadSeconds).toBe(86_400);
    v.actions.movePlayhead(-5);
    expect(v.inputs().playheadSeconds).toBe(0);
    v.actions.chooseWorkloadPreset('weekly-report');
    v.actions.movePlayhead(300_000);
    v.actions.chooseWorkloadPreset('steady');
    expect(v.inputs().playheadSeconds).toBe(86_400);
  });

  it('keeps what the last change said while the playhead moves', () => {
    const v = start();
    v.actions.chooseBurstType('st1');
    const said = v.messages();
    expect(said).toHaveLength(1);
    v.actions.movePlayhead(3_600);
    expect(v.messages()).toEqual(said);
    v.actions.setStartBalance(50);
    expect(v.messages()).toEqual([]);
  });

  it('raises the size to the HDD minimum and keeps a preset the new type has', () => {
    const v = start();
    v.actions.chooseWorkloadPreset('boot-storm');
    v.actions.chooseBurstType('st1');
    expect(v.inputs()).toMatchObject({ type: 'st1', sizeGiB: 125, preset: 'nightly-batch' });
    expect(v.messages()[0]).toMatch(/st1 volumes are 125 to 16,384 GiB/);
    v.actions.resizeBurstVolume(50);
    expect(v.messages()).toEqual(['Size set to 125 GiB: st1 volumes are 125 to 16,384 GiB.']);
  });

  it('drops a custom workload in IOPS for a type that works in MiB/s, and keeps it between st1 and sc1', () => {
    const v = start();
    v.actions.editSegment(1, { demand: 2000 });
    v.actions.chooseBurstType('st1');
    expect(v.inputs()).toMatchObject({ preset: 'nightly-batch', segments: [] });
    expect(v.messages()).toEqual([
      'Size set to 125 GiB: st1 volumes are 125 to 16,384 GiB.',
      'Your custom workload was in IOPS; st1 works in MiB/s, so its nightly batch is shown instead.',
    ]);
    v.actions.editSegment(0, { demand: 5 });
    v.actions.chooseBurstType('sc1');
    expect(v.inputs().preset).toBe('custom');
    expect(v.inputs().segments[0]?.demand).toBe(5);
  });

  it('keeps the start balance a whole percentage of the bucket, toggles the snapshot, and resets', () => {
    const v = start();
    v.actions.setStartBalance(33.4);
    expect(v.inputs().startBalancePercent).toBe(33);
    v.actions.setStartBalance(140);
    expect(v.inputs().startBalancePercent).toBe(100);
    v.actions.toggleSnapshot();
    // The default volume is gp2, where a snapshot changes nothing: the flag is not kept.
    expect(v.inputs().snapshotInProgress).toBe(false);
    v.actions.chooseBurstType('st1');
    v.actions.toggleSnapshot();
    expect(v.inputs().snapshotInProgress).toBe(true);
    v.store.getState().resetView('burst');
    expect(v.inputs()).toEqual(defaultsOf(burstState));
  });

  it('drops a snapshot flag for gp2: from a link, saying so, and when the type changes to gp2', () => {
    const v = start('#/burst?type=gp2&snapshot=1');
    expect(v.inputs().snapshotInProgress).toBe(false);
    v.actions.chooseBurstType('st1');
    expect(v.inputs().snapshotInProgress).toBe(false);
    v.actions.toggleSnapshot();
    expect(v.inputs().snapshotInProgress).toBe(true);
    v.actions.chooseBurstType('gp2');
    expect(v.inputs().snapshotInProgress).toBe(false);
    v.actions.chooseBurstType('sc1');
    expect(v.inputs().snapshotInProgress).toBe(false);
  });
});
