/**
 * Which limit sets each delivered figure, in a sentence with its numbers (shared/aws-facts.md
 * §1.2 I/O size, §1.3-1.7 per type).
 */
import { describe, expect, it } from 'vitest';
import { EDITIONS, VOLUME_TYPES, explainPerformance, type Edition } from '../../../src/domain';

describe.each(EDITIONS)('gp2 explanation (%s)', (edition: Edition) => {
  it('at 10 GiB: the 100 IOPS minimum, and 25 MiB/s from 100 IOPS of 256 KiB, 128 when bursting', () => {
    const e = explainPerformance({ type: 'gp2', sizeGiB: 10 }, edition);
    expect(e.iops).toEqual({ kind: 'minimum', text: 'Every gp2 volume gets at least 100 IOPS (sizes up to 33.33 GiB).' });
    expect(e.throughput).toEqual({ kind: 'io-size', text: 'Baseline IOPS x 256 KiB I/O = 25 MiB/s; bursting lifts it to 128 MiB/s.' });
  });

  it('at 100 GiB: 3 IOPS per GiB gives 300 IOPS', () => {
    expect(explainPerformance({ type: 'gp2', sizeGiB: 100 }, edition).iops)
      .toEqual({ kind: 'size-ratio', text: 'gp2 earns 3 IOPS per GiB: 100 GiB x 3 = 300 IOPS.' });
  });

  it('at 6,000 GiB: the 16,000 IOPS and 250 MiB/s ceilings', () => {
    const e = explainPerformance({ type: 'gp2', sizeGiB: 6_000 }, edition);
    expect(e.iops).toEqual({ kind: 'type-ceiling', text: 'gp2 tops out at 16,000 IOPS, reached at 5,334 GiB.' });
    expect(e.throughput).toEqual({ kind: 'type-ceiling', text: 'gp2 tops out at 250 MiB/s (at 334 GiB and above without credits).' });
  });
});

describe.each(EDITIONS)('HDD explanation (%s)', (edition: Edition) => {
  it('st1 at 1 TiB: 40/250 MiB/s per TiB, IOPS counted in 1 MiB units', () => {
    const e = explainPerformance({ type: 'st1', sizeGiB: 1_024 }, edition);
    expect(e.throughput.kind).toBe('size-ratio');
    expect(e.throughput.text).toContain('40 MiB/s per TiB baseline and 250 MiB/s per TiB burst (burst capped at 500 MiB/s)');
    expect(e.iops).toEqual({ kind: 'io-size', text: 'HDD I/O counts in 1 MiB units, so IOPS equal MiB/s here.' });
    expect([e.quotedIoKiB, e.maxIoKiB]).toEqual([1_024, 1_024]);
  });

  it('st1 and sc1 at 16 TiB: baseline ceilings of 500 and 192 MiB/s, 500 and 250 IOPS', () => {
    const st1 = explainPerformance({ type: 'st1', sizeGiB: 16_384 }, edition);
    expect(st1.throughput.text).toBe('st1 baseline tops out at 500 MiB/s.');
    expect(st1.iops.text).toBe('st1 allows at most 500 IOPS of 1 MiB.');
    const sc1 = explainPerformance({ type: 'sc1', sizeGiB: 16_384 }, edition);
    expect(sc1.throughput.text).toBe('sc1 baseline tops out at 192 MiB/s.');
    expect(sc1.iops.text).toBe('sc1 allows at most 250 IOPS of 1 MiB.');
  });
});

describe('provisioned explanation', () => {
  it('gp3 delivers what is provisioned, 500 IOPS per GiB and 16,000 (2021) or 80,000 (today) per volume at most', () => {
    const old = explainPerformance({ type: 'gp3', sizeGiB: 100 }, 'saa-c02');
    expect(old.iops).toEqual({ kind: 'provisioned', text: 'gp3 delivers the 3,000 IOPS you provision; 500 per GiB and 16,000 per volume at most.' });
    expect(old.throughput.text).toBe('gp3 delivers the 125 MiB/s you provision (125 included; at most 0.25 MiB/s per IOPS).');
    expect(explainPerformance({ type: 'gp3', sizeGiB: 100 }, 'current').iops.text).toContain('80,000 per volume');
  });

  it('io1 throughput: 256 KiB per IOPS up to 500 MiB/s, then 16 KiB per IOPS above 32,000', () => {
    const tp = (iops: number) => explainPerformance({ type: 'io1', sizeGiB: 1_280, iops }, 'saa-c02').throughput;
    expect(tp(1_000)).toEqual({ kind: 'io-size', text: '1,000 IOPS x 256 KiB I/O = 250 MiB/s.' });
    expect(tp(2_000)).toEqual({ kind: 'type-ceiling', text: 'Up to 32,000 IOPS, io1 tops out at 500 MiB/s (reached at 2,000 IOPS of 256 KiB).' });
    expect(tp(48_000)).toEqual({ kind: 'io-size', text: 'Above 32,000 IOPS, io1 moves 16 KiB per provisioned IOPS: 750 MiB/s (1,000 MiB/s at 64,000).' });
  });

  it('io2 follows the io1 rule in saa-c02 and Block Express\'s 0.256 MiB/s per IOPS today', () => {
    expect(explainPerformance({ type: 'io2', sizeGiB: 100, iops: 1_000 }, 'saa-c02').throughput.text).toBe('1,000 IOPS x 256 KiB I/O = 250 MiB/s.');
    expect(explainPerformance({ type: 'io2', sizeGiB: 100, iops: 1_000 }, 'current').throughput.text).toBe('io2 moves 0.256 MiB/s per provisioned IOPS.');
  });

  it.each(EDITIONS)('io2 Block Express in %s tops out at 4,000 MiB/s', (edition) => {
    expect(explainPerformance({ type: 'io2-block-express', sizeGiB: 256, iops: 256_000 }, edition).throughput)
      .toEqual({ kind: 'type-ceiling', text: 'io2 Block Express tops out at 4,000 MiB/s.' });
  });

  it('quotes SSD IOPS at 16 KiB while counting I/Os up to 256 KiB, for every SSD type in both editions', () => {
    for (const edition of EDITIONS) {
      for (const type of VOLUME_TYPES.filter((t) => t !== 'st1' && t !== 'sc1')) {
        const e = explainPerformance({ type, sizeGiB: 500 }, edition);
        expect([e.quotedIoKiB, e.maxIoKiB]).toEqual([16, 256]);
        expect(e.iops.text.length).toBeGreaterThan(20);
      }
    }
  });
});
