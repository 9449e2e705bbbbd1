import { Section } from '../../components/section';
import { SourceText } from '../../components/source-text';
import { FARGATE_SIZES_ERA_SOURCE, FARGATE_SIZES_NOTE, fargateSizesFor } from '../../domain';
import { useActions, useEdition, useInput } from '../../store/view-hooks';
import { ecsActions } from './actions';
import { ecsState } from './params';
import { useTaskCpu } from './use-ecs';

const gb = (mib: number) => `${(mib / 1024).toLocaleString('en-US')} GB`;

/** Every valid Fargate task size; choosing one sets the task definition's CPU and memory. */
export function FargateSizesPanel() {
  const edition = useEdition();
  const fargate = useInput(ecsState, 'launchType') === 'FARGATE';
  const cpuUnits = useTaskCpu();
  const memoryMiB = useInput(ecsState, 'memoryMiB');
  const { chooseFargateSize } = useActions(ecsActions);
  return (
    <Section title="Fargate task sizes">
      <p className="mb-2 text-sm">Fargate runs only these CPU and memory pairs; pick one, or type a memory above to see the rule.</p>
      <ul className="space-y-2">
        {fargateSizesFor(edition).map((row) => (
          <li key={row.cpuUnits} className="text-sm">
            <p className="font-medium">{row.vcpu} vCPU ({row.cpuUnits} units){row.note ? <span className="font-normal text-slate-600 dark:text-slate-400"> · {row.note}</span> : null}</p>
            <div className="mt-1 flex flex-wrap gap-1" role="group" aria-label={`Memory for ${row.vcpu} vCPU`}>
              {row.memoryMiB.map((m) => {
                const on = fargate && cpuUnits === row.cpuUnits && memoryMiB === m;
                return (
                  <button key={m} type="button" aria-pressed={on} onClick={() => chooseFargateSize(row.cpuUnits, m)}
                    className="rounded border border-slate-300 px-1.5 py-0.5 text-xs tabular-nums aria-pressed:bg-teal-700 aria-pressed:text-white dark:border-slate-600 dark:aria-pressed:bg-teal-400 dark:aria-pressed:text-slate-950">
                    {gb(m)}
                  </button>
                );
              })}
            </div>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">{FARGATE_SIZES_NOTE[edition]} Source: <SourceText source={FARGATE_SIZES_ERA_SOURCE} />.</p>
    </Section>
  );
}
