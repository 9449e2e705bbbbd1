import { formatNumber, formatPrice, formatUsd } from '../../components/format';
import { Section } from '../../components/section';
import { SourceText } from '../../components/source-text';
import { SNAPSHOT_PRICE_SOURCES, SNAPSHOT_PRICES, amiStorageCost } from '../../domain';
import { useAmiSteps } from './use-ami-steps';

/** What the AMIs cost at this step: the snapshot storage they reference, per Region, per 30-day month. */
export function AmiBilling() {
  const { step } = useAmiSteps();
  const cost = amiStorageCost(step.scene);
  return (
    <Section title="What the AMI costs at this step">
      <p className="mb-2 text-sm">An AMI itself is free to keep; you pay for the EBS snapshots it references, at {formatPrice(SNAPSHOT_PRICES.usdPerGBMonth.standard)} per GB-month in the standard tier. Amazon's own AMI's snapshot is not yours to pay for.</p>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Snapshot storage per Region</caption>
        <thead><tr><th scope="col">Region</th><th scope="col" className="text-right">Stored</th><th scope="col" className="text-right">Per 30-day month</th></tr></thead>
        <tbody>
          {cost.perRegion.map((r) => (
            <tr key={r.region} className="border-t border-slate-200 dark:border-slate-700">
              <td>{r.region}{r.orphanedGiB ? <span className="block text-xs text-amber-800 dark:text-amber-300">{formatNumber(r.orphanedGiB)} GiB in snapshots no AMI uses</span> : null}</td>
              <td className="text-right tabular-nums">{formatNumber(r.storedGiB)} GiB</td>
              <td className="text-right tabular-nums">{formatUsd(r.usdPerMonth)}</td>
            </tr>
          ))}
          <tr className="border-t-2 border-slate-300 font-semibold dark:border-slate-600">
            <td>Total</td><td /><td className="text-right tabular-nums">{formatUsd(cost.totalUsd)}</td>
          </tr>
        </tbody>
      </table>
      {cost.orphanedGiB ? <p className="mt-2 text-sm">Deregistering an AMI does not delete its snapshots: they stay billable until you delete them.</p> : null}
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">A GB here is 1024³ bytes, as on the pricing page. Copying to another Region is also charged for the data transfer (not priced here). Source: <SourceText source={SNAPSHOT_PRICE_SOURCES.storage} />.</p>
    </Section>
  );
}
