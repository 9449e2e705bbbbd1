/**
 * A type's performance against size for the chart: baseline and burst (gp2, st1, sc1), or the least
 * and most that can be provisioned (gp3, io1, io2, Block Express), with the landmark sizes where
 * the curve changes (shared/aws-facts.md §1.3-1.7).
 */
import { describe, expect, it } from 'vitest';
import { EDITIONS, VOLUME_TYPES, envelopeLabels, landmarks, performanceEnvelope, volumeRules, type Edition } from '../../../src/domain';

const sizes = (marks: { sizeGiB: number }[]) => marks.map((m) => m.sizeGiB);
const at = (points: { sizeGiB: number; lower: number; upper: number }[], sizeGiB: number) => points.find((p) => p.sizeGiB === sizeGiB);

describe.each(EDITIONS)('landmarks (%s)', (edition: Edition) => {
  it('gp2: 33.33 GiB (100 IOPS floor), 1,000 GiB (no more bursting), 5,334 GiB (16,000 IOPS); 170 and 334 GiB for throughput', () => {
    const iops = landmarks('gp2', edition, 'iops');
    expect(iops[0]?.sizeGiB).toBeCloseTo(33.333, 3);
    expect(sizes(iops).slice(1)).toEqual([1_000, 5_334]);
    expect(iops.map((m) => m.label)).toEqual([
      '33.33 GiB: above this, 3 IOPS per GiB', '1,000 GiB: baseline reaches 3,000, no more bursting', '5,334 GiB: 16,000 IOPS maximum',
    ]);
    expect(sizes(landmarks('gp2', edition, 'throughput'))).toEqual([170, 334]);
  });

  it('io1 reaches 64,000 IOPS at 1,280 GiB (50:1), Block Express 256,000 at 256 GiB (1,000:1)', () => {
    expect(landmarks('io1', edition, 'iops')).toEqual([{ sizeGiB: 1_280, label: '1,280 GiB: 64,000 IOPS possible' }]);
    expect(landmarks('io2-block-express', edition, 'iops')).toEqual([{ sizeGiB: 256, label: '256 GiB: 256,000 IOPS possible' }]);
  });

  it('st1 reaches its 500 MiB/s burst cap at 2 TiB and baseline cap at 12.5 TiB; sc1 its 250 MiB/s burst cap at 3.125 TiB', () => {
    expect(landmarks('st1', edition, 'throughput')).toEqual([
      { sizeGiB: 2_048, label: '2 TiB: burst reaches its 500 MiB/s cap' }, { sizeGiB: 12_800, label: '12.5 TiB: baseline reaches its 500 MiB/s cap' },
    ]);
    expect(landmarks('sc1', edition, 'throughput')).toEqual([{ sizeGiB: 3_200, label: '3.125 TiB: burst reaches its 250 MiB/s cap' }]);
  });

  it('lie within the type\'s sizes for every type', () => {
    for (const type of VOLUME_TYPES) {
      const r = volumeRules(type, edition);
      for (const m of [...landmarks(type, edition, 'iops'), ...landmarks(type, edition, 'throughput')]) {
        expect(m.sizeGiB).toBeGreaterThanOrEqual(r.minSizeGiB);
        expect(m.sizeGiB).toBeLessThanOrEqual(r.maxSizeGiB);
      }
    }
  });
});

describe('edition landmarks', () => {
  it('gp3 reaches its most IOPS at 32 GiB (16,000) in saa-c02 and 160 GiB (80,000) today', () => {
    expect(landmarks('gp3', 'saa-c02', 'iops')).toEqual([{ sizeGiB: 32, label: '32 GiB: 16,000 IOPS possible' }]);
    expect(landmarks('gp3', 'current', 'iops')).toEqual([{ sizeGiB: 160, label: '160 GiB: 80,000 IOPS possible' }]);
  });

  it('gp3 reaches its most throughput at 8 GiB (1,000 MiB/s from 4,000 IOPS) in saa-c02 and 16 GiB (2,000 from 8,000) today', () => {
    expect(landmarks('gp3', 'saa-c02', 'throughput')).toEqual([{ sizeGiB: 8, label: '8 GiB: 1,000 MiB/s possible (4,000 IOPS)' }]);
    expect(landmarks('gp3', 'current', 'throughput')).toEqual([{ sizeGiB: 16, label: '16 GiB: 2,000 MiB/s possible (8,000 IOPS)' }]);
  });

  it('io2 reaches 64,000 IOPS at 128 GiB in saa-c02 and, as Block Express, 256,000 at 256 GiB today', () => {
    expect(sizes(landmarks('io2', 'saa-c02', 'iops'))).toEqual([128]);
    expect(sizes(landmarks('io2', 'current', 'iops'))).toEqual([256]);
  });
});

