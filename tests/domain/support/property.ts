/**
 * Shared fast-check setup for the domain properties: a fixed seed (override with FC_SEED=<n> to
 * explore), and arbitraries for the model's inputs. A failing property prints its seed and
 * counterexample path so the run can be replayed exactly (HOUSE_STYLE: log the seed of a failure).
 */
import fc from 'fast-check';
import { EDITIONS, VOLUME_TYPES, volumeRules, type Edition, type VolumeType } from '../../../src/domain';

export const SEED = Number(process.env.FC_SEED ?? 20_210_609);

export function assertProperty<Ts>(property: fc.IProperty<Ts>, numRuns = 300): void {
  const details = fc.check(property, { seed: SEED, numRuns });
  if (details.failed) {
    const message = `fast-check failed with seed ${details.seed} (path "${details.counterexamplePath ?? ''}")\n${fc.defaultReportMessage(details) ?? ''}`;
    console.error(message);
    throw new Error(message);
  }
}

export const anyEdition: fc.Arbitrary<Edition> = fc.constantFrom(...EDITIONS);
export const anyType: fc.Arbitrary<VolumeType> = fc.constantFrom(...VOLUME_TYPES);
export const anyTypeAndEdition = fc.tuple(anyType, anyEdition);

/** A whole size the type allows in the edition. */
export function validSize(type: VolumeType, edition: Edition): fc.Arbitrary<number> {
  const r = volumeRules(type, edition);
  return fc.integer({ min: r.minSizeGiB, max: r.maxSizeGiB });
}

/** A type, an edition and a whole size that edition allows for the type. */
export const anyValidSizing = anyTypeAndEdition.chain(([type, edition]) =>
  validSize(type, edition).map((sizeGiB) => ({ type, edition, sizeGiB })));

/** Two sizes a <= b, both allowed for the type in the edition. */
export const anyOrderedSizes = anyTypeAndEdition.chain(([type, edition]) =>
  fc.tuple(validSize(type, edition), validSize(type, edition)).map(([x, y]) =>
    ({ type, edition, small: Math.min(x, y), large: Math.max(x, y) })));
