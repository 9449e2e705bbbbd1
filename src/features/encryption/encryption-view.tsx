import { useCallback, useMemo, useRef } from 'react';
import { ChoiceGroup, type Choice } from '../../components/choice-group';
import { Section } from '../../components/section';
import { Stepper } from '../../components/stepper';
import { TipsPanel } from '../../components/tips-panel';
import {
  ENCRYPTION_BRANCHES, branchLabel, encryptionExamTips, encryptionNotesRemarks, encryptionSteps, type EncryptionBranch, type KeyChoice,
} from '../../domain';
import { useActions, useEdition, useInput } from '../../store/view-hooks';
import { encryptionActions } from './actions';
import { EncryptionStage } from './encryption-stage';
import { encryptionState } from './params';
import { useRevealChange } from '../../components/use-reveal-change';

const KEYS: readonly Choice<KeyChoice>[] = [
  { value: 'aws-managed', label: 'AWS managed key', description: 'aws/ebs, one per Region' },
  { value: 'customer-managed', label: 'Customer managed key', description: 'your own symmetric KMS key' },
];
const DEFAULTS: readonly Choice<'on' | 'off'>[] = [
  { value: 'off', label: 'Off', description: 'ask for encryption per volume' },
  { value: 'on', label: 'On', description: 'every new volume in this Region' },
];
const BRANCHES: readonly Choice<EncryptionBranch>[] = ENCRYPTION_BRANCHES.map((b) => ({ value: b, label: branchLabel(b) }));

export default function EncryptionView() {
  const edition = useEdition();
  const key = useInput(encryptionState, 'key');
  const byDefault = useInput(encryptionState, 'byDefault');
  const branch = useInput(encryptionState, 'branch');
  const index = useInput(encryptionState, 'step');
  const { chooseScenario: choose, goToStep: goTo } = useActions(encryptionActions);
  const onKey = useCallback((k: KeyChoice) => choose({ key: k }), [choose]);
  const onDefault = useCallback((v: 'on' | 'off') => choose({ byDefault: v === 'on' }), [choose]);
  const onBranch = useCallback((b: EncryptionBranch) => choose({ branch: b }), [choose]);
  const steps = useMemo(() => encryptionSteps({ key, byDefault, branch }, edition), [key, byDefault, branch, edition]);
  const tips = useMemo(() => encryptionExamTips(edition), [edition]);
  const remarks = useMemo(() => encryptionNotesRemarks(edition), [edition]);
  const at = Math.min(index, steps.length - 1);
  const step = steps[at]!;
  const stage = useRef<HTMLDivElement>(null);
  useRevealChange(stage, at);
  return (
    <div className="space-y-6">
      <div className="max-w-3xl space-y-1">
        <h1 tabIndex={-1} className="text-2xl font-bold tracking-tight sm:text-3xl">EBS encryption with KMS</h1>
        <p className="text-sm text-slate-700 sm:text-base dark:text-slate-300">
          KMS wraps a data key per volume; the EC2 host holds it unwrapped only while the instance runs. Step through, then pick a branch below.
        </p>
      </div>
      {/* The drawing comes first: the choices that change it sit below, so a phone shows the flow on its first screen. */}
      <Section title="The flow, step by step">
        <Stepper label="Encryption steps" steps={steps} index={Math.min(index, steps.length - 1)} onIndex={goTo}>
          <div ref={stage}><EncryptionStage step={step} /></div>
        </Stepper>
      </Section>
      <Section title="Choose the scenario">
        <div className="grid gap-3 lg:grid-cols-[1fr_1fr]">
          <ChoiceGroup legend="KMS key" choices={KEYS} value={key} onChange={onKey} />
          <ChoiceGroup legend="Encryption by default in this Region" choices={DEFAULTS} value={byDefault ? 'on' : 'off'} onChange={onDefault} />
          <div className="lg:col-span-2">
            <ChoiceGroup legend="Then, after step 7" choices={BRANCHES} value={branch} onChange={onBranch} columns />
          </div>
        </div>
      </Section>
      <TipsPanel title="Exam tips: EBS encryption" tips={tips} remarks={remarks} />
    </div>
  );
}
