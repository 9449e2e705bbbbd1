/**
 * The titles and captions of the AMI walkthrough: one or two sentences per step, naming the ids and
 * sizes of the scene (GiB) and, where it bills, the standard snapshot price of $0.05 per GB-month
 * (aws-facts §3.2, via billing.ts). Statements follow the seed notes (AMI) and, where they name
 * instance store, aws-facts §6 and the EC2 API Reference (CreateImage); copies and deregistration
 * follow the EC2 User Guide (CopyingAMIs.md, deregister-ami.md; not in aws-facts.md). Each event's
 * sources are in AMI_STEP_SOURCES (step-sources.ts, re-exported here) for the view to show.
 *
 * A refused step's caption says what was tried and why it matters; it never repeats the refusal,
 * which the step carries in `refused` and the view shows on its own.
 */
import { fmt, numberFormat } from '../format';
import { amiStorageCost, SNAPSHOT_STANDARD_USD_PER_GB_MONTH } from './billing';
import { fullIdOnce } from './ids';
import type { AmiInputs, AmiPermission } from './inputs';
import { BOOT_DEVICE, SOURCE_REGION } from './inputs';
import type { AmiEvent } from './machine';
import { allInstances, copyOf, firstInstance, sourceAmi, type AmiScene, type SceneInstance } from './scene';

export { AMI_STEP_SOURCES } from './step-sources';

export interface AmiCaptionContext {
  event: AmiEvent;
  /** Set when the step is a refused attempt. */
  refused?: string;
  inputs: AmiInputs;
  before: AmiScene;
  after: AmiScene;
}

const usd = (n: number): string => `$${numberFormat(2, 2).format(n)}`;
const PRICE = usd(SNAPSHOT_STANDARD_USD_PER_GB_MONTH);

const PERMISSION_TITLES: Readonly<Record<AmiPermission, string>> = {
  private: 'Keep the AMI private',
  accounts: 'Share with specific accounts',
  public: 'Make the AMI public',
};

