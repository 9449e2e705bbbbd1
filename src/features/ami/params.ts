/**
 * The AMI walkthrough's inputs, declared once: the volumes and the data on them, the instance store,
 * where the new instance launches and where the AMI is copied, who may launch it, the seed every id
 * comes from, and the step (counted from 1 in the link, kept within the scenario's steps). The
 * interface's ranges are the domain's AMI_LIMITS; `clampAmiInputs` settles a combination (the data
 * on a volume at most its size) and its sentences are passed through as they are.
 * `#/ami?boot=8&bootused=3&data=1&datasize=100&dataused=20&store=0&az=b&copy=us-west-2&perm=private&seed=2021&step=5`
 */
import {
  AMI_LIMITS, AMI_PERMISSIONS, AZ_LETTERS, COPY_REGIONS, DEFAULT_AMI_INPUTS, amiStepCount, clampAmiInputs,
  type AmiInputs, type AmiPermission, type AzLetter, type CopyRegion,
} from '../../domain';
import { choice, list, whole, type InputsOf } from '../../store/params';
import { defineViewState } from '../../store/view-state';

const D = DEFAULT_AMI_INPUTS;
const L = AMI_LIMITS;
/** Sizes a link or a person might give the data on a volume (its range is the volume's size). */
const USED_EXAMPLES = [1, 3, 8, 20, 100, 450, 1024, 16_384];

/** A seed from a link: a whole number in [0, 2^32 - 1], its problem worded without thousands commas. */
function readSeed(raw: string): { value: number; problems: string[] } {
  const [min, max] = L.seed;
  const n = Number(raw.trim());
  if (raw.trim() === '' || !Number.isFinite(n)) return { value: D.seed, problems: [`seed "${raw}" is not a number: used ${D.seed}`] };
  const value = Math.min(max, Math.max(min, Math.round(n)));
  if (value === n) return { value, problems: [] };
  const why = Number.isInteger(n) ? `is outside ${min} to ${max}` : 'is not a whole number';
  return { value, problems: [`seed ${raw} ${why}: used ${value}`] };
}

const params = {
  bootGiB: whole({ key: 'boot', label: 'Root volume /dev/xvda', unit: 'GiB', default: D.bootGiB, min: L.bootGiB[0], max: L.bootGiB[1] }),
  bootUsedGiB: whole({ key: 'bootused', label: 'Data on the root volume after configuring', unit: 'GiB', default: D.bootUsedGiB, examples: USED_EXAMPLES }),
  dataVolumes: whole({ key: 'data', label: 'EBS data volumes', default: D.dataVolumes, min: L.dataVolumes[0], max: L.dataVolumes[1] }),
  dataGiB: whole({ key: 'datasize', label: 'Each data volume', unit: 'GiB', default: D.dataGiB, min: L.dataGiB[0], max: L.dataGiB[1] }),
  dataUsedGiB: whole({ key: 'dataused', label: 'Data on each data volume', unit: 'GiB', default: D.dataUsedGiB, examples: USED_EXAMPLES }),
  instanceStore: whole({ key: 'store', label: 'Instance store volumes', default: D.instanceStore, min: L.instanceStore[0], max: L.instanceStore[1] }),
  launchAz: choice<AzLetter>({ key: 'az', label: 'Launch AZ', values: AZ_LETTERS, default: D.launchAz, what: AZ_LETTERS.join(', ') }),
  copyRegion: choice<CopyRegion>({ key: 'copy', label: 'Copy Region', values: COPY_REGIONS, default: D.copyRegion, what: COPY_REGIONS.join(' or ') }),
  permission: choice<AmiPermission>({ key: 'perm', label: 'Launch permission', values: AMI_PERMISSIONS, default: D.permission, what: AMI_PERMISSIONS.join(', ') }),
  // A list, not a whole number, only for the wording: a seed is an id, written without thousands commas
  // ("used 2021", not the kit's "used 2,021"); read and kept in [0, 2^32 - 1] like one.
  seed: list<number>({ key: 'seed', label: 'Seed', default: D.seed, parse: readSeed, format: String, examples: [0, 1, D.seed, L.seed[1]] }),
  step: whole({
    key: 'step', label: 'Step', default: 0, offset: 1,
    range: (i: AmiInputs) => [0, amiStepCount(i) - 1],
  }),
};

export type AmiViewInputs = InputsOf<typeof params>;

export const amiState = defineViewState({
  id: 'ami',
  params,
  // The counts are whole numbers here; the domain's clamp keeps them 0, 1 or 2.
  refine: ({ step, ...rest }) => {
    const { inputs, problems } = clampAmiInputs(rest as AmiInputs);
    return { inputs: { ...inputs, step }, changes: problems };
  },
});
