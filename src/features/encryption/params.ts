/**
 * The encryption walkthrough's inputs, declared once: the KMS key, the Region's
 * encryption-by-default setting, the branch followed after the common flow, and the step (counted
 * from 1 in the link, kept within the branch's steps). Steps themselves are derived by the domain.
 * `#/encryption?key=aws-managed&default=0&branch=snapshot&step=4`
 */
import { ENCRYPTION_BRANCHES, KEY_CHOICES, encryptionStepCount, type EncryptionBranch, type KeyChoice } from '../../domain';
import { choice, flag, whole } from '../../store/params';
import { defineViewState } from '../../store/view-state';

export const encryptionState = defineViewState({
  id: 'encryption',
  params: {
    key: choice<KeyChoice>({ key: 'key', label: 'KMS key', values: KEY_CHOICES, default: 'aws-managed', what: KEY_CHOICES.join(' or ') }),
    byDefault: flag({ key: 'default', label: 'Encryption by default', default: false }),
    branch: choice<EncryptionBranch>({ key: 'branch', label: 'Branch', values: ENCRYPTION_BRANCHES, default: 'snapshot', what: `one of ${ENCRYPTION_BRANCHES.join(', ')}` }),
    step: whole({
      key: 'step', label: 'Step', default: 0, offset: 1,
      range: (i: { branch: EncryptionBranch }) => [0, encryptionStepCount(i.branch) - 1],
    }),
  },
});
