import { Section } from '../../components/section';
import { useEdition } from '../../store/view-hooks';
import { ComparePanel } from './compare-panel';
import { CostPanel } from './cost-panel';
import { EnvelopePanel } from './envelope-panel';
import { ExamPanel } from './exam-panel';
import { InstancePanel } from './instance-panel';
import { PerformancePanel } from './performance-panel';
import { TypesAtAGlance } from './types-at-a-glance';
import { VOLUME_SECTION_ID } from './use-volume';
import { VolumeControls } from './volume-controls';

export default function VolumeExplorerView() {
  const edition = useEdition();
  return (
    <div className="space-y-6">
      <div className="max-w-3xl space-y-2">
        <h1 tabIndex={-1} className="text-2xl font-bold tracking-tight sm:text-3xl">EBS volume explorer</h1>
        <p className="text-slate-700 dark:text-slate-300">
          <span className="sm:hidden">A volume's IOPS, throughput and bill follow its type and size</span>
          <span className="hidden sm:inline">
            An EBS volume's performance comes from its type and size, or from what you provision. Pick a type, change its size and
            watch baseline and burst IOPS, throughput and the monthly bill follow
          </span>
          {' '}({edition === 'current' ? "today's AWS figures" : 'the 2021 figures the SAA-C02 exam teaches'}).
        </p>
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(18rem,24rem)_1fr]">
        <div className="lg:sticky lg:top-4 lg:self-start">
          <Section title="Volume" id={VOLUME_SECTION_ID}>
            <VolumeControls />
          </Section>
        </div>
        <div className="min-w-0 space-y-6">
          <PerformancePanel />
          <EnvelopePanel />
          <ExamPanel />
          <CostPanel />
          <InstancePanel />
          <ComparePanel />
          <TypesAtAGlance />
        </div>
      </div>
    </div>
  );
}
