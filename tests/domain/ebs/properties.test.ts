/**
 * Invariants of the performance, range, cost and envelope functions, for every type in both
 * editions. Seeded (support/property.ts): a failure prints the seed and path to replay it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  monthlyCost, performanceEnvelope, provisioningRange, provisions, volumePerformance, volumeRules,
  type VolumeType,
} from '../../../src/domain';
import { anyEdition, anyOrderedSizes, anyType, anyValidSizing, assertProperty } from '../support/property';

describe('baseline performance', () => {
  it('never falls as the volume grows, for every type and edition', () => {
    assertProperty(fc.property(anyOrderedSizes, ({ type, edition, small, large }) => {
      const a = volumePerformance({ type, sizeGiB: small }, edition);
      const b = volumePerformance({ type, sizeGiB: large }, edition);
      return b.baselineIops >= a.baselineIops && b.baselineThroughputMiBps >= a.baselineThroughputMiBps
        && b.burstIops >= a.burstIops && b.burstThroughputMiBps >= a.burstThroughputMiBps;
    }));
  });

  it('stays within [0, the type\'s ceilings], with burst at or above baseline', () => {
    assertProperty(fc.property(anyValidSizing, ({ type, edition, sizeGiB }) => {
      const r = volumeRules(type, edition);
      const p = volumePerformance({ type, sizeGiB }, edition);
      return p.baselineIops >= 0 && p.burstIops <= r.maxIops && p.baselineIops <= p.burstIops
        && p.baselineThroughputMiBps >= 0 && p.burstThroughputMiBps <= r.maxThroughputMiBps
        && p.baselineThroughputMiBps <= p.burstThroughputMiBps;
    }));
  });

  it('stays within the ceilings at any IOPS the size allows', () => {
    const provisioned = anyValidSizing.filter(({ type, edition }) => provisions(type, edition).iops).chain((s) => {
      const range = provisioningRange(s.type, s.sizeGiB, s.edition);
      return fc.integer({ min: range.minIops, max: range.maxIops }).map((iops) => ({ ...s, iops }));
    });
    assertProperty(fc.property(provisioned, ({ type, edition, sizeGiB, iops }) => {
      const r = volumeRules(type, edition);
      const p = volumePerformance({ type, sizeGiB, iops }, edition);
      return p.baselineIops === iops && iops <= r.maxIops
        && p.baselineThroughputMiBps > 0 && p.baselineThroughputMiBps <= r.maxThroughputMiBps;
    }));
  });

  it('has a burst time and a refill time exactly when burst exceeds baseline (gp2, st1, sc1)', () => {
    assertProperty(fc.property(anyValidSizing, ({ type, edition, sizeGiB }) => {
      const p = volumePerformance({ type, sizeGiB }, edition);
      const bursts = p.burstIops > p.baselineIops || p.burstThroughputMiBps > p.baselineThroughputMiBps;
      return bursts
        ? (p.burstDurationSeconds ?? 0) > 0 && (p.refillSeconds ?? 0) > 0
        : p.burstDurationSeconds === null && p.refillSeconds === null;
    }));
  });
});

describe('provisioning range', () => {
  it('is never empty at a valid size: min <= max for IOPS and throughput, within the type\'s ceilings', () => {
    assertProperty(fc.property(anyValidSizing, ({ type, edition, sizeGiB }) => {
      const r = volumeRules(type, edition);
      const p = provisioningRange(type, sizeGiB, edition);
      return p.minIops <= p.maxIops && p.minThroughputMiBps <= p.maxThroughputMiBps
        && p.maxIops <= r.maxIops && p.maxThroughputMiBps <= r.maxThroughputMiBps && p.minIops >= 0;
    }));
  });

  it('is never empty for throughput at any IOPS in range', () => {
    const withIops = anyValidSizing.chain((s) => {
      const range = provisioningRange(s.type, s.sizeGiB, s.edition);
      const iops = provisions(s.type, s.edition).iops ? fc.integer({ min: range.minIops, max: range.maxIops }) : fc.constant(range.minIops);
      return iops.map((i) => ({ ...s, iops: i }));
    });
    assertProperty(fc.property(withIops, ({ type, edition, sizeGiB, iops }) => {
      const p = provisioningRange(type, sizeGiB, edition, iops);
      return p.minThroughputMiBps <= p.maxThroughputMiBps && p.maxThroughputMiBps <= volumeRules(type, edition).maxThroughputMiBps;
    }));
  });

  it('only widens as the volume grows', () => {
    assertProperty(fc.property(anyOrderedSizes, ({ type, edition, small, large }) => {
      const a = provisioningRange(type, small, edition);
      const b = provisioningRange(type, large, edition);
      return b.maxIops >= a.maxIops && b.maxThroughputMiBps >= a.maxThroughputMiBps;
    }));
  });
});

describe('monthly cost', () => {
  const seconds = fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: undefined });
  const size = fc.integer({ min: 1, max: 65_536 });

  it('is linear in size for storage: storage(a + b) = storage(a) + storage(b)', () => {
    assertProperty(fc.property(anyType, size, size, seconds, (type, a, b, s) => {
      const cost = (sizeGiB: number) => monthlyCost({ type, sizeGiB }, { seconds: s }).storageUsd;
      expect(cost(a + b)).toBeCloseTo(cost(a) + cost(b), 9);
    }));
  });

  it('scales with time billed, from a 60-second minimum', () => {
    assertProperty(fc.property(anyType, size, fc.integer({ min: 60, max: 2_592_000 }), (type, sizeGiB, s) => {
      const month = monthlyCost({ type, sizeGiB }).totalUsd;
      expect(monthlyCost({ type, sizeGiB }, { seconds: s }).totalUsd).toBeCloseTo((month * s) / 2_592_000, 9);
      expect(monthlyCost({ type, sizeGiB }, { seconds: s % 60 }).totalUsd).toBeCloseTo((month * 60) / 2_592_000, 9);
    }));
  });

  it('never falls as provisioned IOPS or throughput rise', () => {
    const provisioned: VolumeType[] = ['gp3', 'io1', 'io2', 'io2-block-express'];
    const n = fc.integer({ min: 0, max: 300_000 });
    assertProperty(fc.property(fc.constantFrom(...provisioned), size, n, n, n, n, (type, sizeGiB, i1, i2, t1, t2) => {
      const lo = monthlyCost({ type, sizeGiB, iops: Math.min(i1, i2), throughputMiBps: Math.min(t1, t2) });
      const hi = monthlyCost({ type, sizeGiB, iops: Math.max(i1, i2), throughputMiBps: Math.max(t1, t2) });
      return hi.iopsUsd >= lo.iopsUsd && hi.throughputUsd >= lo.throughputUsd && lo.totalUsd >= 0;
    }));
  });
});

describe('performance envelope', () => {
  it('is sorted by size within the type\'s sizes, lower <= upper, and includes both ends', () => {
    assertProperty(fc.property(anyType, anyEdition, fc.constantFrom('iops' as const, 'throughput' as const), (type, edition, metric) => {
      const r = volumeRules(type, edition);
      const points = performanceEnvelope(type, edition, metric);
      expect(points[0]?.sizeGiB).toBe(r.minSizeGiB);
      expect(points.at(-1)?.sizeGiB).toBe(r.maxSizeGiB);
      points.forEach((p, i) => {
        expect(p.lower).toBeLessThanOrEqual(p.upper);
        if (i > 0) expect(p.sizeGiB).toBeGreaterThan(points[i - 1]?.sizeGiB ?? -Infinity);
        if (i > 0) expect(p.upper).toBeGreaterThanOrEqual(points[i - 1]?.upper ?? Infinity);
      });
    }), 40);
  });
});
