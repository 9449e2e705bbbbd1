import { describe, expect, it } from 'vitest';
import { containersActions } from '../../../src/features/containers/actions';
import { containersState } from '../../../src/features/containers/params';
import { dockerfileSample } from '../../../src/domain';
import { defaultsOf } from '../../../src/store/view-state';
import { viewStore } from '../../support/view-state';

const start = () => viewStore(containersState, containersActions);
const DEFAULTS = defaultsOf(containersState);

describe('the containers view\'s intents', () => {
  it('starts on the Node.js sample with six apps, three containers, a second image and a private repository', () => {
    expect(start().inputs()).toEqual({
      sample: 'node-web', dockerfile: '', layerSizes: {}, ownSizes: {}, apps: 6, appMemoryMB: 256, appDiskMB: 200,
      containerCount: 3, secondImage: true, visibility: 'private',
    });
  });

  it('makes an edited sample custom, keeping the text as typed and the sizes already set', () => {
    const v = start();
    v.actions.setLayerSize(3, 50);
    v.actions.editDockerfile('FROM alpine:3.20\nRUN echo ✓ & 🐳\n');
    expect(v.inputs()).toMatchObject({ sample: 'custom', dockerfile: 'FROM alpine:3.20\nRUN echo ✓ & 🐳\n', layerSizes: { 3: 50 } });
  });

  it('keeps a typed Dockerfile of spaces only as typed', () => {
    const v = start();
    v.actions.editDockerfile('  \n');
    expect(v.inputs()).toMatchObject({ sample: 'custom', dockerfile: '  \n' });
  });

  it('keeps at most 8,000 characters of a typed Dockerfile', () => {
    const v = start();
    v.actions.editDockerfile('#'.repeat(9_000));
    expect(v.inputs().dockerfile).toHaveLength(8_000);
  });

  it('keeps your own Dockerfile and its layer sizes when a sample is chosen, and shows them again for "Your own"', () => {
    const v = start();
    v.actions.editDockerfile('FROM alpine:3.20\n');
    v.actions.setLayerSize(1, 9);
    v.actions.chooseSample('python-wasteful');
    expect(v.inputs()).toEqual({ ...DEFAULTS, sample: 'python-wasteful', dockerfile: 'FROM alpine:3.20\n', layerSizes: {}, ownSizes: { 1: 9 } });
    v.actions.setLayerSize(2, 33);
    v.actions.chooseSample('go-multistage');
    expect(v.inputs()).toMatchObject({ layerSizes: {}, ownSizes: { 1: 9 } });
    v.actions.chooseSample('custom');
    expect(v.inputs()).toEqual({ ...DEFAULTS, sample: 'custom', dockerfile: 'FROM alpine:3.20\n', layerSizes: { 1: 9 }, ownSizes: {} });
  });

  it('drops the sizes of your own Dockerfile with it when an edited sample replaces it', () => {
    const v = start();
    v.actions.editDockerfile('FROM alpine:3.20\n');
    v.actions.setLayerSize(1, 9);
    v.actions.chooseSample('python-tidy');
    v.actions.editDockerfile('FROM debian:12\n');
    expect(v.inputs()).toMatchObject({ sample: 'custom', dockerfile: 'FROM debian:12\n', layerSizes: {}, ownSizes: {} });
  });

  it('starts "Your own" from the sample on screen, with its sizes, while there is none', () => {
    const v = start();
    v.actions.chooseSample('notes-apache');
    v.actions.setLayerSize(2, 40);
    v.actions.chooseSample('custom');
    expect(v.inputs()).toMatchObject({ sample: 'custom', dockerfile: dockerfileSample('notes-apache').text, layerSizes: { 2: 40 } });
  });

  it('puts back what an edit replaced (Undo)', () => {
    const v = start();
    v.actions.editDockerfile('FROM alpine:3.20\n');
    v.actions.chooseSample('python-tidy');
    const { sample, dockerfile, layerSizes, ownSizes } = v.inputs();
    const before = { sample, dockerfile, layerSizes, ownSizes };
    v.actions.editDockerfile(`${dockerfileSample('python-tidy').text}RUN true\n`);
    expect(v.inputs().sample).toBe('custom');
    v.actions.restoreDockerfile(before);
    expect(v.inputs()).toMatchObject({ sample: 'python-tidy', dockerfile: 'FROM alpine:3.20\n' });
  });

  it('sets a layer\'s size by its line, within 0 to 100,000 MB, and removes it with null', () => {
    const v = start();
    const { setLayerSize } = v.actions;
    setLayerSize(2, 120);
    setLayerSize(5, -4);
    setLayerSize(7, 250_000);
    expect(v.inputs().layerSizes).toEqual({ 2: 120, 5: 0, 7: 100_000 });
    setLayerSize(2, 80);
    expect(v.inputs().layerSizes).toEqual({ 2: 80, 5: 0, 7: 100_000 });
    setLayerSize(5, null);
    expect(v.inputs().layerSizes).toEqual({ 2: 80, 7: 100_000 });
    const before = v.inputs();
    setLayerSize(9, null);
    expect(v.inputs()).toBe(before);
  });

  it('keeps a fractional layer size to the kB, as the link does', () => {
    const v = start();
    v.actions.setLayerSize(4, 12.5);
    v.actions.setLayerSize(6, 0.0042);
    expect(v.inputs().layerSizes).toEqual({ 4: 12.5, 6: 0.004 });
  });

  it('keeps the containers from 1 to 6, in whole containers', () => {
    const v = start();
    const count = () => v.inputs().containerCount;
    v.actions.setContainersCount(0);
    expect(count()).toBe(1);
    v.actions.setContainersCount(9);
    expect(count()).toBe(6);
    v.actions.setContainersCount(2.4);
    expect(count()).toBe(2);
  });

  it('changes only the app figures it is given, each within its range', () => {
    const v = start();
    v.actions.setApps({ apps: 40 });
    expect(v.inputs()).toMatchObject({ apps: 12, appMemoryMB: 256, appDiskMB: 200 });
    v.actions.setApps({ appMemoryMB: 1, appDiskMB: 1e9 });
    expect(v.inputs()).toMatchObject({ apps: 12, appMemoryMB: 16, appDiskMB: 100_000 });
    v.actions.setApps({ apps: 0 });
    expect(v.inputs().apps).toBe(1);
  });

  it('turns the second image off and on, and sets the repository\'s visibility', () => {
    const v = start();
    v.actions.toggleSecondImage();
    expect(v.inputs().secondImage).toBe(false);
    v.actions.toggleSecondImage();
    expect(v.inputs().secondImage).toBe(true);
    v.actions.setVisibility('public');
    expect(v.inputs().visibility).toBe('public');
  });

  it('says nothing beside the controls: every intent is kept in range silently', () => {
    const v = start();
    v.actions.setApps({ apps: 40, appMemoryMB: 1 });
    v.actions.setLayerSize(2, 250_000);
    v.actions.editDockerfile('#'.repeat(9_000));
    expect(v.messages()).toEqual([]);
  });

  it('goes back to its starting values when the view is reset', () => {
    const v = start();
    v.actions.editDockerfile('RUNN nothing');
    v.actions.setApps({ apps: 2 });
    v.store.getState().resetView('containers');
    expect(v.inputs()).toEqual(DEFAULTS);
  });
});
