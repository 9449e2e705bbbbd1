import { describe, expect, it } from 'vitest';
import { instanceTypesFor } from '../../../src/domain/catalog/instance-limits';
import { firstInstanceName, INSTANCE_NAMES, isInstanceName } from '../../../src/domain/catalog/instance-names';

describe('the instance names the URL codec checks', () => {
  it('are exactly the instance table of each edition, in order', () => {
    for (const edition of ['saa-c02', 'current'] as const) {
      expect(INSTANCE_NAMES[edition]).toEqual(instanceTypesFor(edition).map((i) => i.name));
      expect(firstInstanceName(edition)).toBe('m5.large');
    }
  });

  it('know m6in.32xlarge only in the current table', () => {
    expect(isInstanceName('m6in.32xlarge', 'current')).toBe(true);
    expect(isInstanceName('m6in.32xlarge', 'saa-c02')).toBe(false);
    expect(isInstanceName('t2.micro', 'current')).toBe(false);
  });
});
