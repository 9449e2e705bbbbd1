/** Starting point of the AMI view: the domain's defaults (docs/model.md, AMIs) at step 1. */
import { DEFAULT_AMI_INPUTS, type AmiInputs } from '../domain/ami/inputs';

export interface AmiViewInputs extends AmiInputs {
  /** Index into the scenario's steps. */
  step: number;
}

export const DEFAULT_AMI: AmiViewInputs = { ...DEFAULT_AMI_INPUTS, step: 0 };