/** A short title of 3 to 7 words. */
export function amiStepTitle(event: AmiEvent, inputs: AmiInputs, refused?: string): string {
  switch (event) {
    case 'launch-from-amazon-ami': return 'Launch from an Amazon AMI';
    case 'configure': return 'Configure the instance';
    case 'create-image': return 'Create an image (AMI baking)';
    case 'try-edit-ami': return 'Try to edit the AMI';
    case 'launch-from-ami': return 'Launch from your AMI';
    case 'try-launch-other-region': return refused ? `Try launching in ${inputs.copyRegion}` : `Launch in ${inputs.copyRegion}`;
    case 'copy-ami': return `Copy the AMI to ${inputs.copyRegion}`;
    case 'set-permission-private': return PERMISSION_TITLES.private;
    case 'set-permission-accounts': return PERMISSION_TITLES.accounts;
    case 'set-permission-public': return PERMISSION_TITLES.public;
    case 'other-account-launches': return refused ? 'Another account tries to launch' : 'Another account launches it';
    case 'deregister': return 'Deregister the AMI';
  }
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const list = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
const gib = (n: number): string => `${fmt(n)} GiB`;

function newInstance(before: AmiScene, after: AmiScene): SceneInstance | undefined {
  const known = new Set(allInstances(before).map((i) => i.id));
  return allInstances(after).find((i) => !known.has(i.id));
}

const volumesOf = (i: SceneInstance): string =>
  list(i.volumes.map((v) => `${v.device} ${gib(v.sizeGiB)} from ${v.fromSnapshot ?? 'nothing'}`));

/** "instance store volume ephemeral0 comes" or "instance store volumes ephemeral0 and ephemeral1 come". */
const storeSubject = (names: readonly string[], verb: string, verbs: string): string =>
  names.length === 1 ? `instance store volume ${names[0] ?? ''} ${verbs}` : `instance store volumes ${list(names)} ${verb}`;

/** The sentence for an instance launched from your AMI or its copy, when its mapping names instance store. */
const storeComesBackEmpty = (names: readonly string[]): string => (names.length === 0 ? ''
  : ` Its ${storeSubject(names, 'come', 'comes')} back empty: ${names.length === 1 ? 'its' : 'their'} data was not captured.`);

function createImageText(after: AmiScene, amiId: string, store: readonly string[]): string {
  const snaps = after.regions.find((r) => r.name === SOURCE_REGION)?.snapshots ?? [];
  const total = snaps.reduce((a, s) => a + s.storedGiB, 0);
  const snapped = snaps.length === 1
    ? `its EBS root volume (${snaps[0]?.id ?? ''}, ${gib(total)} of used data)`
    : `each EBS volume (${list(snaps.map((s) => `${s.id} ${gib(s.storedGiB)}`))}: ${gib(total)} of used data)`;
  const listed = store.length > 0 ? ` and lists ${list(store)} with no snapshot` : '';
  const lost = store.length > 0 ? `, and the data on ${list(store)} was not captured` : '';
  const links = snaps.length === 1 ? `links ${BOOT_DEVICE} to that snapshot` : 'links each EBS device to its snapshot';
  return `Creating an image snapshots ${snapped} and registers ${amiId} in ${SOURCE_REGION}, whose block device mapping ${links}${listed}. It starts private: only your account can launch it${lost}.`;
}

function copyText(after: AmiScene, region: string): string {
  const copy = after.regions.find((r) => r.name === region);
  const snaps = copy?.snapshots ?? [];
  const total = snaps.reduce((a, s) => a + s.storedGiB, 0);
  const one = snaps.length === 1;
  const ids = list(snaps.map((s) => s.id));
  return `The copy in ${region} is a new AMI, ${copy?.amis.at(-1)?.id ?? ''}, with ${one ? 'a new snapshot' : 'new snapshots'} (${ids}) under the same device names. ${one ? 'Its snapshot is a complete copy' : 'Its snapshots are complete copies'}, another ${gib(total)} billed in ${region}, and it starts private, because launch permissions are not copied.`;
}

function sharedText(after: AmiScene, amiId: string, who: string): string {
  const ami = sourceAmi(after);
  const copy = ami ? copyOf(after, ami.id) : undefined;
  const copyNote = copy ? ` The copy ${copy.id} in ${copy.region} stays private: its launch permission is its own.` : '';
  return `${amiId} ${who}, and it stays yours.${copyNote}`;
}

/** What the snapshots still cost after deregistering, Region by Region: the source's and every copy's (billing.ts). */
function billedText(after: AmiScene): string {
  const cost = amiStorageCost(after);
  const billed = cost.perRegion.filter((r) => r.storedGiB > 0);
  const each = billed.map((r) => (r.region === SOURCE_REGION
    ? `${gib(r.storedGiB)} in ${r.region} (${usd(r.usdPerMonth)} a month, no AMI uses them now)`
    : `the copy's ${gib(r.storedGiB)} in ${r.region} (${usd(r.usdPerMonth)}; the copy is unaffected and still launches)`));
  const total = billed.length > 1 ? `: ${usd(cost.totalUsd)} a month in all` : '';
  return `Every snapshot stays, billed at ${PRICE} per GB-month until you delete it: ${list(each)}${total}.`;
}

/**
 * One or two sentences for the aria-live caption of a step. Each id is written in full once, then
 * short (`ami-…3f2a`, ids.ts fullIdOnce), so the caption names every id without crowding.
 */
export function amiStepExplanation(c: AmiCaptionContext): string {
  return fullIdOnce(explanation(c));
}

function explanation(c: AmiCaptionContext): string {
  const { inputs, before, after } = c;
  const ami = sourceAmi(after);
  const amiId = ami?.id ?? 'the AMI';
  const first = firstInstance(after);
  const added = newInstance(before, after);
  const region = inputs.copyRegion;
  const store = first?.instanceStore ?? [];
  const addedStore = added?.instanceStore ?? [];
  switch (c.event) {
    case 'launch-from-amazon-ami': {
      const root = first?.volumes[0];
      const launchText = `Instance ${first?.id ?? ''} starts in ${first?.az ?? ''} from ${first?.fromAmi ?? ''}, an Amazon-provided AMI: its root volume ${root?.id ?? ''} (/dev/xvda, ${gib(root?.sizeGiB ?? inputs.bootGiB)}) is created from that AMI's snapshot ${root?.fromSnapshot ?? ''}.`;
      return store.length === 0 ? launchText
        : `${launchText} Its ${storeSubject(store, 'come', 'comes')} with the instance type and can be chosen only at launch.`;
    }
    case 'configure': {
      const data = (first?.volumes ?? []).slice(1);
      const attached = data.length === 0 ? 'no data volume is attached'
        : `${plural(data.length, 'data volume', 'data volumes')} of ${gib(inputs.dataGiB)} (${list(data.map((v) => v.device))}) ${data.length === 1 ? 'is' : 'are'} attached, holding ${gib(inputs.dataUsedGiB)}${data.length === 1 ? '' : ' each'}`;
      const tail = store.length > 0 ? ` Files written to ${list(store)} stay on this host's instance store.` : '';
      return `The application is installed, writing ${gib(inputs.bootUsedGiB)} to the root volume, and ${attached}.${tail}`;
    }
    case 'create-image':
      return createImageText(after, amiId, ami?.mapping.filter((m) => m.kind === 'instance-store').map((m) => m.device) ?? []);
    case 'try-edit-ami':
      return `You try to change ${amiId} once it is registered: the volumes it captured, its snapshots and its block device mapping stay fixed, while its launch permission and description can still be changed. So each new version of the application becomes a new AMI with its own ID.`;
    case 'launch-from-ami':
      return `Instance ${added?.id ?? ''} starts in ${added?.az ?? ''} from ${amiId} with the installed application: each EBS mapping entry becomes a new volume in that AZ, restored from its snapshot (${added ? volumesOf(added) : ''}).${storeComesBackEmpty(addedStore)}`;
    case 'try-launch-other-region':
      if (c.refused) {
        return `You try to launch ${amiId} in ${region}, which holds no AMI of yours yet. It matters as soon as you deploy to a second Region: the same operating system has a different AMI ID in each Region.`;
      }
      return `Instance ${added?.id ?? ''} starts in ${added?.az ?? ''} from the copy ${added?.fromAmi ?? ''}, with EBS volumes restored from the snapshots in ${region}.${storeComesBackEmpty(addedStore)}`;
    case 'copy-ami':
      return copyText(after, region);
    case 'set-permission-private':
      return `Setting the launch permission of ${amiId} to private changes nothing: every new AMI starts private, so only your account may launch it, and the next step's other account is refused. Adding accounts or making it public would widen who may launch.`;
    case 'set-permission-accounts':
      return sharedText(after, amiId, 'is shared with specific AWS accounts: those accounts may launch it');
    case 'set-permission-public':
      return sharedText(after, amiId, 'is public: every AWS account may launch it');
    case 'other-account-launches': {
      if (c.refused) {
        return `Another AWS account tries to launch ${amiId}, which is still private, the default for every new AMI. No instance starts and nothing in the scene changes: the launch permission decides which accounts may launch an AMI.`;
      }
      const who = ami?.permission === 'accounts' ? 'One of the accounts you named' : 'Another AWS account';
      const empty = addedStore.length === 0 ? ''
        : `, and its ${storeSubject(addedStore, 'come', 'comes')} back empty, ${addedStore.length === 1 ? 'its' : 'their'} data not captured`;
      return `${who} launches ${added?.id ?? ''} from ${amiId}: its EBS volumes are restored from your snapshots in ${added?.az ?? ''}${empty}. The snapshots stay in your account, and their storage is billed to you.`;
    }
    case 'deregister':
      return `${amiId} is deregistered: it can no longer launch instances, while the instances launched from it keep running. ${billedText(after)}`;
  }
}
