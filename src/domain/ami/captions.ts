/**
 * The titles and captions of the AMI walkthrough: one or two sentences per step, naming the ids and
 * sizes of the scene (GiB) and, where it bills, the standard snapshot price of $0.05 per GB-month
 * (aws-facts §3.2, via billing.ts). Statements follow the seed notes (AMI) and, where they name
 * instance store, aws-facts §6; copies and deregistration follow the EC2 User Guide
 * (CopyingAMIs.md, deregister-ami.md; not in aws-facts.md).
 */
import { numberFormat } from '../format';
import { amiStorageCost, SNAPSHOT_STANDARD_USD_PER_GB_MONTH } from './billing';
import type { AmiInputs, AmiPermission } from './inputs';
import { SOURCE_REGION } from './inputs';
import type { AmiEvent } from './machine';
import { allInstances, firstInstance, sourceAmi, type AmiScene, type SceneInstance } from './scene';

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

function newInstance(before: AmiScene, after: AmiScene): SceneInstance | undefined {
  const known = new Set(allInstances(before).map((i) => i.id));
  return allInstances(after).find((i) => !known.has(i.id));
}

const volumesOf = (i: SceneInstance): string =>
  list(i.volumes.map((v) => `${v.device} ${v.sizeGiB} GiB from ${v.fromSnapshot ?? 'nothing'}`));

/** One or two sentences for the aria-live caption of a step. */
export function amiStepExplanation(c: AmiCaptionContext): string {
  const { inputs, before, after } = c;
  const ami = sourceAmi(after);
  const amiId = ami?.id ?? 'the AMI';
  const first = firstInstance(after);
  const added = newInstance(before, after);
  const region = inputs.copyRegion;
  const store = first?.instanceStore ?? [];
  switch (c.event) {
    case 'launch-from-amazon-ami': {
      const root = first?.volumes[0];
      const launchText = `Instance ${first?.id ?? ''} starts in ${first?.az ?? ''} from ${first?.fromAmi ?? ''}, an Amazon-provided AMI: its root volume ${root?.id ?? ''} (/dev/xvda, ${root?.sizeGiB ?? inputs.bootGiB} GiB) is created from that AMI's snapshot ${root?.fromSnapshot ?? ''}.`;
      return store.length === 0 ? launchText
        : `${launchText} Its ${plural(store.length, 'instance store volume', 'instance store volumes')} (${list(store)}) come with the instance type and can be chosen only at launch.`;
    }
    case 'configure': {
      const data = (first?.volumes ?? []).slice(1);
      const attached = data.length === 0 ? 'no data volume is attached'
        : `${plural(data.length, 'data volume', 'data volumes')} of ${inputs.dataGiB} GiB (${list(data.map((v) => v.device))}) ${data.length === 1 ? 'is' : 'are'} attached, holding ${inputs.dataUsedGiB} GiB${data.length === 1 ? '' : ' each'}`;
      const tail = store.length > 0 ? ` Files written to ${list(store)} stay on this host's instance store.` : '';
      return `The application is installed, writing ${inputs.bootUsedGiB} GiB to the root volume, and ${attached}.${tail}`;
    }
    case 'create-image': {
      const snaps = after.regions.find((r) => r.name === SOURCE_REGION)?.snapshots ?? [];
      const total = snaps.reduce((a, s) => a + s.storedGiB, 0);
      const made = `Creating an image snapshots each EBS volume (${list(snaps.map((s) => `${s.id} ${s.storedGiB} GiB`))}, ${total} GiB of used data) and registers ${amiId} in ${SOURCE_REGION}, whose block device mapping links each device to its snapshot.`;
      return store.length > 0
        ? `${made} The instance store volumes (${list(store)}) are not captured: their data is not in the AMI.`
        : `${made} It starts private: only your account can launch it.`;
    }
    case 'try-edit-ami':
      return `Editing ${amiId} is refused: an AMI cannot be edited. To change it, launch an instance from it, change that instance and create a new AMI (AMI baking).`;
    case 'launch-from-ami': {
      const lost = store.length > 0 ? ', with no instance store data' : '';
      return `Instance ${added?.id ?? ''} starts in ${added?.az ?? ''} from ${amiId}: each mapping entry becomes a new volume in that AZ, restored from its snapshot (${added ? volumesOf(added) : ''}). It has the same volumes and the installed application${lost}.`;
    }
    case 'try-launch-other-region':
      if (c.refused) {
        return `Launching ${amiId} in ${region} is refused: an AMI belongs to one Region, so it must be copied there first. The same operating system has a different AMI ID in each Region.`;
      }
      return `Instance ${added?.id ?? ''} starts in ${added?.az ?? ''} from the copy ${added?.fromAmi ?? ''}, with volumes restored from the snapshots in ${region}.`;
    case 'copy-ami': {
      const copy = after.regions.find((r) => r.name === region);
      const copyAmi = copy?.amis.at(-1);
      const snaps = copy?.snapshots ?? [];
      const total = snaps.reduce((a, s) => a + s.storedGiB, 0);
      return `The copy in ${region} is a new AMI, ${copyAmi?.id ?? ''}, with new snapshots (${list(snaps.map((s) => s.id))}) under the same device names. Its snapshots are complete copies, another ${total} GiB billed in ${region}, and it starts private, because launch permissions are not copied.`;
    }
    case 'set-permission-private':
      return `${amiId} stays private: by default only your account can launch it. You could add specific AWS accounts or make it public.`;
    case 'set-permission-accounts':
      return `${amiId} is shared with specific AWS accounts: those accounts may launch it, and it stays yours.`;
    case 'set-permission-public':
      return `${amiId} is public: every AWS account may launch it, and it stays yours.`;
    case 'other-account-launches':
      if (c.refused) {
        return `Another account's launch of ${amiId} is refused: only your account may launch a private AMI. Add that account or make the AMI public.`;
      }
      return `Another AWS account launches ${added?.id ?? ''} from ${amiId}: its volumes are restored from your snapshots in ${added?.az ?? ''}. The snapshots stay in your account, and their storage is billed to you.`;
    case 'deregister': {
      const cost = amiStorageCost(after).perRegion.find((r) => r.region === SOURCE_REGION);
      return `${amiId} is deregistered: it can no longer launch instances, while the instances launched from it keep running. Its snapshots (${cost?.storedGiB ?? 0} GiB) stay and are still billed at ${PRICE} per GB-month, ${usd(cost?.usdPerMonth ?? 0)} a month, until you delete them.`;
    }
  }
}