describe('envelope labels', () => {
  it.each(EDITIONS)('in %s name baseline/burst for size-based types and the provisioning bounds otherwise', (edition) => {
    expect(envelopeLabels('gp2', edition)).toEqual({ lower: 'Baseline', upper: 'Burst' });
    expect(envelopeLabels('st1', edition)).toEqual({ lower: 'Baseline', upper: 'Burst' });
    expect(envelopeLabels('sc1', edition)).toEqual({ lower: 'Baseline', upper: 'Burst' });
    expect(envelopeLabels('gp3', edition)).toEqual({ lower: 'Included', upper: 'Most you can provision' });
    for (const t of ['io1', 'io2', 'io2-block-express'] as const) {
      expect(envelopeLabels(t, edition)).toEqual({ lower: 'Least you can provision', upper: 'Most you can provision' });
    }
  });
});

describe('performance envelope', () => {
  it('gp2 IOPS: 300 baseline and 3,000 burst at 100 GiB; burst meets baseline at 1,000 GiB', () => {
    const points = performanceEnvelope('gp2', 'saa-c02', 'iops', 200);
    expect(at(points, 1_000)).toEqual({ sizeGiB: 1_000, lower: 3_000, upper: 3_000 });
    expect(at(points, 999)).toEqual({ sizeGiB: 999, lower: 2_997, upper: 3_000 });
    expect(at(points, 5_334)).toEqual({ sizeGiB: 5_334, lower: 16_000, upper: 16_000 });
    expect(at(points, 5_333)?.lower).toBe(15_999);
  });

  it('gp2 throughput: 128 MiB/s burst up to 170 GiB, 250 from 171', () => {
    const points = performanceEnvelope('gp2', 'current', 'throughput');
    expect(at(points, 170)).toEqual({ sizeGiB: 170, lower: 127.5, upper: 128 });
    expect(at(points, 334)).toEqual({ sizeGiB: 334, lower: 250, upper: 250 });
  });

  it('gp3 throughput: 125 included, at most 750 MiB/s on 1-6 GiB, 1,000 from 8 GiB in saa-c02', () => {
    const points = performanceEnvelope('gp3', 'saa-c02', 'throughput');
    expect(points[0]).toEqual({ sizeGiB: 1, lower: 125, upper: 750 });
    expect(at(points, 8)).toEqual({ sizeGiB: 8, lower: 125, upper: 1_000 });
    expect(at(points, 7)).toEqual({ sizeGiB: 7, lower: 125, upper: 875 });
  });

  it('io1 throughput: 25 MiB/s at the 100 IOPS minimum, 1,000 at 1,280 GiB', () => {
    expect(at(performanceEnvelope('io1', 'saa-c02', 'throughput'), 1_280)).toEqual({ sizeGiB: 1_280, lower: 25, upper: 1_000 });
  });

  it('st1 throughput at 2 TiB: 80 baseline, 500 burst', () => {
    expect(at(performanceEnvelope('st1', 'saa-c02', 'throughput'), 2_048)).toEqual({ sizeGiB: 2_048, lower: 80, upper: 500 });
  });

  it('keeps to a few hundred points: the samples asked for plus each landmark and the size just below it', () => {
    for (const edition of EDITIONS) {
      for (const type of VOLUME_TYPES) {
        const marks = landmarks(type, edition, 'iops').length + landmarks(type, edition, 'throughput').length;
        expect(performanceEnvelope(type, edition, 'iops').length).toBeLessThanOrEqual(96 + 2 * marks);
      }
    }
  });
});

describe('throughput landmarks of io1, io2 and Block Express', () => {
  it('mark where io1/io2 throughput bends: 500 MiB/s at 2,000 IOPS, 16 KiB per IOPS from 32,000, the ceiling at 64,000', () => {
    expect(sizes(landmarks('io1', 'saa-c02', 'throughput'))).toEqual([40, 640, 1_280]);
    expect(sizes(landmarks('io2', 'saa-c02', 'throughput'))).toEqual([4, 64, 128]);
  });

  it('mark where Block Express reaches 4,000 MiB/s: 16 GiB, whose 16,000 IOPS get there (UG21)', () => {
    expect(landmarks('io2-block-express', 'saa-c02', 'throughput')).toEqual([{ sizeGiB: 16, label: '16 GiB: 4,000 MiB/s possible (16,000 IOPS)' }]);
    expect(sizes(landmarks('io2', 'current', 'throughput'))).toEqual([16]);
  });

  it('draws the io1 throughput envelope flat at 500 MiB/s between 40 and 640 GiB', () => {
    const points = performanceEnvelope('io1', 'saa-c02', 'throughput');
    const at = (size: number) => points.find((p) => p.sizeGiB === size)?.upper;
    expect(at(40)).toBe(500);
    expect(at(640)).toBe(500);
    expect(at(1_280)).toBe(1_000);
  });
});
