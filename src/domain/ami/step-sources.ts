/**
 * Where each step's caption comes from, for the view to print under the caption. One line per
 * event, naming every source its caption may draw on (captions.ts). Statements that are not in
 * aws-facts.md are attributed to the EC2 User Guide page that makes them (awsdocs/amazon-ec2-user-guide,
 * docs/model.md "AMIs", Sources), named by its published address, which aws-facts §11 ("Links for
 * sources") gives as docs.aws.amazon.com/AWSEC2/latest/UserGuide/<file>.html, so a reader can open
 * it; the API Reference action is named beside it in words. aws-facts §N opens the page that section
 * cites. "seed notes (AMI)" are the study notes themselves (shared/seed-notes.md): no page. No units.
 */
import type { AmiEvent } from './machine';

/** An EC2 User Guide page by its source file's name (aws-facts §11). */
const guide = (file: string): string => `EC2 User Guide, docs.aws.amazon.com/AWSEC2/latest/UserGuide/${file}.html`;

const NOTES = 'seed notes (AMI)';
const STORE_AT_LAUNCH = 'aws-facts §6: instance store is chosen only at launch';
const STORE_ON_HOST = 'aws-facts §6: instance store data stays on the host';
const MAPPING = guide('block-device-mapping-concepts');
const COPYING = guide('CopyingAMIs');
const SHARING = guide('sharingamis-explicit');
const CREATE_IMAGE = `${MAPPING} (and the EC2 API Reference, CreateImage): an image's mapping keeps the instance's volumes, each EBS one as a new snapshot, instance store ones without their data, and instances launched from it get those volumes`;
const NOT_CAPTURED = 'aws-facts §6: "AMIs don\'t capture it" (instance store data)';
const NOT_COPIED = `${COPYING}: launch permissions are not copied`;
const PRICE = 'aws-facts §3.2: $0.05 per GB-month';

export const AMI_STEP_SOURCES: Readonly<Record<AmiEvent, string>> = {
  'launch-from-amazon-ami': `${NOTES}; ${MAPPING}: the root volume from the AMI's snapshot; ${STORE_AT_LAUNCH}`,
  configure: `${NOTES}: AMI baking, configure the instance first; ${STORE_ON_HOST}`,
  'create-image': `${NOTES}; aws-facts §4: a snapshot stores the used data; ${CREATE_IMAGE}; ${NOT_CAPTURED}`,
  'try-edit-ami': `${NOTES}: "An AMI cannot be edited"; ${SHARING} (and the EC2 API Reference, ModifyImageAttribute): the launch permission, and the description, can be changed`,
  'launch-from-ami': `${NOTES}; ${CREATE_IMAGE}; ${NOT_CAPTURED}`,
  'try-launch-other-region': `${NOTES}: one Region, a different AMI ID in each Region; ${COPYING} when launching from the copy; ${NOT_CAPTURED}`,
  'copy-ami': `${NOTES}: copied between Regions; ${COPYING}: a new AMI with complete copies of the snapshots, and launch permissions are not copied; ${PRICE}`,
  'set-permission-private': `${NOTES}: only your account by default, specific accounts or public; ${SHARING}`,
  'set-permission-accounts': `${NOTES}: specific AWS accounts; ${SHARING}; ${NOT_COPIED}, so the copy stays private`,
  'set-permission-public': `${NOTES}: public; ${NOT_COPIED}, so the copy stays private`,
  'other-account-launches': `${NOTES}: only your account by default; ${COPYING}: the owner of a shared AMI pays its snapshot storage; ${NOT_CAPTURED}`,
  deregister: `${guide('deregister-ami')}: instances keep running after deregistering, and the snapshots stay, still billed, until you delete them; ${COPYING}: deregistering the source does not affect the copy; ${PRICE}`,
};

/** The instance store sources, cited only where the scenario has instance store volumes. */
const STORE_ONLY = [`; ${NOT_CAPTURED}`, `; ${STORE_AT_LAUNCH}`, `; ${STORE_ON_HOST}`];

const WITHOUT_STORE = Object.fromEntries(Object.entries(AMI_STEP_SOURCES).map(([event, text]) => (
  [event, STORE_ONLY.reduce((t, part) => t.split(part).join(''), text)]
))) as Record<AmiEvent, string>;

/** The sources of a step for the scenario on screen: without instance store volumes, no instance store source is cited. */
export function amiStepSource(event: AmiEvent, instanceStoreVolumes: number): string {
  return instanceStoreVolumes > 0 ? AMI_STEP_SOURCES[event] : WITHOUT_STORE[event];
}
