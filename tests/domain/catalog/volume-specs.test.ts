/**
 * The volume table against shared/aws-facts.md §1.1 (summary table), §1.2 (I/O size), §1.4 (gp2)
 * and §2 (Multi-Attach), row by row and edition by edition.
 */
import { describe, expect, it } from 'vitest';
import {
  BILLING, EBS_PRICE_SOURCES, EDITIONS, GP2_MODEL, HDD_MODEL, INSTANCE_TYPES, IO_SIZE, MULTI_ATTACH, NEWER_INSTANCES,
  VOLUME_TYPES, isEdition, isVolumeType, sourceReferences, volumeSpec, volumeTypesFor, type Edition, type VolumeType,
} from '../../../src/domain';

type Row = [VolumeType, Edition, number, number, number, number, boolean, boolean];
// type, edition, min GiB, max GiB, max IOPS, max MiB/s, bootable, Multi-Attach
const TABLE: Row[] = [
  ['gp2', 'saa-c02', 1, 16_384, 16_000, 250, true, false],
  ['gp2', 'current', 1, 16_384, 16_000, 250, true, false],
  ['gp3', 'saa-c02', 1, 16_384, 16_000, 1_000, true, false],
  ['gp3', 'current', 1, 65_536, 80_000, 2_000, true, false],
  ['io1', 'saa-c02', 4, 16_384, 64_000, 1_000, true, true],
  ['io1', 'current', 4, 16_384, 64_000, 1_000, true, true],
  ['io2', 'saa-c02', 4, 16_384, 64_000, 1_000, true, true],
  ['io2', 'current', 4, 65_536, 256_000, 4_000, true, true],
  ['io2-block-express', 'saa-c02', 4, 65_536, 256_000, 4_000, true, false],
  ['io2-block-express', 'current', 4, 65_536, 256_000, 4_000, true, true],
  ['st1', 'saa-c02', 125, 16_384, 500, 500, false, false],
  ['st1', 'current', 125, 16_384, 500, 500, false, false],
  ['sc1', 'saa-c02', 125, 16_384, 250, 250, false, false],
  ['sc1', 'current', 125, 16_384, 250, 250, false, false],
];

describe('volume specs', () => {
  it.each(TABLE)('%s in %s: %i to %i GiB, at most %i IOPS and %i MiB/s', (type, edition, min, max, iops, mibps, boot, multi) => {
    const s = volumeSpec(type, edition);
    expect(s.minSizeGiB).toBe(min);
    expect(s.maxSizeGiB).toBe(max);
    expect(s.maxIops).toBe(iops);
    expect(s.maxThroughputMiBps).toBe(mibps);
    expect(s.bootable).toBe(boot);
    expect(s.multiAttach).toBe(multi);
  });

  it('covers every type in every edition, each row naming a source', () => {
    expect(TABLE).toHaveLength(VOLUME_TYPES.length * EDITIONS.length);
    for (const edition of EDITIONS) {
      for (const type of VOLUME_TYPES) {
        expect(volumeSpec(type, edition).source.length).toBeGreaterThan(10);
      }
    }
  });

  it('classes gp2, gp3, io1, io2 and Block Express as SSD and st1, sc1 as HDD', () => {
    for (const edition of EDITIONS) {
      expect(VOLUME_TYPES.filter((t) => volumeSpec(t, edition).family === 'hdd')).toEqual(['st1', 'sc1']);
    }
  });

  it('gives gp3 3,000 IOPS and 125 MiB/s included, 500 IOPS per GiB and 0.25 MiB/s per IOPS in both editions', () => {
    for (const edition of EDITIONS) {
      const s = volumeSpec('gp3', edition);
      expect([s.includedIops, s.includedThroughputMiBps, s.minIops, s.iopsPerGiB, s.throughputPerIopsMiBps])
        .toEqual([3_000, 125, 3_000, 500, 0.25]);
    }
  });

  it('allows io1 50, io2 (2021) 500 and Block Express 1,000 IOPS per GiB, from 100 IOPS', () => {
    expect(volumeSpec('io1', 'saa-c02').iopsPerGiB).toBe(50);
    expect(volumeSpec('io1', 'current').iopsPerGiB).toBe(50);
    expect(volumeSpec('io2', 'saa-c02').iopsPerGiB).toBe(500);
    expect(volumeSpec('io2-block-express', 'saa-c02').iopsPerGiB).toBe(1_000);
    for (const type of ['io1', 'io2', 'io2-block-express'] as const) {
      for (const edition of EDITIONS) expect(volumeSpec(type, edition).minIops).toBe(100);
    }
  });

  it('makes today\'s io2 the Block Express row (1,000:1 and 0.256 MiB/s per IOPS) under the io2 name', () => {
    const io2 = volumeSpec('io2', 'current');
    expect(io2.type).toBe('io2');
    expect(io2.iopsPerGiB).toBe(1_000);
    expect(io2.throughputPerIopsMiBps).toBe(0.256);
    expect(volumeSpec('io2-block-express', 'saa-c02').throughputPerIopsMiBps).toBe(0.256);
    expect(volumeSpec('io2', 'saa-c02').throughputPerIopsMiBps).toBeUndefined();
  });
});

