import { useMemo, useRef } from 'react';
import { Section } from '../../components/section';
import { SourceText } from '../../components/source-text';
import { Stepper } from '../../components/stepper';
import { TipsPanel } from '../../components/tips-panel';
import { amiExamTips, amiNotesRemarks, amiStepSource } from '../../domain';
import { useActions, useViewMessages } from '../../store/view-hooks';
import { amiActions } from './actions';
import { AmiBilling } from './ami-billing';
import { AmiControls } from './ami-controls';
import { AmiStage } from './ami-stage';
import { amiState } from './params';
import { useAmiSteps } from './use-ami-steps';
import { StepWords, useTitlesOnly } from '../../components/step-words';
import { useRevealChange } from '../../components/use-reveal-change';

export default function AmiView() {
  const { steps, index, step, inputs } = useAmiSteps();
  const { goToAmiStep: goTo } = useActions(amiActions);
  const messages = useViewMessages(amiState);
  const tips = useMemo(() => amiExamTips(), []);
  const remarks = useMemo(() => amiNotesRemarks(), []);
  const stage = useRef<HTMLDivElement>(null);
  const at = Math.min(index, steps.length - 1);
  useRevealChange(stage, at);
  const titles = useTitlesOnly(steps);
  return (
    <div className="space-y-6">
      <h1 tabIndex={-1} className="text-2xl font-bold tracking-tight sm:text-3xl">The AMI lifecycle</h1>
      <Section title="Launch, configure, create an image, launch again">
        {messages.length ? (
          <ul role="status" className="mb-3 list-disc space-y-1 rounded-md bg-amber-50 py-2 pl-8 pr-3 text-sm dark:bg-amber-950/40">
            {messages.map((m) => <li key={m}>{m}</li>)}
          </ul>
        ) : null}
        <Stepper label="AMI steps" steps={titles} index={at} onIndex={goTo}>
          <StepWords index={at} explanation={step.explanation} />
          <div ref={stage}><AmiStage scene={step.scene} refused={step.refused} /></div>
          <p className="text-xs text-slate-600 dark:text-slate-400">Source for this step: <SourceText source={amiStepSource(step.event, inputs.instanceStore)} />.</p>
        </Stepper>
        <p className="mt-4 max-w-3xl text-sm text-slate-700 dark:text-slate-300">
          An Amazon Machine Image is a launch permission, a block device mapping (each device name pointing at an EBS snapshot) and a
          Region it belongs to. Step through launching, configuring, baking an image, launching from it, copying it to another Region,
          sharing it and deregistering it — and what AWS refuses on the way. Ids are shortened on the drawing (hover for the full id).
          {' '}The Figures switch changes nothing here: the AMI figures (and the $0.05 per GB-month of its snapshots) are the same in both editions.
        </p>
        <h3 className="mb-2 mt-6 text-base font-semibold">Change the scenario</h3>
        <AmiControls inputs={inputs} />
      </Section>
      <div className="grid gap-6 xl:grid-cols-2 [&>*]:min-w-0">
        <AmiBilling />
        <TipsPanel title="Exam power-ups: AMIs" tips={tips} remarks={remarks} />
      </div>
    </div>
  );
}
