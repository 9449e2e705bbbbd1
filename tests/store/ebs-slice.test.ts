import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/store/create-app-store';
import { selectVolume } from '../../src/store/selectors';

describe('the EBS slice', () => {
  it('starts with a 100 GiB gp2 volume', () => {
    expect(selectVolume(createAppStore().getState())).toEqual({ type: 'gp2', sizeGiB: 100 });
  });

  it('gives a newly chosen provisioned type its starting IOPS and included throughput', () => {
    const store = createAppStore();
    store.getState().chooseVolumeType('gp3');
    expect(selectVolume(store.getState())).toEqual({ type: 'gp3', sizeGiB: 100, iops: 3000, throughputMiBps: 125 });
  });

  it('says why a size change lowered IOPS', () => {
    const store = createAppStore();
    store.getState().chooseVolumeType('io1');
    store.getState().setIops(5000);
    store.getState().resizeVolume(20);
    expect(selectVolume(store.getState()).iops).toBe(1000);
    expect(store.getState().ebsAdjustments).toEqual(['IOPS set to 1,000 IOPS: io1 allows 50 IOPS per GiB: at 20 GiB at most 1,000 IOPS.']);
  });

  it('raises an HDD volume to its minimum size when the type changes', () => {
    const store = createAppStore();
    store.getState().chooseVolumeType('st1');
    expect(selectVolume(store.getState())).toEqual({ type: 'st1', sizeGiB: 125 });
    expect(store.getState().ebsAdjustments[0]).toMatch(/st1 volumes are 125 to 16,384 GiB/);
  });

  it('brings the volume inside the 2021 rules when the edition switches back', () => {
    const store = createAppStore({ edition: 'current' });
    store.getState().chooseVolumeType('gp3');
    store.getState().resizeVolume(200);
    store.getState().setIops(80_000);
    expect(selectVolume(store.getState()).iops).toBe(80_000);
    store.getState().switchEdition('saa-c02');
    expect(selectVolume(store.getState()).iops).toBe(16_000);
    expect(store.getState().ebsAdjustments.join()).toContain('16,000');
  });

  it('keeps a chosen instance valid across editions', () => {
    const store = createAppStore({ edition: 'current' });
    store.getState().chooseInstance('m6in.32xlarge');
    store.getState().switchEdition('saa-c02');
    expect(store.getState().ebs.instance).toBe('m5.large');
  });

  it('keeps the volume count and hours within the interface ranges', () => {
    const store = createAppStore();
    store.getState().setVolumeCount(99);
    store.getState().setHoursPerMonth(0);
    expect(store.getState().ebs.volumeCount).toBe(16);
    expect(store.getState().ebs.hoursPerMonth).toBe(1);
  });

  it('says what the edition switch changed, in the words of the rules', () => {
    const store = createAppStore({ edition: 'current' });
    store.getState().chooseVolumeType('gp3');
    store.getState().resizeVolume(20_000);
    store.getState().switchEdition('saa-c02');
    expect(store.getState().ebsAdjustments[0]).toBe('Size set to 16,384 GiB: gp3 volumes are 1 to 16,384 GiB.');
  });

  it('opens the chart on throughput for HDD types and back on IOPS for SSD', () => {
    const store = createAppStore();
    store.getState().chooseVolumeType('st1');
    expect(store.getState().ebs.chartMetric).toBe('throughput');
    store.getState().chooseVolumeType('gp3');
    expect(store.getState().ebs.chartMetric).toBe('iops');
  });

  it('announces a configuration adopted from the comparison', () => {
    const store = createAppStore();
    store.getState().adoptConfiguration({ type: 'gp3', sizeGiB: 500, iops: 6000, throughputMiBps: 250 });
    expect(store.getState().ebsAdjustments).toEqual(['Now showing the compared gp3 volume: 500 GiB, 6,000 IOPS, 250 MiB/s.']);
  });

  it('resets the view to its starting values', () => {
    const store = createAppStore();
    store.getState().resizeVolume(900);
    store.getState().resetView('ebs');
    expect(selectVolume(store.getState())).toEqual({ type: 'gp2', sizeGiB: 100 });
  });
});
