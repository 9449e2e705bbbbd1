import { useId, useMemo } from 'react';
import { ebsPrices, GP2_MODEL, HDD_MODEL, volumeSpec, volumeTypesFor, type Edition, type VolumeSpec } from '../../domain';
import { Section } from '../../components/section';
import { SourceText } from '../../components/source-text';
import { formatNumber, formatPrice } from '../../components/format';
import { useActions, useEdition, useInput } from '../../store/view-hooks';
import { ebsActions } from './actions';
import { ebsState } from './params';
import { typeName } from './use-volume';

/** How each type earns its performance, in a few words. */
function performanceModel(spec: VolumeSpec): string {
  if (spec.type === 'gp2') return `${GP2_MODEL.iopsPerGiB} IOPS per GiB (min ${GP2_MODEL.minBaselineIops}), bursts to ${formatNumber(GP2_MODEL.burstIops)}`;
  if (spec.type === 'st1' || spec.type === 'sc1') {
    const m = HDD_MODEL[spec.type];
    return `${m.baselineMiBpsPerTiB} MiB/s per TiB, bursts ${m.burstMiBpsPerTiB} per TiB`;
  }
  if (spec.includedIops) return `${formatNumber(spec.includedIops)} IOPS and ${spec.includedThroughputMiBps} MiB/s included; up to ${spec.iopsPerGiB} IOPS per GiB`;
  return `provisioned, up to ${formatNumber(spec.iopsPerGiB ?? 0)} IOPS per GiB`;
}

function Row({ spec, edition, current, onChoose }: { spec: VolumeSpec; edition: Edition; current: boolean; onChoose: () => void }) {
  const name = typeName(spec.type, edition);
  return (
    <tr className={`border-t border-slate-200 align-top dark:border-slate-700 ${current ? 'bg-teal-50 dark:bg-teal-950/50' : ''}`}>
      <th scope="row" className="py-2 pr-3 text-left">
        <button type="button" onClick={onChoose} aria-pressed={current} aria-label={`Show ${name}`}
          className="rounded px-1 text-left font-semibold text-teal-800 underline decoration-dotted underline-offset-4 dark:text-teal-300">
          {name}
        </button>
      </th>
      <td className="py-2 pr-3 whitespace-nowrap tabular-nums">{formatNumber(spec.minSizeGiB)} to {formatNumber(spec.maxSizeGiB)} GiB</td>
      <td className="py-2 pr-3 text-right tabular-nums">{formatNumber(spec.maxIops)}{spec.family === 'hdd' ? ' (1 MiB)' : ''}</td>
      <td className="py-2 pr-3 text-right tabular-nums">{formatNumber(spec.maxThroughputMiBps)}</td>
      <td className="py-2 pr-3">{performanceModel(spec)}</td>
      <td className="py-2 pr-3">{spec.bootable ? 'yes' : 'no'}</td>
      <td className="py-2 pr-3">{spec.multiAttach ? 'yes' : 'no'}</td>
      <td className="py-2 text-right tabular-nums">{formatPrice(ebsPrices[spec.type].storagePerGBMonth)}</td>
    </tr>
  );
}

const SOURCES = 'UG21 ebs-volume-types.md; UG23 ebs-volume-types.md and SDK CreateVolume for today\'s figures; PRICE25 for prices';

/** Every type on one table, so a learner sees the whole family without touching a control. */
export function TypesAtAGlance() {
  const edition = useEdition();
  const current = useInput(ebsState, 'type');
  const { chooseVolumeType: choose } = useActions(ebsActions);
  const specs = useMemo(() => volumeTypesFor(edition).map((t) => volumeSpec(t, edition)), [edition]);
  const cueId = useId();
  return (
    <Section title="Every volume type at a glance">
      <p id={cueId} className="mb-1 flex items-center gap-1 text-xs font-medium text-slate-600 md:hidden dark:text-slate-400">
        Scroll the table sideways for every column <span aria-hidden="true">→</span>
      </p>
      {/* Focusable so a keyboard can scroll it; the fade on the right edge shows more columns lie beyond. */}
      <div className="relative">
        <div role="region" aria-label="Every volume type, scrolls sideways" aria-describedby={cueId} tabIndex={0}
          className="overflow-x-auto rounded-md focus-visible:outline-2 focus-visible:outline-teal-700">
          <table className="w-full min-w-[44rem] text-sm">
          <caption className="pb-2 text-left text-sm text-slate-700 dark:text-slate-300">
            Per-volume limits ({edition === 'current' ? "today's AWS" : '2021, the SAA-C02 figures'}) and us-east-1 storage price. Choose a type to explore it.
          </caption>
          <thead>
            <tr className="text-left text-xs uppercase text-slate-600 dark:text-slate-400">
              <th scope="col" className="pr-3 font-medium">Type</th>
              <th scope="col" className="pr-3 font-medium">Size</th>
              <th scope="col" className="pr-3 text-right font-medium">Max IOPS</th>
              <th scope="col" className="pr-3 text-right font-medium">Max MiB/s</th>
              <th scope="col" className="pr-3 font-medium">Performance</th>
              <th scope="col" className="pr-3 font-medium">Boot</th>
              <th scope="col" className="pr-3 font-medium">Multi-Attach</th>
              <th scope="col" className="text-right font-medium">USD per GB-month</th>
            </tr>
          </thead>
          <tbody>
            {specs.map((spec) => (
              <Row key={spec.type} spec={spec} edition={edition} current={spec.type === current} onChoose={() => choose(spec.type)} />
            ))}
          </tbody>
        </table>
        </div>
        <div aria-hidden="true" className="pointer-events-none absolute inset-y-0 right-0 w-8 bg-linear-to-l from-white to-transparent md:hidden dark:from-slate-900" />
      </div>
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
        Sources: <SourceText source={SOURCES} />. SSD IOPS are quoted at 16 KiB, HDD IOPS at 1 MiB.
      </p>
    </Section>
  );
}
