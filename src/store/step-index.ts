/** A step index kept inside a scenario of `count` steps (0-based; the URL counts from 1). */
export function clampStep(step: number, count: number): number {
  return Math.max(0, Math.min(Math.max(0, count - 1), Math.round(step)));
}

/** A whole number kept inside a view's [min, max] range (the slices' interface limits). */
export function wholeWithin(value: number, [min, max]: readonly [number, number]): number {
  return Math.min(max, Math.max(min, Math.round(value)));
}
