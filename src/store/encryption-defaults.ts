/** Starting point of the encryption walkthrough (UI choices, docs/model.md "Interface choices"). */
import type { EncryptionInputs } from '../domain/encryption/branches';

export interface EncryptionViewInputs extends EncryptionInputs {
  /** Index into the steps of the scenario these inputs make. */
  step: number;
}

export const DEFAULT_ENCRYPTION: EncryptionViewInputs = { key: 'aws-managed', byDefault: false, branch: 'snapshot', step: 0 };
