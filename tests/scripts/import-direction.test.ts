import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module without types
import { allowed, layerOf } from '../../scripts/lint/import-direction.js';

const src = (p: string) => path.join('/repo', 'src', ...p.split('/'));

describe('the import-direction lint rule', () => {
  it('knows the layer of every file under src', () => {
    expect(layerOf(src('domain/ebs/rules.ts'))).toBe('domain');
    expect(layerOf(src('domain'))).toBe('domain');
    expect(layerOf(src('features/volume-explorer/cost-panel.tsx'))).toBe('features/volume-explorer');
    expect(layerOf(src('main.tsx'))).toBe('app');
    expect(layerOf('/repo/tests/x.ts')).toBeNull();
  });

  it('lets imports flow domain <- store <- features <- app only', () => {
    expect(allowed('store', 'domain')).toBe(true);
    expect(allowed('domain', 'store')).toBe(false);
    expect(allowed('store', 'features/volume-explorer')).toBe(false);
    expect(allowed('components', 'store')).toBe(false);
    expect(allowed('components', 'domain')).toBe(true);
    expect(allowed('features/volume-explorer', 'components')).toBe(true);
    expect(allowed('features/volume-explorer', 'features/burst-credits')).toBe(false);
    expect(allowed('features/volume-explorer', 'app')).toBe(false);
    expect(allowed('app', 'features/volume-explorer')).toBe(true);
  });
});
