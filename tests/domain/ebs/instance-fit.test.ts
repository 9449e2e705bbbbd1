/**
 * Volumes against an instance's EBS limits (shared/aws-facts.md §2, EBS-optimized tables).
 * Instance limits are MB/s (10^6 B/s); volumes MiB/s (2^20 B/s): 1 MB/s = 0.95367 MiB/s.
 */
import { describe, expect, it } from 'vitest';
import {
  EDITIONS, INSTANCE_TYPES, findInstanceType, instanceFit, instanceSupportsType, instanceTypesFor, mbpsToMiBps,
  type InstanceType,
} from '../../../src/domain';

const instance = (name: string): InstanceType => {
  const found = INSTANCE_TYPES.find((i) => i.name === name);
  if (!found) throw new Error(`no instance ${name}`);
  return found;
};
const m5large = instance('m5.large');

describe('MB/s to MiB/s', () => {
  it('converts 10^6 bytes to 2^20: 81.25 MB/s = 77.49 MiB/s, 593.75 MB/s = 566.24 MiB/s', () => {
    expect(mbpsToMiBps(1)).toBeCloseTo(0.953_674, 6);
    expect(mbpsToMiBps(81.25)).toBeCloseTo(77.486, 3);
    expect(mbpsToMiBps(593.75)).toBeCloseTo(566.244, 3);
    expect(mbpsToMiBps(1.048_576)).toBeCloseTo(1, 12);
  });
});

describe('instance table', () => {
  it('gives m5.large 650 Mbps / 81.25 MB/s / 3,600 IOPS baseline and 4,750 / 593.75 / 18,750 burst', () => {
    expect(m5large.baseline).toEqual({ bandwidthMbps: 650, throughputMBps: 81.25, iops: 3_600 });
    expect(m5large.burst).toEqual({ bandwidthMbps: 4_750, throughputMBps: 593.75, iops: 18_750 });
  });

  it('keeps Mbps and MB/s consistent: MB/s = Mbps / 8 for every row', () => {
    for (const i of INSTANCE_TYPES) {
      expect(i.baseline.throughputMBps).toBeCloseTo(i.baseline.bandwidthMbps / 8, 9);
      if (i.burst) expect(i.burst.throughputMBps).toBeCloseTo(i.burst.bandwidthMbps / 8, 9);
    }
  });

  it('holds the 2021 maximum (r5b.24xlarge: 260,000 IOPS, 7,500 MB/s) and the 2023 one (350,000, 10,000) today only', () => {
    expect(instance('r5b.24xlarge').baseline).toMatchObject({ iops: 260_000, throughputMBps: 7_500 });
    expect(instance('c6gn.16xlarge').baseline).toMatchObject({ iops: 160_000, throughputMBps: 4_750 });
    expect(instance('c5.18xlarge').baseline).toMatchObject({ iops: 80_000, throughputMBps: 2_375 });
    expect(findInstanceType('m6in.32xlarge', 'current')?.baseline).toMatchObject({ iops: 350_000, throughputMBps: 10_000 });
    expect(findInstanceType('m6in.32xlarge', 'saa-c02')).toBeUndefined();
    expect(instanceTypesFor('saa-c02').map((i) => i.name)).toEqual(['m5.large', 'c5.18xlarge', 'c6gn.16xlarge', 'r5b.24xlarge']);
    expect(instanceTypesFor('current')).toHaveLength(5);
  });
});

