/**
 * Which instance types each edition's table lists, by name only (instance-limits.ts holds their
 * figures and sources). The URL codec checks names against this without loading the whole table;
 * a test keeps the two in step.
 */
import type { Edition } from '../types';

export const INSTANCE_NAMES: Readonly<Record<Edition, readonly string[]>> = {
  'saa-c02': ['m5.large', 'c5.18xlarge', 'c6gn.16xlarge', 'r5b.24xlarge'],
  current: ['m5.large', 'c5.18xlarge', 'c6gn.16xlarge', 'r5b.24xlarge', 'm6in.32xlarge'],
};

export function isInstanceName(name: string, edition: Edition): boolean {
  return INSTANCE_NAMES[edition].includes(name);
}

/** The instance a view falls back to when its instance is not in the edition's table. */
export function firstInstanceName(edition: Edition): string {
  return INSTANCE_NAMES[edition][0]!;
}
