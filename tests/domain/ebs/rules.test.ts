/**
 * Sizes, provisionable ranges and the messages that name a broken rule (shared/aws-facts.md §1.1,
 * §1.3 gp3 ratios, §1.5 io1/io2 ratios, §1.6 Block Express).
 */
import { describe, expect, it } from 'vitest';
import {
  EDITIONS, VOLUME_TYPES, provisioningRange, provisions, validateVolume, volumeRules, type Volume, type VolumeType,
} from '../../../src/domain';

const messages = (v: Volume, edition: 'saa-c02' | 'current' = 'saa-c02') => validateVolume(v, edition).map((i) => i.message);

describe('volume rules', () => {
  it('give gp3 1 GiB to 16 TiB in saa-c02 and 1 GiB to 64 TiB today', () => {
    expect(volumeRules('gp3', 'saa-c02')).toMatchObject({ minSizeGiB: 1, maxSizeGiB: 16_384, maxIops: 16_000, maxThroughputMiBps: 1_000 });
    expect(volumeRules('gp3', 'current')).toMatchObject({ minSizeGiB: 1, maxSizeGiB: 65_536, maxIops: 80_000, maxThroughputMiBps: 2_000 });
  });

  it('say st1 and sc1 cannot boot and only io1, io2 and (today) Block Express Multi-Attach', () => {
    const multi = (edition: 'saa-c02' | 'current') => VOLUME_TYPES.filter((t) => volumeRules(t, edition).multiAttach);
    expect(multi('saa-c02')).toEqual(['io1', 'io2']);
    expect(multi('current')).toEqual(['io1', 'io2', 'io2-block-express']);
    for (const edition of EDITIONS) {
      expect(VOLUME_TYPES.filter((t) => !volumeRules(t, edition).bootable)).toEqual(['st1', 'sc1']);
    }
  });
});

describe('what a person provisions', () => {
  it.each(EDITIONS)('in %s: IOPS for gp3 and the io types, throughput for gp3 only, nothing for gp2, st1, sc1', (edition) => {
    const table = Object.fromEntries(VOLUME_TYPES.map((t) => [t, provisions(t, edition)]));
    expect(table).toEqual({
      gp2: { iops: false, throughput: false }, gp3: { iops: true, throughput: true },
      io1: { iops: true, throughput: false }, io2: { iops: true, throughput: false },
      'io2-block-express': { iops: true, throughput: false },
      st1: { iops: false, throughput: false }, sc1: { iops: false, throughput: false },
    });
  });
});

describe('provisioning range', () => {
  type Case = [VolumeType, 'saa-c02' | 'current', number, number, number, number, number];
  it.each<Case>([
    // type, edition, size GiB, min IOPS, max IOPS, min MiB/s, max MiB/s (at max IOPS)
    ['gp3', 'saa-c02', 1, 3_000, 3_000, 125, 750],
    ['gp3', 'saa-c02', 6, 3_000, 3_000, 125, 750],
    ['gp3', 'saa-c02', 8, 3_000, 4_000, 125, 1_000],
    ['gp3', 'saa-c02', 32, 3_000, 16_000, 125, 1_000],
    ['gp3', 'current', 32, 3_000, 16_000, 125, 2_000],
    ['gp3', 'current', 160, 3_000, 80_000, 125, 2_000],
    ['io1', 'saa-c02', 4, 100, 200, 25, 50],
    ['io1', 'current', 100, 100, 5_000, 25, 500],
    ['io1', 'saa-c02', 1_280, 100, 64_000, 25, 1_000],
    ['io2', 'saa-c02', 100, 100, 50_000, 25, 781.25],
    ['io2', 'saa-c02', 128, 100, 64_000, 25, 1_000],
    ['io2', 'current', 100, 100, 100_000, 25.6, 4_000],
    ['io2-block-express', 'saa-c02', 256, 100, 256_000, 25.6, 4_000],
    ['io2-block-express', 'current', 256, 100, 256_000, 25.6, 4_000],
    ['gp2', 'saa-c02', 100, 300, 300, 75, 75],
    ['gp2', 'current', 1_000, 3_000, 3_000, 250, 250],
    ['st1', 'saa-c02', 1_024, 40, 40, 40, 40],
    ['sc1', 'current', 16_384, 192, 192, 192, 192],
  ])('%s in %s at %i GiB: %i-%i IOPS, %f-%f MiB/s', (type, edition, size, minIops, maxIops, minTp, maxTp) => {
    const r = provisioningRange(type, size, edition);
    expect(r.minIops).toBe(minIops);
    expect(r.maxIops).toBe(maxIops);
    expect(r.minThroughputMiBps).toBeCloseTo(minTp, 9);
    expect(r.maxThroughputMiBps).toBeCloseTo(maxTp, 9);
  });

  it('gives gp3 throughput at the volume\'s IOPS: 0.25 MiB/s per IOPS, 750 at 3,000, 1,000 from 4,000 (2021)', () => {
    expect(provisioningRange('gp3', 100, 'saa-c02', 3_000).maxThroughputMiBps).toBe(750);
    expect(provisioningRange('gp3', 100, 'saa-c02', 4_000).maxThroughputMiBps).toBe(1_000);
    expect(provisioningRange('gp3', 100, 'current', 4_000).maxThroughputMiBps).toBe(1_000);
    expect(provisioningRange('gp3', 100, 'current', 8_000).maxThroughputMiBps).toBe(2_000);
  });

  it('gives io1/io2 one throughput for given IOPS: 48,000 IOPS -> 750 MiB/s', () => {
    expect(provisioningRange('io1', 1_280, 'saa-c02', 48_000)).toMatchObject({ minThroughputMiBps: 750, maxThroughputMiBps: 750 });
  });
});

