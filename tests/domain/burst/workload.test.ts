/**
 * Cleaning a custom workload: every problem names the segment, what was wrong and what was used.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_SEGMENTS, MAX_WORKLOAD_SECONDS, MIN_SEGMENT_SECONDS, mergeSegments, validateWorkload,
} from '../../../src/domain';
import { assertProperty } from '../support/property';

/** How validateWorkload reads a value: numbers, and text that reads as a number. */
const read = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN);

describe('validateWorkload', () => {
  it('passes a clean workload through unchanged, with no problems', () => {
    const segments = [{ durationSeconds: 3_600, demand: 150 }, { durationSeconds: 60, demand: 0 }];
    expect(validateWorkload(segments)).toEqual({ segments, problems: [] });
  });

  it('replaces a duration that is not a number with 3,600 s and says so', () => {
    const r = validateWorkload([{ durationSeconds: 60, demand: 1 }, { durationSeconds: 60, demand: 1 }, { durationSeconds: 'abc', demand: 5 }]);
    expect(r.segments[2]).toEqual({ durationSeconds: 3_600, demand: 5 });
    expect(r.problems).toEqual(['segment 3: duration "abc" is not a number: used 3,600 s']);
  });

  it('reads numbers written as text without complaint', () => {
    expect(validateWorkload([{ durationSeconds: '120', demand: ' 300 ' }])).toEqual({ segments: [{ durationSeconds: 120, demand: 300 }], problems: [] });
  });

  it.each([
    [{ durationSeconds: 10, demand: 5 }, { durationSeconds: 60, demand: 5 }, 'segment 1: duration 10 s is shorter than 60 s: used 60 s'],
    [{ durationSeconds: NaN, demand: 5 }, { durationSeconds: 3_600, demand: 5 }, 'segment 1: duration NaN is not a number: used 3,600 s'],
    [{ durationSeconds: Infinity, demand: 5 }, { durationSeconds: 3_600, demand: 5 }, 'segment 1: duration Infinity is not a number: used 3,600 s'],
    [{ demand: 5 }, { durationSeconds: 3_600, demand: 5 }, 'segment 1: duration is missing: used 3,600 s'],
    [{ durationSeconds: 60, demand: -4 }, { durationSeconds: 60, demand: 0 }, 'segment 1: demand -4 is below 0: used 0'],
    [{ durationSeconds: 60, demand: 2e6 }, { durationSeconds: 60, demand: 1e6 }, 'segment 1: demand 2,000,000 is above the ceiling of 1,000,000: used 1,000,000'],
    [{ durationSeconds: 60, demand: null }, { durationSeconds: 60, demand: 0 }, 'segment 1: demand null is not a number: used 0'],
    [{ durationSeconds: 60, demand: [1] }, { durationSeconds: 60, demand: 0 }, 'segment 1: demand a list is not a number: used 0'],
    [{ durationSeconds: 60 }, { durationSeconds: 60, demand: 0 }, 'segment 1: demand is missing: used 0'],
  ])('cleans %o to %o: "%s"', (input, output, problem) => {
    expect(validateWorkload([input])).toEqual({ segments: [output], problems: [problem] });
  });

  it('caps demand at a ceiling the caller gives, never above 1,000,000', () => {
    expect(validateWorkload([{ durationSeconds: 60, demand: 20_000 }], 16_000).problems)
      .toEqual(['segment 1: demand 20,000 is above the ceiling of 16,000: used 16,000']);
    expect(validateWorkload([{ durationSeconds: 60, demand: 5e6 }], 9e9).segments[0]?.demand).toBe(1e6);
  });

  it('leaves out what is not a segment at all, and an input that is not a list', () => {
    expect(validateWorkload([42, { durationSeconds: 60, demand: 1 }, null])).toEqual({
      segments: [{ durationSeconds: 60, demand: 1 }],
      problems: [
        'segment 1 is 42, not a segment with a duration and a demand: left it out',
        'segment 3 is null, not a segment with a duration and a demand: left it out',
      ],
    });
    expect(validateWorkload('lots')).toEqual({ segments: [], problems: ['the workload is "lots", not a list of segments: used an empty workload'] });
  });

  it('keeps the first 200 segments', () => {
    const r = validateWorkload(Array.from({ length: 250 }, () => ({ durationSeconds: 60, demand: 1 })));
    expect(r.segments).toHaveLength(MAX_SEGMENTS);
    expect(r.problems).toEqual(['the workload has 250 segments, more than 200: used the first 200']);
  });

  it('cuts the workload at 7 days, shortening the segment that crosses it', () => {
    const r = validateWorkload([{ durationSeconds: 600_000, demand: 1 }, { durationSeconds: 7_200, demand: 2 }, { durationSeconds: 60, demand: 3 }]);
    expect(r.segments).toEqual([{ durationSeconds: 600_000, demand: 1 }, { durationSeconds: 4_800, demand: 2 }]);
    expect(r.problems).toEqual(['the workload runs past 604,800 s (7 days) at segment 2: shortened segment 2 to 4,800 s and dropped every segment after it']);
    const tight = validateWorkload([{ durationSeconds: 604_770, demand: 1 }, { durationSeconds: 600, demand: 2 }]);
    expect(tight.segments).toEqual([{ durationSeconds: 604_770, demand: 1 }]);
    expect(tight.problems[0]).toMatch(/left out segment 2/);
  });

  it('always returns a workload within the limits, with a problem for every change', () => {
    const value = fc.oneof(fc.double(), fc.integer({ min: -10, max: 700_000 }), fc.string({ maxLength: 6 }), fc.constant(null), fc.constant(undefined));
    const item = fc.oneof(fc.record({ durationSeconds: value, demand: value }, { requiredKeys: [] }), value);
    assertProperty(fc.property(fc.array(item, { maxLength: 260 }), fc.option(fc.integer({ min: 0, max: 2e6 }), { nil: undefined }), (input, ceiling) => {
      const { segments, problems } = validateWorkload(input, ceiling);
      const cap = Math.min(ceiling ?? 1e6, 1e6);
      expect(segments.length).toBeLessThanOrEqual(MAX_SEGMENTS);
      expect(segments.reduce((a, s) => a + s.durationSeconds, 0)).toBeLessThanOrEqual(MAX_WORKLOAD_SECONDS);
      for (const s of segments) {
        expect(s.durationSeconds).toBeGreaterThanOrEqual(MIN_SEGMENT_SECONDS);
        expect(s.demand >= 0 && s.demand <= cap).toBe(true);
      }
      const unchanged = segments.length === input.length && segments.every((s, i) => {
        const raw = input[i] as { durationSeconds?: unknown; demand?: unknown };
        return s.durationSeconds === read(raw.durationSeconds) && s.demand === read(raw.demand);
      });
      expect(problems.length === 0).toBe(unchanged);
      expect(validateWorkload(segments, ceiling)).toEqual({ segments, problems: [] });
    }), 200);
  });
});

describe('mergeSegments', () => {
  it('joins adjacent equal demands and drops empty segments', () => {
    expect(mergeSegments([
      { durationSeconds: 60, demand: 1 }, { durationSeconds: 0, demand: 5 }, { durationSeconds: 60, demand: 1 }, { durationSeconds: 30, demand: 2 },
    ])).toEqual([{ durationSeconds: 120, demand: 1 }, { durationSeconds: 30, demand: 2 }]);
  });
});
