import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../src/app/views';
import { clampAmiInputs, amiSteps, type AmiInputs } from '../../../src/domain';
import { RESOURCE_ID_PATTERN } from '../../../src/domain/ami/ids';
import { allAmis, sourceAmi } from '../../../src/domain/ami/scene';
import { amiActions, nextSeed } from '../../../src/features/ami/actions';
import { amiState, type AmiViewInputs } from '../../../src/features/ami/params';
import { encryptionActions } from '../../../src/features/encryption/actions';
import { encryptionState } from '../../../src/features/encryption/params';
import { createAppStore } from '../../../src/store/create-app-store';
import { defaultsOf } from '../../../src/store/view-state';
import { viewStore } from '../../support/view-state';

const DEFAULT_AMI = defaultsOf(amiState);
const start = () => viewStore(amiState, amiActions);
/** The domain's inputs the view's flat ones describe (the counts are 0, 1 or 2 once settled). */
const domain = (ami: AmiViewInputs) => ami as AmiInputs;
/** The id of your AMI at the last step of the scenario the view's inputs describe. */
const yourAmiId = (ami: AmiViewInputs) => sourceAmi(amiSteps(domain(ami)).at(-1)!.scene)!.id;

describe('the AMI view\'s intents', () => {
  it('starts on the domain\'s defaults at the first step, with nothing to say', () => {
    const v = start();
    expect(v.inputs()).toEqual(DEFAULT_AMI);
    expect(v.inputs()).toEqual({
      bootGiB: 8, bootUsedGiB: 3, dataVolumes: 1, dataGiB: 100, dataUsedGiB: 20, instanceStore: 0,
      launchAz: 'b', copyRegion: 'us-west-2', permission: 'private', seed: 2021, step: 0,
    });
    expect(v.messages()).toEqual([]);
  });

  it('keeps the step within the scenario\'s ten steps, in whole steps', () => {
    const v = start();
    v.actions.goToAmiStep(4);
    expect(v.inputs().step).toBe(4);
    v.actions.goToAmiStep(99);
    expect(v.inputs().step).toBe(9);
    v.actions.goToAmiStep(-4);
    expect(v.inputs().step).toBe(0);
    v.actions.goToAmiStep(2.6);
    expect(v.inputs().step).toBe(3);
    expect(amiSteps(domain(v.inputs()))).toHaveLength(10);
  });

  it('clamps the data on the root volume to its size, saying so in a sentence, and keeps a data volume within 16,384 GiB', () => {
    const v = start();
    v.actions.chooseAmiScenario({ bootUsedGiB: 50, dataGiB: 20_000 });
    expect(v.inputs()).toEqual({ ...DEFAULT_AMI, bootUsedGiB: 8, dataGiB: 16_384 });
    // The data volume's size is kept within its declared range silently, as every intent is (its slider cannot go past it).
    expect(v.messages()).toEqual(['The boot volume\'s data (GiB) must be a whole number from 1 to 8: 50 became 8.']);
  });

  it('lowers the data on a volume when the volume shrinks below it, and says so', () => {
    const v = start();
    v.actions.chooseAmiScenario({ dataGiB: 10 });
    expect(v.inputs().dataUsedGiB).toBe(10);
    expect(v.messages()).toEqual(['Each data volume\'s data (GiB) must be a whole number from 1 to 10: 20 became 10.']);
  });

  it('clears its messages once the choices fit', () => {
    const v = start();
    v.actions.chooseAmiScenario({ bootUsedGiB: 50 });
    expect(v.messages()).toHaveLength(1);
    v.actions.chooseAmiScenario({ bootGiB: 64, bootUsedGiB: 40 });
    expect(v.inputs()).toEqual({ ...DEFAULT_AMI, bootGiB: 64, bootUsedGiB: 40 });
    expect(v.messages()).toEqual([]);
  });

  it('applies a valid choice as made, keeping the step on screen', () => {
    const v = start();
    v.actions.goToAmiStep(6);
    v.actions.chooseAmiScenario({ permission: 'public', dataVolumes: 2, instanceStore: 1, launchAz: 'c', copyRegion: 'eu-west-1' });
    expect(v.inputs()).toEqual({ ...DEFAULT_AMI, permission: 'public', dataVolumes: 2, instanceStore: 1, launchAz: 'c', copyRegion: 'eu-west-1', step: 6 });
    expect(v.messages()).toEqual([]);
  });

  it('draws new ids from the next seed of its sequence, the same in every store, keeping the rest', () => {
    const v = start();
    v.actions.goToAmiStep(5);
    const before = yourAmiId(v.inputs());
    v.actions.newAmiIds();
    const ami = v.inputs();
    expect(ami).toEqual({ ...DEFAULT_AMI, seed: nextSeed(2021), step: 5 });
    expect(ami.seed).toBe(1_116_295_866);
    expect(clampAmiInputs(domain(ami)).problems).toEqual([]);
    const after = yourAmiId(ami);
    expect(after).toMatch(RESOURCE_ID_PATTERN);
    expect(after).not.toBe(before);
    const amiIds = (seed: number) => allAmis(amiSteps(domain({ ...DEFAULT_AMI, seed })).at(-1)!.scene).map((a) => a.id);
    expect(amiIds(ami.seed).filter((id) => amiIds(2021).includes(id))).toEqual([]);

    const other = start();
    other.actions.newAmiIds();
    expect(other.inputs().seed).toBe(ami.seed);
    v.actions.newAmiIds();
    expect(v.inputs().seed).toBe(nextSeed(nextSeed(2021)));
    expect(v.inputs().seed).not.toBe(ami.seed);
  });

  it('goes back to its starting values when the view is reset, leaving other views alone', () => {
    const store = createAppStore({ catalogue: CATALOGUE, definitions: [amiState, encryptionState] });
    const ami = amiActions(store);
    const slot = (id: string) => store.getState().views[id]!;
    ami.goToAmiStep(7);
    ami.newAmiIds();
    encryptionActions(store).chooseScenario({ branch: 'os-encryption' });
    ami.chooseAmiScenario({ permission: 'accounts', bootUsedGiB: 99 });
    const encryption = slot('encryption').inputs;
    expect(slot('ami').messages).not.toEqual([]);
    store.getState().resetView('ami');
    expect(slot('ami').inputs).toEqual(DEFAULT_AMI);
    expect(slot('ami').messages).toEqual([]);
    expect(slot('encryption').inputs).toBe(encryption);
    expect(encryption).not.toEqual(defaultsOf(encryptionState));
  });
});
