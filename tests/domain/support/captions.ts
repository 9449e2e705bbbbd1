import { expect } from 'vitest';

/** The sentences of a caption: split after ., ! or ? followed by a space. */
export const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter((s) => s.length > 0);

/** A step list entry reads as a short title (3 to 7 words) and its caption is one or two sentences. */
export function expectReadableStep(step: { title: string; explanation: string }): void {
  const words = step.title.trim().split(/\s+/).length;
  expect(words, step.title).toBeGreaterThanOrEqual(3);
  expect(words, step.title).toBeLessThanOrEqual(7);
  const n = sentences(step.explanation).length;
  expect(n, step.explanation).toBeGreaterThanOrEqual(1);
  expect(n, step.explanation).toBeLessThanOrEqual(2);
}
