/**
 * Bringing any volume within an edition's rules (values from a URL, a type or edition switch),
 * with the reason for each change taken from the rule it broke.
 */
import { describe, expect, it } from 'vitest';
import { EDITIONS, VOLUME_TYPES, clampVolume, volumeRules, volumeTypesFor, type VolumeType } from '../../../src/domain';

describe('clamp volume', () => {
  it('takes gp3 at 6 GiB with 4,000 IOPS down to 3,000, citing 500 IOPS per GiB', () => {
    const { volume, adjustments } = clampVolume({ type: 'gp3', sizeGiB: 6, iops: 4_000 }, 'saa-c02');
    expect(volume).toEqual({ type: 'gp3', sizeGiB: 6, iops: 3_000, throughputMiBps: 125 });
    expect(adjustments).toEqual([{
      field: 'iops', from: 4_000, to: 3_000, reason: 'gp3 allows 500 IOPS per GiB: at 6 GiB at most 3,000 IOPS',
    }]);
  });

  it('fills in gp3\'s included 3,000 IOPS and 125 MiB/s without calling it a change', () => {
    expect(clampVolume({ type: 'gp3', sizeGiB: 100 }, 'current')).toEqual({
      volume: { type: 'gp3', sizeGiB: 100, iops: 3_000, throughputMiBps: 125 }, adjustments: [],
    });
  });

  it('fills in the 100 IOPS minimum of io1 and io2', () => {
    for (const edition of EDITIONS) {
      expect(clampVolume({ type: 'io1', sizeGiB: 100 }, edition).volume).toEqual({ type: 'io1', sizeGiB: 100, iops: 100 });
      expect(clampVolume({ type: 'io2', sizeGiB: 100 }, edition).volume).toEqual({ type: 'io2', sizeGiB: 100, iops: 100 });
    }
  });

  it('rounds sizes to whole GiB and keeps them within the type\'s range', () => {
    expect(clampVolume({ type: 'gp2', sizeGiB: 100.4 }, 'saa-c02')).toEqual({
      volume: { type: 'gp2', sizeGiB: 100 },
      adjustments: [{ field: 'sizeGiB', from: 100.4, to: 100, reason: 'Sizes are whole GiB' }],
    });
    expect(clampVolume({ type: 'st1', sizeGiB: 10 }, 'saa-c02').adjustments[0]).toEqual({
      field: 'sizeGiB', from: 10, to: 125, reason: 'st1 volumes are 125 to 16,384 GiB',
    });
    expect(clampVolume({ type: 'io1', sizeGiB: -5 }, 'current').volume.sizeGiB).toBe(4);
  });

  it('shrinks a 64 TiB gp3 volume to 16 TiB in saa-c02 and keeps it today', () => {
    expect(clampVolume({ type: 'gp3', sizeGiB: 65_536 }, 'saa-c02').volume.sizeGiB).toBe(16_384);
    expect(clampVolume({ type: 'gp3', sizeGiB: 65_536 }, 'current').adjustments).toEqual([]);
  });

  it('brings today\'s largest gp3 back to 2021 limits: 16,000 IOPS and 1,000 MiB/s', () => {
    const { volume, adjustments } = clampVolume({ type: 'gp3', sizeGiB: 160, iops: 80_000, throughputMiBps: 2_000 }, 'saa-c02');
    expect(volume).toEqual({ type: 'gp3', sizeGiB: 160, iops: 16_000, throughputMiBps: 1_000 });
    expect(adjustments.map((a) => a.reason)).toEqual([
      'gp3 allows at most 16,000 IOPS per volume', 'gp3 allows at most 1,000 MiB/s per volume',
    ]);
  });

  it('judges gp3 throughput at the clamped IOPS: 800 MiB/s at 3,000 IOPS becomes 750', () => {
    const { volume, adjustments } = clampVolume({ type: 'gp3', sizeGiB: 100, iops: 3_000, throughputMiBps: 800 }, 'saa-c02');
    expect(volume.throughputMiBps).toBe(750);
    expect(adjustments[0]?.reason).toBe('gp3 allows 0.25 MiB/s per IOPS: at 3,000 IOPS at most 750 MiB/s');
  });

  it('raises IOPS below the minimum and rounds fractional IOPS', () => {
    expect(clampVolume({ type: 'gp3', sizeGiB: 100, iops: 2_000 }, 'saa-c02').adjustments[0]?.reason).toBe('gp3 needs at least 3,000 IOPS');
    const { volume, adjustments } = clampVolume({ type: 'io1', sizeGiB: 100, iops: 1_000.6 }, 'saa-c02');
    expect(volume.iops).toBe(1_001);
    expect(adjustments[0]).toEqual({ field: 'iops', from: 1_000.6, to: 1_001, reason: 'IOPS are whole numbers' });
  });

  it('drops IOPS and throughput where they follow from size or IOPS', () => {
    expect(clampVolume({ type: 'gp2', sizeGiB: 100, iops: 9_999, throughputMiBps: 9 }, 'saa-c02').volume).toEqual({ type: 'gp2', sizeGiB: 100 });
    expect(clampVolume({ type: 'sc1', sizeGiB: 500, iops: 1 }, 'current').volume).toEqual({ type: 'sc1', sizeGiB: 500 });
    expect(clampVolume({ type: 'io1', sizeGiB: 100, iops: 2_000, throughputMiBps: 1 }, 'saa-c02').volume)
      .toEqual({ type: 'io1', sizeGiB: 100, iops: 2_000 });
  });

  it('lists io2 Block Express as io2 today, with its reason, and keeps it apart in saa-c02', () => {
    const today = clampVolume({ type: 'io2-block-express', sizeGiB: 256, iops: 256_000 }, 'current');
    expect(today.volume).toEqual({ type: 'io2', sizeGiB: 256, iops: 256_000 });
    expect(today.adjustments).toEqual([{
      field: 'type', from: 'io2-block-express', to: 'io2', reason: 'Every io2 volume is Block Express today, so it is listed as io2',
    }]);
    expect(clampVolume({ type: 'io2-block-express', sizeGiB: 256, iops: 256_000 }, 'saa-c02').adjustments).toEqual([]);
  });

  it('caps 2021 io2 at 500 IOPS per GiB where today\'s io2 allows 1,000', () => {
    expect(clampVolume({ type: 'io2', sizeGiB: 100, iops: 100_000 }, 'saa-c02').volume.iops).toBe(50_000);
    expect(clampVolume({ type: 'io2', sizeGiB: 100, iops: 100_000 }, 'current').volume.iops).toBe(100_000);
  });
});

describe.each(EDITIONS)('clamping everything to the top (%s)', (edition) => {
  it.each(VOLUME_TYPES.filter((t) => volumeTypesFor(edition).includes(t)))('gives %s its largest size and, if provisioned, its most IOPS and throughput', (type: VolumeType) => {
    const r = volumeRules(type, edition);
    const { volume } = clampVolume({ type, sizeGiB: 1e9, iops: 1e9, throughputMiBps: 1e9 }, edition);
    expect(volume.sizeGiB).toBe(r.maxSizeGiB);
    if (volume.iops !== undefined) expect(volume.iops).toBe(r.maxIops);
    if (volume.throughputMiBps !== undefined) expect(volume.throughputMiBps).toBe(r.maxThroughputMiBps);
  });
});

describe('clampVolume given values that are not numbers', () => {
  it('falls back to the minimum size and the default IOPS and throughput', () => {
    const { volume } = clampVolume({ type: 'gp3', sizeGiB: Number.NaN, iops: Number.NaN, throughputMiBps: Number.POSITIVE_INFINITY }, 'saa-c02');
    expect(volume).toEqual({ type: 'gp3', sizeGiB: 1, iops: 3_000, throughputMiBps: 125 });
  });
});
