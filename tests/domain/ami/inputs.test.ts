/**
 * The AMI walkthrough's inputs: the defaults, the interface limits, clamping that names each fix and
 * never throws, and a step count that matches the steps without building them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AMI_LIMITS, DEFAULT_AMI_INPUTS, amiScenario, amiStepCount, clampAmiInputs, type AmiInputs,
} from '../../../src/domain/ami/inputs';
import { amiSteps } from '../../../src/domain/ami/scenario';
import { assertProperty } from '../support/property';

const junk = fc.oneof(fc.double(), fc.integer({ min: -1e6, max: 1e6 }), fc.constant(Number.NaN), fc.string(), fc.constant(undefined), fc.constant(null));
const anyRawInputs = fc.record({
  bootGiB: junk, bootUsedGiB: junk, dataVolumes: junk, dataGiB: junk, dataUsedGiB: junk, instanceStore: junk,
  launchAz: fc.oneof(fc.constantFrom('a', 'b', 'c', 'd'), junk), copyRegion: fc.oneof(fc.constantFrom('us-west-2', 'eu-west-1', 'ap-south-1'), junk),
  permission: fc.oneof(fc.constantFrom('private', 'accounts', 'public', 'friends'), junk), seed: junk,
}) as unknown as fc.Arbitrary<AmiInputs>;

function withinLimits(i: AmiInputs): boolean {
  const inRange = (v: number, [min, max]: readonly [number, number]) => Number.isInteger(v) && v >= min && v <= max;
  return inRange(i.bootGiB, AMI_LIMITS.bootGiB) && inRange(i.bootUsedGiB, AMI_LIMITS.bootUsedGiB(i.bootGiB))
    && inRange(i.dataVolumes, AMI_LIMITS.dataVolumes) && inRange(i.dataGiB, AMI_LIMITS.dataGiB)
    && inRange(i.dataUsedGiB, AMI_LIMITS.dataUsedGiB(i.dataGiB)) && inRange(i.instanceStore, AMI_LIMITS.instanceStore)
    && inRange(i.seed, AMI_LIMITS.seed);
}

describe('DEFAULT_AMI_INPUTS', () => {
  it('is an 8 GiB boot volume holding 3 GiB, one 100 GiB data volume holding 20 GiB, AZ b, us-west-2, private, seed 2021', () => {
    expect(DEFAULT_AMI_INPUTS).toEqual({
      bootGiB: 8, bootUsedGiB: 3, dataVolumes: 1, dataGiB: 100, dataUsedGiB: 20, instanceStore: 0,
      launchAz: 'b', copyRegion: 'us-west-2', permission: 'private', seed: 2021,
    });
    expect(clampAmiInputs(DEFAULT_AMI_INPUTS)).toEqual({ inputs: DEFAULT_AMI_INPUTS, problems: [] });
  });
});

describe('clampAmiInputs', () => {
  it('names each value it changes, in a sentence with the old and the new value', () => {
    const { inputs, problems } = clampAmiInputs({ ...DEFAULT_AMI_INPUTS, bootUsedGiB: 12, dataGiB: 20_000, dataUsedGiB: 2.4, permission: 'friends' as never });
    expect(inputs).toMatchObject({ bootUsedGiB: 8, dataGiB: 16_384, dataUsedGiB: 2, permission: 'private' });
    expect(problems).toEqual([
      "The boot volume's data (GiB) must be a whole number from 1 to 8: 12 became 8.",
      'The data volume size (GiB) must be a whole number from 1 to 16384: 20000 became 16384.',
      "Each data volume's data (GiB) must be a whole number from 1 to 16384: 2.4 became 2.",
      'The permission must be private, accounts or public: "friends" became private.',
    ]);
  });

  it('never throws on NaN: it falls back to the default and says so', () => {
    const raw = { ...DEFAULT_AMI_INPUTS, bootGiB: Number.NaN, seed: Number.NaN };
    expect(() => clampAmiInputs(raw)).not.toThrow();
    const { inputs, problems } = clampAmiInputs(raw);
    expect(inputs.bootGiB).toBe(8);
    expect(inputs.seed).toBe(2021);
    expect(problems).toEqual([
      'The boot volume size (GiB) must be a whole number from 8 to 1024: NaN became 8.',
      'The seed must be a whole number from 0 to 4294967295: NaN became 2021.',
    ]);
  });

  it('keeps the data on a volume within that volume\'s clamped size', () => {
    const { inputs } = clampAmiInputs({ ...DEFAULT_AMI_INPUTS, bootGiB: 4, bootUsedGiB: 6 });
    expect([inputs.bootGiB, inputs.bootUsedGiB]).toEqual([8, 6]);
    expect(clampAmiInputs({ ...DEFAULT_AMI_INPUTS, dataGiB: 10, dataUsedGiB: 50 }).inputs.dataUsedGiB).toBe(10);
  });

  it('never throws on anything, always returns inputs within the limits, and is idempotent (fixed seed)', () => {
    assertProperty(fc.property(anyRawInputs, (raw) => {
      const once = clampAmiInputs(raw);
      const twice = clampAmiInputs(once.inputs);
      return withinLimits(once.inputs) && twice.problems.length === 0 && JSON.stringify(twice.inputs) === JSON.stringify(once.inputs);
    }));
  });
});

describe('amiStepCount', () => {
  it('is ten steps, three of them attempts when private and two otherwise', () => {
    expect(amiStepCount(DEFAULT_AMI_INPUTS)).toBe(10);
    expect(amiScenario(DEFAULT_AMI_INPUTS).filter((e) => e.attempt)).toHaveLength(3);
    expect(amiScenario({ ...DEFAULT_AMI_INPUTS, permission: 'public' }).filter((e) => e.attempt)).toHaveLength(2);
  });

  it('equals the number of steps amiSteps builds, for any inputs (fixed seed)', () => {
    assertProperty(fc.property(anyRawInputs, (raw) => amiStepCount(raw) === amiSteps(raw).length), 100);
  });
});
