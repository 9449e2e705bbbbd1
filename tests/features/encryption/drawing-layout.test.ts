/**
 * The encryption drawing's two layouts: the encrypted data key's arrow goes through the EC2 host
 * (EC2 sends it to KMS), and on a phone the stacked layout keeps its smallest words about 11 px.
 */
import { describe, expect, it } from 'vitest';
import { NARROW, WIDE, type DrawingLayout } from '../../../src/features/encryption/drawing-layout';

type Rect = readonly [number, number, number, number];
const near = (a: number, b: number) => Math.abs(a - b) <= 3;
const within = (v: number, lo: number, hi: number) => v >= lo - 3 && v <= hi + 3;
/** Whether the point lies on the edge of the box (within a few units). */
const onEdge = ([x, y]: readonly [number, number], [bx, by, bw, bh]: Rect) =>
  (within(x, bx, bx + bw) && (near(y, by) || near(y, by + bh))) || (within(y, by, by + bh) && (near(x, bx) || near(x, bx + bw)));

describe.each([['wide', WIDE], ['narrow', NARROW]] as const)('the %s layout', (_, L: DrawingLayout) => {
  it('routes the encrypted data key from the volume to the host, then from the host to KMS', () => {
    const [[a, b], { from, to }] = L.encryptedKey;
    expect(onEdge(a, L.volumes), 'starts at the volumes').toBe(true);
    expect(onEdge(b, L.host), 'reaches the host').toBe(true);
    expect(onEdge(from, L.host), 'leaves the host').toBe(true);
    expect(onEdge(to, L.kms), 'reaches KMS').toBe(true);
  });

  it('keeps every box inside the drawing', () => {
    for (const [x, y, w, h] of [L.region, L.os, L.host, L.kms, L.volumes, L.snapshots]) {
      expect(x >= 0 && y >= 0 && x + w <= L.w && y + h <= L.h).toBe(true);
    }
  });
});

describe('on a phone', () => {
  it('draws its smallest words at about 11 px or more in a 311 px wide drawing (375 px screen)', () => {
    expect((NARROW.smallest * 311) / NARROW.w).toBeGreaterThanOrEqual(11);
    // The wide layout would not: 7.5 units at 311 / 340 is under 7 px.
    expect((WIDE.smallest * 311) / WIDE.w).toBeLessThan(7);
  });
});