describe.each(EDITIONS)('instance fit (%s)', (edition) => {
  it('one gp3 on m5.large: the volume limits IOPS (3,000 of 3,600), the instance limits MiB/s (77.49 of 125)', () => {
    const fit = instanceFit({ type: 'gp3', sizeGiB: 100 }, 1, m5large, edition);
    expect(fit.iops).toEqual({ volumes: 3_000, instance: 3_600, delivered: 3_000, bottleneck: 'volumes' });
    expect(fit.throughputMiBps.bottleneck).toBe('instance');
    expect(fit.throughputMiBps.volumes).toBe(125);
    expect(fit.throughputMiBps.delivered).toBeCloseTo(77.486, 3);
  });

  it('while m5.large bursts (18,750 IOPS, 566.24 MiB/s) the gp3 volume is the limit on both', () => {
    const fit = instanceFit({ type: 'gp3', sizeGiB: 100 }, 1, m5large, edition);
    expect(fit.burstIops).toEqual({ volumes: 3_000, instance: 18_750, delivered: 3_000, bottleneck: 'volumes' });
    expect(fit.burstThroughputMiBps.bottleneck).toBe('volumes');
    expect(fit.burstThroughputMiBps.instance).toBeCloseTo(566.244, 3);
  });

  it('two gp2 1,000 GiB volumes (6,000 IOPS) are held back by m5.large\'s 3,600', () => {
    const fit = instanceFit({ type: 'gp2', sizeGiB: 1_000 }, 2, m5large, edition);
    expect(fit.iops).toEqual({ volumes: 6_000, instance: 3_600, delivered: 3_600, bottleneck: 'instance' });
  });

  it('six gp2 200 GiB volumes (6 x 600 IOPS) exactly match m5.large: balanced', () => {
    expect(instanceFit({ type: 'gp2', sizeGiB: 200 }, 6, m5large, edition).iops.bottleneck).toBe('balanced');
  });

  it('gp2 bursts count per volume: 2 x 3,000 burst IOPS within m5.large\'s 18,750', () => {
    const fit = instanceFit({ type: 'gp2', sizeGiB: 100 }, 2, m5large, edition);
    expect(fit.burstIops).toMatchObject({ volumes: 6_000, delivered: 6_000, bottleneck: 'volumes' });
    expect(fit.iops).toMatchObject({ volumes: 600, delivered: 600 });
  });

  it('r5b.24xlarge takes four 64,000-IOPS io1 volumes (256,000) but not five (320,000 > 260,000)', () => {
    const r5b = instance('r5b.24xlarge');
    const io1 = { type: 'io1' as const, sizeGiB: 1_280, iops: 64_000 };
    expect(instanceFit(io1, 4, r5b, edition).iops.bottleneck).toBe('volumes');
    expect(instanceFit(io1, 5, r5b, edition).iops).toMatchObject({ delivered: 260_000, bottleneck: 'instance' });
  });

  it('uses the baseline as the burst figure for an instance that does not burst', () => {
    const fit = instanceFit({ type: 'st1', sizeGiB: 16_384 }, 20, instance('c5.18xlarge'), edition);
    expect(fit.burstIops.instance).toBe(80_000);
    expect(fit.burstThroughputMiBps.instance).toBeCloseTo(mbpsToMiBps(2_375), 9);
    expect(fit.throughputMiBps).toMatchObject({ volumes: 10_000, bottleneck: 'instance' });
  });
});

describe('which instances take which volume types', () => {
  it('in saa-c02: Block Express on R5b only, and plain io2 not on R5b', () => {
    expect(instanceSupportsType('io2-block-express', m5large, 'saa-c02').ok).toBe(false);
    expect(instanceSupportsType('io2-block-express', instance('r5b.24xlarge'), 'saa-c02')).toEqual({ ok: true });
    expect(instanceSupportsType('io2', instance('r5b.24xlarge'), 'saa-c02').reason).toMatch(/R5b/);
    expect(instanceSupportsType('io2', m5large, 'saa-c02')).toEqual({ ok: true });
  });

  it('today: any instance in the table takes any type', () => {
    for (const i of instanceTypesFor('current')) {
      for (const t of ['gp2', 'gp3', 'io1', 'io2', 'io2-block-express', 'st1', 'sc1'] as const) {
        expect(instanceSupportsType(t, i, 'current')).toEqual({ ok: true });
      }
    }
  });
});
