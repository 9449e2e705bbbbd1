/**
 * The contracts of validateVolume, clampVolume and compareTypes as properties, for every type in
 * both editions. Seeded (support/property.ts): a failure prints the seed and path to replay it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clampVolume, compareTypes, provisioningRange, provisions, validateVolume, volumeRules, volumeTypesFor,
  type Edition, type Need, type Volume,
} from '../../../src/domain';
import { meetsNeed, oneStepSmaller } from './need-oracle';
import { anyEdition, anyTypeAndEdition, assertProperty } from '../support/property';

/**
 * The contract in rules.ts's docblock, restated independently: size a whole number within the
 * type's rules; IOPS, if given, within provisioningRange(type, size) (whole where provisioned);
 * throughput, if given, within provisioningRange(type, size, edition, iops), whole for gp3. A
 * volume without IOPS runs at the range's minimum (gp3's included 3,000, io's 100), so that is the
 * IOPS its throughput is judged at.
 */
function obeysRules(v: Volume, edition: Edition): boolean {
  const rules = volumeRules(v.type, edition);
  const p = provisions(v.type, edition);
  if (!Number.isInteger(v.sizeGiB) || v.sizeGiB < rules.minSizeGiB || v.sizeGiB > rules.maxSizeGiB) return false;
  const range = provisioningRange(v.type, v.sizeGiB, edition);
  if (v.iops !== undefined) {
    if (p.iops && !Number.isInteger(v.iops)) return false;
    if (!(v.iops >= range.minIops && v.iops <= range.maxIops)) return false;
  }
  if (v.throughputMiBps !== undefined) {
    const atIops = provisioningRange(v.type, v.sizeGiB, edition, v.iops ?? range.minIops);
    if (p.throughput && !Number.isInteger(v.throughputMiBps)) return false;
    if (!(v.throughputMiBps >= atIops.minThroughputMiBps && v.throughputMiBps <= atIops.maxThroughputMiBps)) return false;
  }
  return true;
}

/** Values near every edge: inside (most often), on and just past the bounds, fractional, far out. */
function around(lo: number, hi: number): fc.Arbitrary<number> {
  const inside = Number.isInteger(lo) && Number.isInteger(hi) ? fc.integer({ min: lo, max: hi }) : fc.double({ min: lo, max: hi, noNaN: true });
  return fc.oneof(
    { arbitrary: inside, weight: 5 },
    fc.constantFrom(lo, hi, lo - 1, hi + 1, lo + 0.5, hi - 0.5, lo - 0.001, hi + 0.001),
    fc.integer({ min: Math.ceil(lo * 100), max: Math.max(Math.ceil(lo * 100), Math.floor(hi * 100)) }).map((n) => n / 100),
    fc.integer({ min: -10, max: 300_000 }),
    fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  );
}

const anyVolume = anyTypeAndEdition.chain(([type, edition]) => {
  const rules = volumeRules(type, edition);
  return around(rules.minSizeGiB, rules.maxSizeGiB).chain((sizeGiB) => {
    const ok = Number.isInteger(sizeGiB) && sizeGiB >= rules.minSizeGiB && sizeGiB <= rules.maxSizeGiB;
    const range = provisioningRange(type, ok ? sizeGiB : rules.minSizeGiB, edition);
    return fc.option(around(range.minIops, range.maxIops), { nil: undefined }).chain((iops) => {
      const atIops = provisioningRange(type, ok ? sizeGiB : rules.minSizeGiB, edition, iops ?? range.minIops);
      return fc.option(around(atIops.minThroughputMiBps, atIops.maxThroughputMiBps), { nil: undefined })
        .map((throughputMiBps): { volume: Volume; edition: Edition } => ({ volume: { type, sizeGiB, iops, throughputMiBps }, edition }));
    });
  });
});

describe('validate volume', () => {
  it('finds no issue exactly when size, IOPS and throughput keep the rules and ranges', () => {
    assertProperty(fc.property(anyVolume, ({ volume, edition }) => {
      expect(validateVolume(volume, edition).length === 0).toBe(obeysRules(volume, edition));
    }), 3_000);
  });

  it('names a field and writes a sentence for every issue', () => {
    assertProperty(fc.property(anyVolume, ({ volume, edition }) =>
      validateVolume(volume, edition).every((i) => i.message.length > 10 && i.field in volume)), 500);
  });
});

const finiteOrMissing = fc.option(fc.oneof(fc.integer({ min: -100, max: 300_000 }), fc.double({ min: -1e7, max: 1e7, noNaN: true })), { nil: undefined });
const anyInput = fc.record({
  type: fc.constantFrom(...volumeTypesFor('saa-c02')),
  sizeGiB: fc.oneof(fc.integer({ min: -10, max: 70_000 }), fc.double({ min: -1e7, max: 1e7, noNaN: true })),
  iops: finiteOrMissing,
  throughputMiBps: finiteOrMissing,
});

