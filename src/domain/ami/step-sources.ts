/**
 * Where each step's caption comes from, for the view to print under the caption. One line per
 * event, naming every source its caption may draw on (captions.ts), so statements that are not in
 * aws-facts.md are attributed to the EC2 User Guide or API Reference page that makes them
 * (awsdocs/amazon-ec2-user-guide; docs/model.md "AMIs", Sources). No units.
 */
import type { AmiEvent } from './machine';

const NOTES = 'seed notes (AMI)';
const CREATE_IMAGE = 'EC2 API Reference (CreateImage): an image keeps a mapping entry, with no snapshot, for each instance store volume, and instances launched from it get those volumes';
const NOT_CAPTURED = 'aws-facts §6: "AMIs don\'t capture it" (instance store data)';
const NOT_COPIED = 'EC2 User Guide (CopyingAMIs.md): launch permissions are not copied';

export const AMI_STEP_SOURCES: Readonly<Record<AmiEvent, string>> = {
  'launch-from-amazon-ami': `${NOTES}; EC2 User Guide (block-device-mapping-concepts.md): the root volume from the AMI's snapshot; aws-facts §6: instance store is chosen only at launch`,
  configure: `${NOTES}: AMI baking, configure the instance first; aws-facts §6: instance store data stays on the host`,
  'create-image': `${NOTES}; aws-facts §4: a snapshot stores the used data; ${CREATE_IMAGE}; ${NOT_CAPTURED}`,
  'try-edit-ami': `${NOTES}: "An AMI cannot be edited"; EC2 API Reference (ModifyImageAttribute): the description and the launch permission can be changed`,
  'launch-from-ami': `${NOTES}; ${CREATE_IMAGE}; ${NOT_CAPTURED}`,
  'try-launch-other-region': `${NOTES}: one Region, a different AMI ID in each Region; EC2 User Guide (CopyingAMIs.md) when launching from the copy; ${NOT_CAPTURED}`,
  'copy-ami': `${NOTES}: copied between Regions; EC2 User Guide (CopyingAMIs.md): a new AMI with complete copies of the snapshots, and launch permissions are not copied; aws-facts §3.2: $0.05 per GB-month`,
  'set-permission-private': `${NOTES}: only your account by default, specific accounts or public`,
  'set-permission-accounts': `${NOTES}: specific AWS accounts; ${NOT_COPIED}, so the copy stays private`,
  'set-permission-public': `${NOTES}: public; ${NOT_COPIED}, so the copy stays private`,
  'other-account-launches': `${NOTES}: only your account by default; EC2 User Guide (CopyingAMIs.md): the owner of a shared AMI pays its snapshot storage; ${NOT_CAPTURED}`,
  deregister: 'EC2 User Guide (deregister-ami.md): instances keep running after deregistering, and the snapshots stay, still billed, until you delete them; aws-facts §3.2: $0.05 per GB-month',
};