describe('validate volume', () => {
  it('accepts a gp3 volume at its limits in each edition', () => {
    expect(validateVolume({ type: 'gp3', sizeGiB: 32, iops: 16_000, throughputMiBps: 1_000 }, 'saa-c02')).toEqual([]);
    expect(validateVolume({ type: 'gp3', sizeGiB: 160, iops: 80_000, throughputMiBps: 2_000 }, 'current')).toEqual([]);
  });

  it('rejects gp3 at 6 GiB with 4,000 IOPS, naming the 500 IOPS per GiB rule and the 3,000 IOPS it allows', () => {
    const issues = validateVolume({ type: 'gp3', sizeGiB: 6, iops: 4_000 }, 'saa-c02');
    expect(issues).toHaveLength(1);
    expect(issues[0]?.field).toBe('iops');
    expect(issues[0]?.message).toContain('500 IOPS per GiB');
    expect(issues[0]?.message).toContain('at most 3,000 IOPS');
  });

  it('names the per-volume ceiling once the size allows more than the type does', () => {
    expect(messages({ type: 'gp3', sizeGiB: 32, iops: 16_001 })).toEqual(['gp3 allows at most 16,000 IOPS per volume']);
    expect(messages({ type: 'gp3', sizeGiB: 16_384, iops: 80_001 }, 'current')).toEqual(['gp3 allows at most 80,000 IOPS per volume']);
    expect(messages({ type: 'io1', sizeGiB: 1_280, iops: 64_001 })).toEqual(['io1 allows at most 64,000 IOPS per volume']);
  });

  it('names the IOPS-per-GiB ratio of io1 (50), io2 2021 (500) and io2 today (1,000)', () => {
    expect(messages({ type: 'io1', sizeGiB: 100, iops: 5_001 })).toEqual(['io1 allows 50 IOPS per GiB: at 100 GiB at most 5,000 IOPS']);
    expect(messages({ type: 'io2', sizeGiB: 100, iops: 50_001 })).toEqual(['io2 allows 500 IOPS per GiB: at 100 GiB at most 50,000 IOPS']);
    expect(messages({ type: 'io2', sizeGiB: 100, iops: 100_001 }, 'current')).toEqual(['io2 allows 1,000 IOPS per GiB: at 100 GiB at most 100,000 IOPS']);
    expect(messages({ type: 'io2-block-express', sizeGiB: 100, iops: 100_001 })).toEqual(['io2 Block Express allows 1,000 IOPS per GiB: at 100 GiB at most 100,000 IOPS']);
  });

  it('names the minimum IOPS: 3,000 for gp3, 100 for io1', () => {
    expect(messages({ type: 'gp3', sizeGiB: 100, iops: 2_999 })).toEqual(['gp3 needs at least 3,000 IOPS']);
    expect(messages({ type: 'io1', sizeGiB: 100, iops: 99 })).toEqual(['io1 needs at least 100 IOPS']);
  });

  it('checks gp3 throughput at the volume\'s IOPS, its 125 MiB/s floor and its ceiling', () => {
    expect(messages({ type: 'gp3', sizeGiB: 100, iops: 3_000, throughputMiBps: 751 }))
      .toEqual(['gp3 allows 0.25 MiB/s per IOPS: at 3,000 IOPS at most 750 MiB/s']);
    expect(messages({ type: 'gp3', sizeGiB: 100, throughputMiBps: 751 }))
      .toEqual(['gp3 allows 0.25 MiB/s per IOPS: at 3,000 IOPS at most 750 MiB/s']);
    expect(messages({ type: 'gp3', sizeGiB: 100, iops: 16_000, throughputMiBps: 1_001 }))
      .toEqual(['gp3 allows at most 1,000 MiB/s per volume']);
    expect(messages({ type: 'gp3', sizeGiB: 100, iops: 3_000, throughputMiBps: 124 }))
      .toEqual(['gp3 includes 125 MiB/s; it cannot be set lower']);
  });

  it('rejects sizes outside the type\'s range or not whole', () => {
    expect(messages({ type: 'gp2', sizeGiB: 0 })).toEqual(['gp2 volumes are 1 to 16,384 GiB']);
    expect(messages({ type: 'gp3', sizeGiB: 16_385 })).toEqual(['gp3 volumes are 1 to 16,384 GiB']);
    expect(messages({ type: 'gp3', sizeGiB: 16_385 }, 'current')).toEqual([]);
    expect(messages({ type: 'io1', sizeGiB: 3 })).toEqual(['io1 volumes are 4 to 16,384 GiB']);
    expect(messages({ type: 'st1', sizeGiB: 124 })).toEqual(['st1 volumes are 125 to 16,384 GiB']);
    expect(messages({ type: 'io2-block-express', sizeGiB: 65_537 })).toEqual(['io2 Block Express volumes are 4 to 65,536 GiB']);
    expect(messages({ type: 'gp2', sizeGiB: 100.5 })).toEqual(['Size must be a whole number of GiB']);
    expect(messages({ type: 'gp2', sizeGiB: Number.NaN })).toEqual(['Size must be a whole number of GiB']);
  });

  it('rejects fractional IOPS and throughput where they are provisioned', () => {
    expect(messages({ type: 'io1', sizeGiB: 100, iops: 1_000.5 })).toEqual(['IOPS must be a whole number']);
    expect(messages({ type: 'gp3', sizeGiB: 100, iops: 3_000, throughputMiBps: 125.5 })).toEqual(['Throughput must be a whole number of MiB/s']);
  });

  it('accepts size-based figures only when they equal what the size delivers', () => {
    expect(messages({ type: 'gp2', sizeGiB: 100, iops: 300, throughputMiBps: 75 })).toEqual([]);
    expect(messages({ type: 'gp2', sizeGiB: 100, iops: 3_000 })).toEqual(['gp2 IOPS follow size: 300 IOPS at 100 GiB']);
    expect(messages({ type: 'st1', sizeGiB: 1_024, throughputMiBps: 250 })).toEqual(['st1 throughput follows size: 40 MiB/s here']);
  });

  it('accepts io throughput only when it equals what the IOPS give', () => {
    expect(messages({ type: 'io1', sizeGiB: 1_280, iops: 48_000, throughputMiBps: 750 })).toEqual([]);
    expect(messages({ type: 'io1', sizeGiB: 100, iops: 2_000, throughputMiBps: 600 })).toEqual(['io1 throughput follows IOPS: 500 MiB/s here']);
  });

  it('rejects a type that is not an EBS volume type', () => {
    expect(messages({ type: 'standard' as VolumeType, sizeGiB: 8 })).toEqual(['"standard" is not an EBS volume type']);
  });
});