describe('volume types offered', () => {
  it('lists io2 Block Express separately in saa-c02 only; today every io2 is Block Express', () => {
    expect(volumeTypesFor('saa-c02')).toEqual(['gp2', 'gp3', 'io1', 'io2', 'io2-block-express', 'st1', 'sc1']);
    expect(volumeTypesFor('current')).toEqual(['gp2', 'gp3', 'io1', 'io2', 'st1', 'sc1']);
  });

  it('recognises editions and volume types and nothing else', () => {
    expect(EDITIONS.every(isEdition)).toBe(true);
    expect(VOLUME_TYPES.every(isVolumeType)).toBe(true);
    expect([isEdition('2021'), isEdition(undefined), isVolumeType('standard'), isVolumeType('GP3'), isVolumeType(3)])
      .toEqual([false, false, false, false, false]);
  });
});

describe('model constants', () => {
  it('gp2: 3 IOPS per GiB, 100 minimum, bursts to 3,000 on a 5.4 million credit bucket, 128 MiB/s up to 170 GiB', () => {
    expect(GP2_MODEL).toMatchObject({
      iopsPerGiB: 3, minBaselineIops: 100, burstIops: 3_000, bucketCredits: 5_400_000,
      smallVolumeMaxGiB: 170, smallVolumeThroughputMiBps: 128,
    });
  });

  it('st1 40/250 and sc1 12/80 MiB/s per TiB, with caps 500/500 and 192/250', () => {
    expect(HDD_MODEL.st1).toMatchObject({ baselineMiBpsPerTiB: 40, burstMiBpsPerTiB: 250, maxBaselineMiBps: 500, maxBurstMiBps: 500 });
    expect(HDD_MODEL.sc1).toMatchObject({ baselineMiBpsPerTiB: 12, burstMiBpsPerTiB: 80, maxBaselineMiBps: 192, maxBurstMiBps: 250 });
  });

  it('counts SSD I/O up to 256 KiB and HDD I/O up to 1 MiB, quoting SSD maxima at 16 KiB', () => {
    expect(IO_SIZE).toMatchObject({
      ssdMaxKiB: 256, hddMaxKiB: 1_024, quotedSsdKiB: 16, quotedHddKiB: 1_024,
      provisionedHighIopsKiB: 16, provisionedHighIopsFrom: 32_000, provisionedLowMaxMiBps: 500,
    });
  });

  it('Multi-Attaches up to 16 Nitro instances', () => {
    expect(MULTI_ATTACH.maxInstances).toBe(16);
  });
});

describe('every source the EBS view prints', () => {
  const sources = [
    ...EDITIONS.flatMap((e) => VOLUME_TYPES.map((t) => volumeSpec(t, e).source)),
    ...INSTANCE_TYPES.map((i) => i.source),
    ...Object.values(EBS_PRICE_SOURCES),
    MULTI_ATTACH.source, BILLING.source, BILLING.wholeMonthSource, NEWER_INSTANCES.source,
  ];

  it.each(sources)('names a page a reader can open: %s', (source) => {
    const refs = sourceReferences(source);
    expect(refs.length).toBeGreaterThan(0);
    for (const r of refs) expect(r.href).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+(\/|$)/);
  });

  it('opens the full docs.amazonaws.cn page that says every io2 is Block Express', () => {
    expect(sourceReferences(volumeSpec('io2', 'current').source).map((r) => r.href))
      .toContain('https://docs.amazonaws.cn/en_us/AWSEC2/latest/UserGuide/provisioned-iops.html');
  });
});
