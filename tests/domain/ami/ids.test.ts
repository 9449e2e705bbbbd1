/**
 * The seeded id generator: AWS-shaped ids (ami-0 and 16 hex digits), the same for the same seed,
 * never repeated within a factory, and different for another seed. No Math.random anywhere.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RESOURCE_ID_PATTERN, fullIdOnce, idFactory, idWord, normaliseSeed, shortId, type IdPrefix } from '../../../src/domain/ami/ids';
import { assertProperty } from '../support/property';

const PREFIXES: readonly IdPrefix[] = ['ami', 'snap', 'vol', 'i'];
const draw = (seed: number, prefixes: readonly IdPrefix[]): string[] => {
  const ids = idFactory(seed);
  return prefixes.map((p) => ids.next(p));
};

describe('idFactory', () => {
  it('gives ids shaped like AWS\'s: the prefix, "-0" and 16 hex digits', () => {
    const [ami, snap, vol, i] = draw(2021, PREFIXES);
    expect(ami).toMatch(/^ami-0[0-9a-f]{16}$/);
    expect(snap).toMatch(/^snap-0[0-9a-f]{16}$/);
    expect(vol).toMatch(/^vol-0[0-9a-f]{16}$/);
    expect(i).toMatch(/^i-0[0-9a-f]{16}$/);
  });

  it('gives the same ids in the same order for the same seed', () => {
    expect(draw(2021, PREFIXES)).toEqual(draw(2021, PREFIXES));
    expect(draw(2021, ['ami'])).toEqual(['ami-0d6ad136516b3d081']);
  });

  it('never repeats an id within one factory (10,000 draws)', () => {
    const ids = idFactory(7);
    const seen = new Set(Array.from({ length: 10_000 }, () => ids.next('vol')));
    expect(seen.size).toBe(10_000);
  });

  it('gives different ids for any other seed (fixed fast-check seed)', () => {
    const anySeed = fc.integer({ min: 0, max: 0xffff_ffff });
    assertProperty(fc.property(anySeed, anySeed, (a, b) => {
      fc.pre(a !== b);
      const mine = new Set(draw(a, ['ami', 'snap', 'vol', 'i', 'ami', 'snap']));
      return draw(b, ['ami', 'snap', 'vol', 'i', 'ami', 'snap']).every((id) => !mine.has(id));
    }));
  });

  it('reads a seed as a 32-bit unsigned integer, and a non-finite one as 0', () => {
    expect(normaliseSeed(2021.9)).toBe(2021);
    expect(normaliseSeed(-1)).toBe(0xffff_ffff);
    expect(normaliseSeed(Number.NaN)).toBe(0);
    expect(idWord(2 ** 32 + 5, 0)).toBe(idWord(5, 0));
    expect(draw(Number.POSITIVE_INFINITY, ['i'])[0]).toMatch(RESOURCE_ID_PATTERN);
  });
});

describe('shortId', () => {
  it('keeps the prefix and the last four hex digits, and leaves anything else as it is', () => {
    expect(shortId('ami-0123456789abc3f2a')).toBe('ami-…3f2a');
    expect(shortId('snap-000000000deadbeef')).toBe('snap-…beef');
    expect(shortId('i-0aaaaaaaabbbb1234')).toBe('i-…1234');
    expect(shortId('vol-0aaaaaaaa')).toBe('vol-0aaaaaaaa');
    expect(shortId('us-east-1')).toBe('us-east-1');
  });

  it('is short and unbreakable for every issued id: at most 10 characters, no space', () => {
    assertProperty(fc.property(fc.integer({ min: 0, max: 0xffff_ffff }), fc.constantFrom(...PREFIXES), (seed, prefix) => {
      const id = idFactory(seed).next(prefix);
      const short = shortId(id);
      expect(short).toBe(`${prefix}-…${id.slice(-4)}`);
      expect(short.length).toBeLessThanOrEqual(10);
    }));
  });
});

describe('fullIdOnce', () => {
  it('writes each id in full the first time and short after that', () => {
    const [ami, snap] = draw(7, ['ami', 'snap']);
    expect(fullIdOnce(`${ami} maps ${snap}; ${ami} is private; ${snap} stores 3 GiB`))
      .toBe(`${ami} maps ${snap}; ${shortId(ami!)} is private; ${shortId(snap!)} stores 3 GiB`);
    expect(fullIdOnce('no ids here')).toBe('no ids here');
  });
});
