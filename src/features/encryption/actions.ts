/** The encryption walkthrough's intents. A new branch keeps the step when it is still in range (the common flow is shared). */
import type { EncryptionInputs } from '../../domain';
import { defineActions } from '../../store/view-hooks';
import { encryptionState } from './params';

export const encryptionActions = defineActions(encryptionState, (view) => ({
  goToStep: (step: number) => view.commit({ step }),
  chooseScenario: (patch: Partial<EncryptionInputs>) => view.commit(patch),
}));