describe('clamp volume', () => {
  it('always returns a volume that validates, in a type the edition offers', () => {
    assertProperty(fc.property(anyInput, anyEdition, (input, edition) => {
      const { volume } = clampVolume(input, edition);
      expect(validateVolume(volume, edition)).toEqual([]);
      expect(volumeTypesFor(edition)).toContain(volume.type);
    }), 2_000);
  });

  it('is idempotent: clamping a clamped volume changes nothing', () => {
    assertProperty(fc.property(anyInput, anyEdition, (input, edition) => {
      const once = clampVolume(input, edition).volume;
      const twice = clampVolume(once, edition);
      expect(twice.volume).toEqual(once);
      expect(twice.adjustments).toEqual([]);
    }), 2_000);
  });

  it('leaves a valid volume of an offered type untouched, and explains every change it makes', () => {
    assertProperty(fc.property(anyVolume, ({ volume, edition }) => {
      const { volume: out, adjustments } = clampVolume(volume, edition);
      if (validateVolume(volume, edition).length === 0 && volumeTypesFor(edition).includes(volume.type)) {
        expect(adjustments).toEqual([]);
        expect(out.sizeGiB).toBe(volume.sizeGiB);
        if (provisions(volume.type, edition).iops && volume.iops !== undefined) expect(out.iops).toBe(volume.iops);
      }
      for (const a of adjustments) {
        expect(a.to).toBe(out[a.field]);
        expect(a.reason.length).toBeGreaterThan(10);
      }
    }), 2_000);
  });
});

/** Needs spread over the small figures where types differ and the large ones where they run out. */
function needs(n: (min: number, max: number) => fc.Arbitrary<number>): fc.Arbitrary<Need> {
  return fc.record({
    sizeGiB: fc.oneof(n(1, 200), n(1, 70_000)),
    iops: fc.oneof(n(0, 5_000), n(0, 20_000), n(0, 300_000)),
    throughputMiBps: fc.oneof(n(0, 300), n(0, 1_100), n(0, 4_500)),
    ioSizeKiB: fc.constantFrom(4, 16, 64, 256, 512, 1_024),
    pattern: fc.constantFrom('random' as const, 'sequential' as const),
  });
}
const wholeNeed = needs((min, max) => fc.integer({ min, max }));
// Hundredths, not fc.double: fc.double spreads over float bit patterns, so most draws would be tiny.
const fractionalNeed = needs((min, max) => fc.integer({ min: min * 100, max: max * 100 }).map((n) => n / 100));

/** The most a type can do in an edition: everything at its ceiling, brought within the rules. */
const largest = (type: Volume['type'], edition: Edition) =>
  clampVolume({ type, sizeGiB: Infinity, iops: Number.MAX_SAFE_INTEGER, throughputMiBps: Number.MAX_SAFE_INTEGER }, edition).volume;

describe.each([['whole', wholeNeed], ['fractional', fractionalNeed]] as const)('compare types (%s needs)', (_, anyNeed) => {
  it('offers only volumes that validate and meet the need at baseline, one cheapest among them', () => {
    assertProperty(fc.property(anyNeed, anyEdition, (need, edition) => {
      const rows = compareTypes(need, edition);
      for (const r of rows) if (r.meets) expect(meetsNeed(r.volume as Volume, need, edition)).toBe(true);
      const met = rows.filter((r) => r.meets).map((r) => r.monthlyUsd ?? Infinity);
      for (const r of rows.filter((x) => x.cheapest)) expect(r.monthlyUsd).toBe(Math.min(...met));
      expect(rows.some((r) => r.cheapest)).toBe(met.length > 0);
    }), 500);
  });

  it('offers the smallest configuration: one GiB, IOPS or MiB/s less fails', () => {
    assertProperty(fc.property(anyNeed, anyEdition, (need, edition) => {
      for (const r of compareTypes(need, edition)) {
        if (r.volume) for (const s of oneStepSmaller(r.volume)) expect(meetsNeed(s, need, edition)).toBe(false);
      }
    }), 500);
  });

  it('says a type cannot meet the need only when its largest configuration cannot either', () => {
    assertProperty(fc.property(anyNeed, anyEdition, (need, edition) => {
      for (const r of compareTypes(need, edition)) {
        if (!r.meets) expect(meetsNeed({ ...largest(r.type, edition), sizeGiB: volumeRules(r.type, edition).maxSizeGiB }, need, edition)).toBe(false);
      }
    }), 500);
  });
});
