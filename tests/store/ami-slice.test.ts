import { describe, expect, it } from 'vitest';
import { RESOURCE_ID_PATTERN } from '../../src/domain/ami/ids';
import { clampAmiInputs } from '../../src/domain/ami/inputs';
import { amiSteps } from '../../src/domain/ami/scenario';
import { allAmis, sourceAmi } from '../../src/domain/ami/scene';
import { DEFAULT_AMI } from '../../src/store/ami-defaults';
import { nextSeed } from '../../src/store/ami-slice';
import { createAppStore } from '../../src/store/create-app-store';
import { DEFAULT_ENCRYPTION } from '../../src/store/encryption-defaults';

/** The id of your AMI at the last step of the scenario the store's inputs describe. */
const yourAmiId = (ami: typeof DEFAULT_AMI) => sourceAmi(amiSteps(ami).at(-1)!.scene)!.id;

describe('the AMI slice', () => {
  it('starts on the domain\'s defaults at the first step, with nothing to say', () => {
    const { ami, amiMessages } = createAppStore().getState();
    expect(ami).toEqual(DEFAULT_AMI);
    expect(ami).toEqual({
      bootGiB: 8, bootUsedGiB: 3, dataVolumes: 1, dataGiB: 100, dataUsedGiB: 20, instanceStore: 0,
      launchAz: 'b', copyRegion: 'us-west-2', permission: 'private', seed: 2021, step: 0,
    });
    expect(amiMessages).toEqual([]);
  });

  it('keeps the step within the scenario\'s ten steps, in whole steps', () => {
    const store = createAppStore();
    const step = () => store.getState().ami.step;
    store.getState().goToAmiStep(4);
    expect(step()).toBe(4);
    store.getState().goToAmiStep(99);
    expect(step()).toBe(9);
    store.getState().goToAmiStep(-4);
    expect(step()).toBe(0);
    store.getState().goToAmiStep(2.6);
    expect(step()).toBe(3);
    expect(amiSteps(store.getState().ami)).toHaveLength(10);
  });

  it('clamps the data on the root volume to its size and a data volume to 16,384 GiB, saying so in sentences', () => {
    const store = createAppStore();
    store.getState().chooseAmiScenario({ bootUsedGiB: 50, dataGiB: 20_000 });
    const { ami, amiMessages } = store.getState();
    expect(ami).toEqual({ ...DEFAULT_AMI, bootUsedGiB: 8, dataGiB: 16_384 });
    expect(amiMessages).toEqual([
      'The boot volume\'s data (GiB) must be a whole number from 1 to 8: 50 became 8.',
      'The data volume size (GiB) must be a whole number from 1 to 16384: 20000 became 16384.',
    ]);
  });

  it('lowers the data on a volume when the volume shrinks below it, and says so', () => {
    const store = createAppStore();
    store.getState().chooseAmiScenario({ dataGiB: 10 });
    expect(store.getState().ami.dataUsedGiB).toBe(10);
    expect(store.getState().amiMessages).toEqual(['Each data volume\'s data (GiB) must be a whole number from 1 to 10: 20 became 10.']);
  });

  it('clears its messages once the choices fit', () => {
    const store = createAppStore();
    store.getState().chooseAmiScenario({ bootUsedGiB: 50 });
    expect(store.getState().amiMessages).toHaveLength(1);
    store.getState().chooseAmiScenario({ bootGiB: 64, bootUsedGiB: 40 });
    expect(store.getState().ami).toEqual({ ...DEFAULT_AMI, bootGiB: 64, bootUsedGiB: 40 });
    expect(store.getState().amiMessages).toEqual([]);
  });

  it('applies a valid choice as made, keeping the step on screen', () => {
    const store = createAppStore();
    store.getState().goToAmiStep(6);
    store.getState().chooseAmiScenario({ permission: 'public', dataVolumes: 2, instanceStore: 1, launchAz: 'c', copyRegion: 'eu-west-1' });
    const { ami, amiMessages } = store.getState();
    expect(ami).toEqual({ ...DEFAULT_AMI, permission: 'public', dataVolumes: 2, instanceStore: 1, launchAz: 'c', copyRegion: 'eu-west-1', step: 6 });
    expect(amiMessages).toEqual([]);
  });

  it('draws new ids from the next seed of its sequence, the same in every store, keeping the rest', () => {
    const store = createAppStore();
    store.getState().goToAmiStep(5);
    const before = yourAmiId(store.getState().ami);
    store.getState().newAmiIds();
    const { ami } = store.getState();
    expect(ami).toEqual({ ...DEFAULT_AMI, seed: nextSeed(2021), step: 5 });
    expect(ami.seed).toBe(1_116_295_866);
    expect(clampAmiInputs(ami).problems).toEqual([]);
    const after = yourAmiId(ami);
    expect(after).toMatch(RESOURCE_ID_PATTERN);
    expect(after).not.toBe(before);
    const amiIds = (seed: number) => allAmis(amiSteps({ ...DEFAULT_AMI, seed }).at(-1)!.scene).map((a) => a.id);
    expect(amiIds(ami.seed).filter((id) => amiIds(2021).includes(id))).toEqual([]);

    const other = createAppStore();
    other.getState().newAmiIds();
    expect(other.getState().ami.seed).toBe(ami.seed);
    store.getState().newAmiIds();
    expect(store.getState().ami.seed).toBe(nextSeed(nextSeed(2021)));
    expect(store.getState().ami.seed).not.toBe(ami.seed);
  });

  it('goes back to its starting values when the view is reset, leaving other views alone', () => {
    const store = createAppStore();
    store.getState().goToAmiStep(7);
    store.getState().chooseAmiScenario({ permission: 'accounts', bootUsedGiB: 99 });
    store.getState().newAmiIds();
    store.getState().chooseEncryptionScenario({ branch: 'os-encryption' });
    const encryption = store.getState().encryption;
    expect(store.getState().amiMessages).not.toEqual([]);
    store.getState().resetView('ami');
    expect(store.getState().ami).toEqual(DEFAULT_AMI);
    expect(store.getState().amiMessages).toEqual([]);
    expect(store.getState().encryption).toBe(encryption);
    expect(encryption).not.toEqual(DEFAULT_ENCRYPTION);
  });
});
