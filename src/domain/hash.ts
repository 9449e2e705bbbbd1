/**
 * MurmurHash3's 32-bit finaliser: mixes the bits of an integer so that nearby inputs give unrelated
 * outputs. Used for the walkthroughs' readable ids and stand-in layer digests (not for security).
 */
export function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85eb_ca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2_ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
