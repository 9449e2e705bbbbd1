import { memo } from 'react';
import { SourceText } from '../../components/source-text';
import type { EncryptionStep } from '../../domain';
import { EncryptionDrawing } from './encryption-drawing';

/** The step's drawing, a refusal if the step is one, and the step's detail and source under a disclosure. */
export const EncryptionStage = memo(function EncryptionStage({ step }: { step: EncryptionStep }) {
  return (
    <div className="grid gap-3 lg:grid-cols-[minmax(0,30rem)_minmax(0,1fr)] lg:items-start">
      <figure data-active className="relative m-0">
        {step.refused ? (
          <p key={step.refused} aria-hidden="true" className="step-enter absolute inset-x-0 top-7 z-10 mx-auto w-fit rounded-md border-2 border-red-700 bg-red-50 px-3 py-1 text-sm font-semibold text-red-800 dark:border-red-300 dark:bg-red-950 dark:text-red-200">
            <span aria-hidden="true">✕ </span>Refused by EBS: nothing changes.
          </p>
        ) : null}
        <EncryptionDrawing scene={step.scene} />
      </figure>
      <details className="rounded-md border border-slate-200 px-3 py-2 text-sm dark:border-slate-700">
        <summary className="cursor-pointer font-medium">More on this step, and its source</summary>
        {step.detail ? <p className="mt-2">{step.detail}</p> : null}
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">Source: <SourceText source={step.source} /></p>
      </details>
    </div>
  );
});
