/**
 * How each family counts a need's I/Os (UG21 ebs-io-characteristics.md; aws-facts §1.2): up to
 * 256 KiB is one SSD I/O, up to 1 MiB one HDD I/O; sequential I/Os merge, random ones do not.
 */
import { describe, expect, it } from 'vitest';
import { NEWER_INSTANCES, countedIops, hddRefusal, ioUnitKiB, movedMiBps, sourceReferences } from '../../../src/domain';

describe('counted I/Os', () => {
  it('SSD counts a random 16 KiB I/O as one, a 1 MiB I/O as four (1,024 / 256)', () => {
    expect(countedIops('ssd', 500, 16, 'random')).toBe(500);
    expect(countedIops('ssd', 500, 1_024, 'random')).toBe(2_000);
  });

  it('SSD merges eight contiguous 32 KiB I/Os into one of 256 KiB', () => {
    expect(countedIops('ssd', 8, 32, 'sequential')).toBe(1);
  });

  it('HDD counts every random I/O of 1 MiB or less as one 1 MiB I/O', () => {
    expect(countedIops('hdd', 500, 16, 'random')).toBe(500);
    expect(countedIops('hdd', 500, 1_024, 'random')).toBe(500);
  });

  it('HDD merges sequential 16 KiB I/Os into 1 MiB: 500 a second are 7.8125 of 1 MiB', () => {
    expect(countedIops('hdd', 500, 16, 'sequential')).toBe(7.8125);
  });

  it('I/Os carry IOPS x size: 500 x 1 MiB = 500 MiB/s, 500 x 16 KiB = 7.8125 MiB/s', () => {
    expect(movedMiBps(500, 1_024)).toBe(500);
    expect(movedMiBps(500, 16)).toBe(7.8125);
    expect([ioUnitKiB('ssd'), ioUnitKiB('hdd')]).toEqual([256, 1_024]);
  });
});

describe('HDD and random small I/O', () => {
  it('rules st1 out of random 16 KiB I/O, naming what HDD counts as one I/O', () => {
    expect(hddRefusal('st1', 16, 'random')).toBe(
      'st1 counts every I/O of 1 MiB or less as one 1 MiB I/O, and merges only sequential ones: '
      + 'each random 16 KiB I/O would spend 1 MiB of its throughput. HDD suits large sequential I/O; small random I/O needs SSD',
    );
  });

  it('lets HDD serve sequential I/O of any size and random 1 MiB I/O', () => {
    expect(hddRefusal('st1', 16, 'sequential')).toBeNull();
    expect(hddRefusal('sc1', 1_024, 'random')).toBeNull();
  });
});

describe('the per-instance EBS maximum today', () => {
  it('is dated: the 2023 row, with newer families higher, and an openable source', () => {
    expect(NEWER_INSTANCES.text).toMatch(/2023 table's \(350,000 IOPS, 10,000 MB\/s\)\. Newer instance families go higher/);
    expect(NEWER_INSTANCES.text).toMatch(/unverified/);
    expect(sourceReferences(NEWER_INSTANCES.source).map((r) => r.href)).toEqual([
      'https://github.com/awsdocs/amazon-ec2-user-guide/blob/d289961421fa79447add68ca26e3ec5ae96fdf41/doc_source/ebs-optimized.md',
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ebs-optimized.html',
    ]);
  });
});
