/**
 * Readable, stable resource ids for the AMI walkthrough, drawn from a seed: no Math.random, no clock.
 *
 *   word(seed, k) = fmix32( fmix32(seed) + (k + 1) x 0x9E3779B9 )     (mod 2^32)
 *   id n          = prefix + '-0' + hex8(word(seed, 2n)) + hex8(word(seed, 2n + 1))
 *
 * fmix32 is MurmurHash3's 32-bit finaliser (xor-shifts and odd multipliers: a bijection on 32-bit
 * words), so for a fixed counter k two different seeds always give different words: the first id
 * of a scenario differs for every other seed. An id has AWS's shape, `ami-0` and 16 hex digits
 * (`ami-0abc...`; seed notes (AMI): "ami-`random set of chars`"), and likewise `snap-0`, `vol-0`,
 * `i-0`. A factory remembers what it issued and skips a repeat, so ids never repeat within one
 * scenario. The seed is a 32-bit unsigned integer (others are truncated and taken modulo 2^32;
 * a non-finite seed counts as 0). No units.
 */
import { fmix32 } from '../hash';

export type IdPrefix = 'ami' | 'snap' | 'vol' | 'i';

export interface IdFactory {
  /** The next unused id with this prefix. */
  next(prefix: IdPrefix): string;
}

/** Every id a factory issues matches this. */
export const RESOURCE_ID_PATTERN = /^(ami|snap|vol|i)-0[0-9a-f]{16}$/;


/** The seed as the generator reads it: a 32-bit unsigned integer. */
export function normaliseSeed(seed: number): number {
  return Number.isFinite(seed) ? Math.trunc(seed) >>> 0 : 0;
}

/** The k-th 32-bit word of the stream of `seed` (k = 0, 1, 2, ...). */
export function idWord(seed: number, k: number): number {
  return fmix32(fmix32(normaliseSeed(seed)) + Math.imul(k + 1, 0x9e37_79b9));
}

const hex8 = (word: number): string => word.toString(16).padStart(8, '0');

/** A fresh factory: the same seed always issues the same ids in the same order. */
export function idFactory(seed: number): IdFactory {
  const issued = new Set<string>();
  let counter = 0;
  return {
    next(prefix: IdPrefix): string {
      for (;;) {
        const id = `${prefix}-0${hex8(idWord(seed, 2 * counter))}${hex8(idWord(seed, 2 * counter + 1))}`;
        counter += 1;
        if (!issued.has(id)) {
          issued.add(id);
          return id;
        }
      }
    },
  };
}

/** Any id of RESOURCE_ID_PATTERN's shape inside a text. */
const ID_IN_TEXT = /\b(ami|snap|vol|i)-0[0-9a-f]{16}\b/g;

/**
 * The short form a drawing prints, `ami-…3f2a`: the prefix and the last four hex digits (the full id
 * goes in the element's title). Anything that is not an id comes back as it is.
 */
export function shortId(id: string): string {
  return RESOURCE_ID_PATTERN.test(id) ? `${id.slice(0, id.indexOf('-'))}-…${id.slice(-4)}` : id;
}

/** The text with each id written in full the first time it appears and short (shortId) after that. */
export function fullIdOnce(text: string): string {
  const seen = new Set<string>();
  return text.replace(ID_IN_TEXT, (id) => {
    if (seen.has(id)) return shortId(id);
    seen.add(id);
    return id;
  });
}
