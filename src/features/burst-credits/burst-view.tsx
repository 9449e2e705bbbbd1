import { Section } from '../../components/section';
import { ChartPanel } from './chart-panel';
import { Readouts } from './readouts';
import { VolumePicker } from './volume-picker';
import { WorkloadEditor } from './workload-editor';

export default function BurstView() {
  return (
    <div className="space-y-6">
      <div className="max-w-3xl space-y-2">
        <h1 tabIndex={-1} className="text-2xl font-bold tracking-tight sm:text-3xl">Burst-credit explorer</h1>
        <p className="text-slate-700 dark:text-slate-300">
          gp2 volumes under 1,000 GiB and every st1 and sc1 volume run on a bucket of credits: they earn credits at their baseline rate
          and spend them to go faster. Pick a volume and a workload and see when the bucket runs dry, how hard the volume is throttled,
          and what a gp3 volume would do instead.
        </p>
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(18rem,26rem)_1fr]">
        <div className="min-w-0 space-y-6">
          <Section title="Volume"><VolumePicker /></Section>
          <Section title="Workload"><WorkloadEditor /></Section>
        </div>
        <div className="min-w-0 space-y-6">
          <Readouts />
          <ChartPanel />
        </div>
      </div>
    </div>
  );
}
