import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSettled } from '../../../src/features/burst/use-settled';

describe('a value that follows a slider once it rests', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('keeps the last settled value while the slider moves, and follows 60 ms after the last step', () => {
    const cause = {};
    const { result, rerender } = renderHook(({ value }) => useSettled(value, 60, cause), { initialProps: { value: 100 } });
    expect(result.current).toBe(100);
    for (const value of [101, 102, 103]) {
      rerender({ value });
      act(() => vi.advanceTimersByTime(40));
    }
    expect(result.current).toBe(100);
    act(() => vi.advanceTimersByTime(20));
    expect(result.current).toBe(103);
  });

  it('follows at once when something else changed it (a click, an edit, a drag on the chart)', () => {
    const { result, rerender } = renderHook(({ value, cause }) => useSettled(value, 60, cause), { initialProps: { value: 1, cause: {} } });
    rerender({ value: 2, cause: {} });
    expect(result.current).toBe(2);
  });
});
