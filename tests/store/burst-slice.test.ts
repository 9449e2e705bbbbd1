import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/store/create-app-store';
import { totalSecondsOf, workloadOf } from '../../src/store/burst-workload';

describe('the burst slice', () => {
  it('starts on a 100 GiB gp2 volume under the nightly batch', () => {
    const { burst, edition } = createAppStore().getState();
    expect(burst.volume).toEqual({ type: 'gp2', sizeGiB: 100 });
    expect(totalSecondsOf(workloadOf(burst, edition))).toBe(86_400);
  });

  it('turns a preset into a custom workload when a segment is edited', () => {
    const store = createAppStore();
    const before = workloadOf(store.getState().burst, 'saa-c02');
    store.getState().editSegment(1, { demand: 2000 });
    const { burst } = store.getState();
    expect(burst.preset).toBe('custom');
    expect(burst.segments[1]?.demand).toBe(2000);
    expect(burst.segments.length).toBe(before.length);
  });

  it('adds and removes segments, keeping at least one', () => {
    const store = createAppStore();
    const n = workloadOf(store.getState().burst, 'saa-c02').length;
    store.getState().addSegment(0);
    expect(store.getState().burst.segments.length).toBe(n + 1);
    for (let i = 0; i < n + 2; i++) store.getState().removeSegment(0);
    expect(store.getState().burst.segments.length).toBe(1);
    expect(store.getState().burstMessages).toEqual(['A workload needs at least one segment.']);
  });

  it('keeps the playhead within the workload', () => {
    const store = createAppStore();
    store.getState().movePlayhead(10 ** 9);
    expect(store.getState().burst.playheadSeconds).toBe(86_400);
    store.getState().movePlayhead(-5);
    expect(store.getState().burst.playheadSeconds).toBe(0);
  });

  it('raises the size to the HDD minimum and keeps a preset the new type has', () => {
    const store = createAppStore();
    store.getState().chooseWorkloadPreset('boot-storm');
    store.getState().chooseBurstType('st1');
    expect(store.getState().burst.volume).toEqual({ type: 'st1', sizeGiB: 125 });
    expect(store.getState().burst.preset).toBe('nightly-batch');
    expect(store.getState().burstMessages[0]).toMatch(/st1 volumes are 125 to 16,384 GiB/);
  });
});
