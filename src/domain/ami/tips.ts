/**
 * Exam tips for AMIs, from the seed notes' own power-ups (shared/seed-notes.md, "Amazon Machine
 * Images (AMI)" and its "Exam Powerups"), and one remark where aws-facts.md refines the notes:
 * instance store data is not captured by an AMI (aws-facts §6, UG21 InstanceStorage.md), though its
 * mapping lists the volumes and new instances get them empty (EC2 User Guide block-device-mapping-concepts, EC2 API Reference CreateImage). aws-facts'
 * "Where the notes disagree" has no AMI item, so that omission is the only remark.
 * The snapshot price is aws-facts §3.2; a Marketplace AMI's extra cost is the notes' wording ("Will
 * charge you for the instance cost and an extra cost for the AMI") and has no figure anywhere.
 */
import type { ExamTip, NotesRemark } from '../exam/ebs-tips';

const NOTES = 'seed notes (AMI)';
/** An EC2 User Guide page by its source file's name (aws-facts §11's published address). */
const guide = (file: string): string => `EC2 User Guide, docs.aws.amazon.com/AWSEC2/latest/UserGuide/${file}.html`;
const COPYING = guide('CopyingAMIs');
const SHARING = guide('sharingamis-explicit');
/** The EC2 User Guide page (aws-facts §11's published address) that says an image's mapping keeps instance store entries without their data; the API Reference's CreateImage says it too. */
const MAPPING = `${guide('block-device-mapping-concepts')} (and the EC2 API Reference, CreateImage)`;

export function amiExamTips(): ExamTip[] {
  return [
    {
      id: 'ami-regional',
      text: 'An AMI belongs to one Region and has a unique ID (ami-...): the same operating system has a different AMI ID in each Region.',
      source: `${NOTES}; ${COPYING}: an AMI is copied to another Region as a new AMI with its own ID`,
    },
    {
      id: 'ami-baking',
      text: 'AMI baking: configure an instance the way you want, then create an AMI from it to capture that configuration.',
      source: `${NOTES}; ${MAPPING}: an image keeps the instance's volumes as snapshots`,
    },
    {
      id: 'ami-lifecycle',
      text: 'Creating an AMI snapshots each attached EBS volume; its block device mapping links each device (/dev/xvda boot, /dev/xvdf data) to a snapshot ID, so an instance launched from it gets the same volumes, created in its own AZ.',
      source: `${NOTES}; ${MAPPING}`,
    },
    {
      id: 'ami-no-edit',
      text: 'An AMI cannot be edited: to update it, launch an instance from it, change that instance and create a new AMI.',
      source: `${NOTES}; ${SHARING} (and the EC2 API Reference, ModifyImageAttribute): the launch permission, and the description, can be changed`,
    },
    {
      id: 'ami-copy',
      text: 'An AMI can be copied between Regions; the copy is a new AMI with its own ID.',
      source: `${NOTES}; ${COPYING}`,
    },
    {
      id: 'ami-permissions',
      text: 'By default only your account can launch an AMI; you can add specific AWS accounts or make it public.',
      source: `${NOTES}; ${SHARING}`,
    },
    {
      id: 'ami-billing',
      text: 'An AMI is billed for the storage of the EBS snapshots it references: their used data at $0.05 per GB-month in the standard tier, not the volumes\' size.',
      source: `${NOTES}; aws-facts §3.1, aws-facts §3.2 (docs.aws.amazon.com/ebs/latest/userguide/snapshot-archive-pricing.html; PRICE25), aws-facts §4`,
    },
    {
      id: 'ami-marketplace',
      text: 'A Marketplace AMI can include commercial software: you are charged the instance cost and an extra cost for the AMI.',
      source: NOTES,
    },
    {
      id: 'ami-instance-store',
      text: 'An AMI does not capture instance store data: its mapping may list the instance store volumes, but instances launched from it get them empty, and the data on the original is lost when that instance stops or terminates.',
      source: `UG21 InstanceStorage.md (aws-facts §6); ${MAPPING}`,
    },
  ];
}

export function amiNotesRemarks(): NotesRemark[] {
  return [
    {
      id: 'ami-instance-store',
      notesSay: '"when launching a new instance using the AMI, we\'ll have the exact same volumes attached" (the notes never mention instance store).',
      correction: 'Only the EBS volumes keep their data: an AMI does not capture instance store data, so a new instance gets its instance store volumes empty.',
      source: `UG21 InstanceStorage.md (aws-facts §6: "AMIs don't capture it"); ${MAPPING}: the mapping keeps instance store entries`,
    },
  ];
}
