import { describe, expect, it } from 'vitest';
import { ebsActions } from '../../../src/features/ebs/actions';
import { ebsState } from '../../../src/features/ebs/params';
import { defaultsOf } from '../../../src/store/view-state';
import { viewStore } from '../../support/view-state';

const start = (hash?: string) => viewStore(ebsState, ebsActions, hash);
/** The volume on screen, as the view builds it from its flat inputs. */
const volumeOf = (v: ReturnType<typeof start>) => {
  const { type, sizeGiB, iops, throughputMiBps } = v.inputs();
  return { type, sizeGiB, iops, throughputMiBps };
};
const switchNotice = (v: ReturnType<typeof start>, label: string) =>
  v.store.getState().notices.find((n) => n.view === 'ebs' && n.title === `Switching to ${label} changed some values`);

describe('the EBS view\'s intents', () => {
  it('starts with a 100 GiB gp2 volume on an m5.large, and the need the comparison answers', () => {
    expect(start().inputs()).toEqual({
      type: 'gp2', sizeGiB: 100, iops: undefined, throughputMiBps: undefined, instance: 'm5.large', volumeCount: 1,
      hoursPerMonth: 720, chartMetric: 'iops', showCalculation: false, needSizeGiB: 500, needIops: 6000, needThroughputMiBps: 250, needIoKiB: 16, needPattern: 'random',
    });
  });

  it('gives a newly chosen provisioned type its starting IOPS and included throughput', () => {
    const v = start();
    v.actions.chooseVolumeType('gp3');
    expect(volumeOf(v)).toEqual({ type: 'gp3', sizeGiB: 100, iops: 3000, throughputMiBps: 125 });
    v.actions.chooseVolumeType('io1');
    expect(volumeOf(v)).toEqual({ type: 'io1', sizeGiB: 100, iops: 3000, throughputMiBps: undefined });
  });

  it('says why a size change lowered IOPS', () => {
    const v = start();
    v.actions.chooseVolumeType('io1');
    v.actions.setIops(5000);
    v.actions.resizeVolume(20);
    expect(v.inputs().iops).toBe(1000);
    expect(v.messages()).toEqual(['IOPS set to 1,000 IOPS: io1 allows 50 IOPS per GiB: at 20 GiB at most 1,000 IOPS.']);
  });

  it('clears what the rules said once the next intent needs no adjustment', () => {
    const v = start();
    v.actions.chooseVolumeType('st1');
    expect(v.messages()).toHaveLength(1);
    v.actions.resizeVolume(500);
    expect(v.messages()).toEqual([]);
  });

  it('raises an HDD volume to its minimum size when the type changes', () => {
    const v = start();
    v.actions.chooseVolumeType('st1');
    expect(volumeOf(v)).toEqual({ type: 'st1', sizeGiB: 125, iops: undefined, throughputMiBps: undefined });
    expect(v.messages()[0]).toMatch(/st1 volumes are 125 to 16,384 GiB/);
  });

  it('lowers gp3 from 80,000 to 16,000 IOPS in SAA-C02, says so in a notice, and gives back 80,000 in current', () => {
    const v = start('#/ebs?edition=current');
    v.actions.chooseVolumeType('gp3');
    v.actions.resizeVolume(200);
    v.actions.setIops(80_000);
    expect(v.inputs().iops).toBe(80_000);
    v.store.getState().switchEdition('saa-c02');
    expect(v.inputs().iops).toBe(16_000);
    expect(switchNotice(v, 'SAA-C02 (2021)')?.items).toEqual(['IOPS set to 16,000 IOPS: gp3 allows at most 16,000 IOPS per volume.']);
    expect(v.messages()).toEqual([]);
    v.store.getState().switchEdition('current');
    expect(volumeOf(v)).toEqual({ type: 'gp3', sizeGiB: 200, iops: 80_000, throughputMiBps: 125 });
  });

  it('falls back to the first instance of the SAA-C02 table for one only today lists, and gives it back in current', () => {
    const v = start('#/ebs?edition=current');
    v.actions.chooseInstance('m6in.32xlarge');
    v.store.getState().switchEdition('saa-c02');
    expect(v.inputs().instance).toBe('m5.large');
    expect(switchNotice(v, 'SAA-C02 (2021)')?.items).toEqual(["Instance set to m5.large: m6in.32xlarge is not in this edition's instance table."]);
    v.store.getState().switchEdition('current');
    expect(v.inputs().instance).toBe('m6in.32xlarge');
  });

  it('keeps the volume count, the hours and the need within the interface ranges', () => {
    const v = start();
    v.actions.setVolumeCount(99);
    v.actions.setHoursPerMonth(0);
    v.actions.setNeed({ iops: 300_000 });
    v.actions.setNeed({ sizeGiB: 0, throughputMiBps: 120.6 });
    expect(v.inputs()).toMatchObject({ volumeCount: 16, hoursPerMonth: 1, needSizeGiB: 1, needIops: 256_000, needThroughputMiBps: 121 });
    v.actions.setNeed({ ioSizeKiB: 1, pattern: 'sequential' });
    expect(v.inputs()).toMatchObject({ needIoKiB: 4, needPattern: 'sequential' });
  });

  it('says what the edition switch changed, in the words of the rules', () => {
    const v = start('#/ebs?edition=current');
    v.actions.chooseVolumeType('gp3');
    v.actions.resizeVolume(20_000);
    v.store.getState().switchEdition('saa-c02');
    expect(switchNotice(v, 'SAA-C02 (2021)')?.items[0]).toBe('Size set to 16,384 GiB: gp3 volumes are 1 to 16,384 GiB.');
  });

  it('opens the chart on throughput for HDD types and back on IOPS for SSD', () => {
    const v = start();
    v.actions.chooseVolumeType('st1');
    expect(v.inputs().chartMetric).toBe('throughput');
    v.actions.chooseVolumeType('gp3');
    expect(v.inputs().chartMetric).toBe('iops');
    v.actions.setChartMetric('throughput');
    v.actions.chooseVolumeType('io1');
    expect(v.inputs().chartMetric).toBe('throughput');
  });

  it('announces a configuration adopted from the comparison', () => {
    const v = start();
    v.actions.adoptConfiguration({ type: 'gp3', sizeGiB: 500, iops: 6000, throughputMiBps: 250 });
    expect(volumeOf(v)).toEqual({ type: 'gp3', sizeGiB: 500, iops: 6000, throughputMiBps: 250 });
    expect(v.messages()).toEqual(['Now showing the compared gp3 volume: 500 GiB, 6,000 IOPS, 250 MiB/s.']);
  });

  it('announces an adopted configuration with the figures it lands on, then what the rules moved', () => {
    const v = start();
    v.actions.adoptConfiguration({ type: 'st1', sizeGiB: 50 });
    expect(v.inputs()).toMatchObject({ type: 'st1', sizeGiB: 125, chartMetric: 'throughput' });
    expect(v.messages()).toEqual([
      'Now showing the compared st1 volume: 125 GiB.',
      'Size set to 125 GiB: st1 volumes are 125 to 16,384 GiB.',
    ]);
  });

  it('shows and hides the calculation', () => {
    const v = start();
    v.actions.toggleCalculation();
    expect(v.inputs().showCalculation).toBe(true);
    v.actions.toggleCalculation();
    expect(v.inputs().showCalculation).toBe(false);
  });

  it('resets the view to its starting values', () => {
    const v = start();
    v.actions.resizeVolume(900);
    v.actions.chooseInstance('c5.18xlarge');
    v.store.getState().resetView('ebs');
    expect(v.inputs()).toEqual(defaultsOf(ebsState));
  });
});
