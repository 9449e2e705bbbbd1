import { describe, expect, it } from 'vitest';
import { DEFAULT_CONTAINERS } from '../../src/store/containers-defaults';
import { createAppStore } from '../../src/store/create-app-store';
import { selectContainers } from '../../src/store/selectors';

const containersOf = (store: ReturnType<typeof createAppStore>) => selectContainers(store.getState());

describe('the containers slice', () => {
  it('starts on the Node.js sample with six apps, three containers, a second image and a private repository', () => {
    const store = createAppStore();
    expect(containersOf(store)).toEqual(DEFAULT_CONTAINERS);
    expect(containersOf(store)).toEqual({
      sample: 'node-web', dockerfile: '', layerSizes: {}, apps: 6, appMemoryMB: 256, appDiskMB: 200,
      containerCount: 3, secondImage: true, visibility: 'private',
    });
  });

  it('makes an edited sample custom, keeping the text as typed and the sizes already set', () => {
    const store = createAppStore();
    store.getState().setLayerSize(3, 50);
    store.getState().editDockerfile('FROM alpine:3.20\nRUN echo ✓ & 🐳\n');
    expect(containersOf(store)).toMatchObject({ sample: 'custom', dockerfile: 'FROM alpine:3.20\nRUN echo ✓ & 🐳\n', layerSizes: { 3: 50 } });
  });

  it('keeps at most 8,000 characters of a typed Dockerfile', () => {
    const store = createAppStore();
    store.getState().editDockerfile('#'.repeat(9_000));
    expect(containersOf(store).dockerfile).toHaveLength(8_000);
  });

  it('clears the typed text and the layer sizes when a sample is chosen', () => {
    const store = createAppStore();
    store.getState().editDockerfile('FROM alpine:3.20\n');
    store.getState().setLayerSize(1, 9);
    store.getState().chooseSample('python-wasteful');
    expect(containersOf(store)).toEqual({ ...DEFAULT_CONTAINERS, sample: 'python-wasteful', dockerfile: '', layerSizes: {} });
  });

  it('sets a layer\'s size by its line, within 0 to 100,000 MB, and removes it with null', () => {
    const store = createAppStore();
    const { setLayerSize } = store.getState();
    setLayerSize(2, 120);
    setLayerSize(5, -4);
    setLayerSize(7, 250_000);
    expect(containersOf(store).layerSizes).toEqual({ 2: 120, 5: 0, 7: 100_000 });
    setLayerSize(2, 80);
    expect(containersOf(store).layerSizes).toEqual({ 2: 80, 5: 0, 7: 100_000 });
    setLayerSize(5, null);
    expect(containersOf(store).layerSizes).toEqual({ 2: 80, 7: 100_000 });
    setLayerSize(9, null);
    expect(containersOf(store).layerSizes).toEqual({ 2: 80, 7: 100_000 });
  });

  it('keeps a fractional layer size to the kB, as the link does', () => {
    const store = createAppStore();
    store.getState().setLayerSize(4, 12.5);
    store.getState().setLayerSize(6, 0.0042);
    expect(containersOf(store).layerSizes).toEqual({ 4: 12.5, 6: 0.004 });
  });

  it('keeps the containers from 1 to 6, in whole containers', () => {
    const store = createAppStore();
    const count = () => containersOf(store).containerCount;
    store.getState().setContainersCount(0);
    expect(count()).toBe(1);
    store.getState().setContainersCount(9);
    expect(count()).toBe(6);
    store.getState().setContainersCount(2.4);
    expect(count()).toBe(2);
  });

  it('changes only the app figures it is given, each within its range', () => {
    const store = createAppStore();
    store.getState().setApps({ apps: 40 });
    expect(containersOf(store)).toMatchObject({ apps: 12, appMemoryMB: 256, appDiskMB: 200 });
    store.getState().setApps({ appMemoryMB: 1, appDiskMB: 1e9 });
    expect(containersOf(store)).toMatchObject({ apps: 12, appMemoryMB: 16, appDiskMB: 100_000 });
    store.getState().setApps({ apps: 0 });
    expect(containersOf(store).apps).toBe(1);
  });

  it('turns the second image off and on, and sets the repository\'s visibility', () => {
    const store = createAppStore();
    store.getState().toggleSecondImage();
    expect(containersOf(store).secondImage).toBe(false);
    store.getState().toggleSecondImage();
    expect(containersOf(store).secondImage).toBe(true);
    store.getState().setVisibility('public');
    expect(containersOf(store).visibility).toBe('public');
  });

  it('goes back to its starting values when the view is reset', () => {
    const store = createAppStore();
    store.getState().editDockerfile('RUNN nothing');
    store.getState().setApps({ apps: 2 });
    store.getState().resetView('containers');
    expect(containersOf(store)).toEqual(DEFAULT_CONTAINERS);
  });
});
