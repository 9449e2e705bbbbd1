import { ChoiceGroup, type Choice } from '../../components/choice-group';
import { formatDuration, formatNumber, formatPrice, formatUsd } from '../../components/format';
import { RangeField } from '../../components/range-field';
import { Section } from '../../components/section';
import { SourceText } from '../../components/source-text';
import { Stat } from '../../components/stat';
import {
  archiveStorageCost, fsrCost, fsrQuota, gbMonths, SNAPSHOT_PRICE_SOURCES, SNAPSHOT_PRICES, snapshotMonthlyCost, volumeStorageCost,
  ebsPrices, type SnapshotTier, type SnapshotVolumeType,
} from '../../domain';
import { useActions, useEdition, useInput } from '../../store/view-hooks';
import { boundsOf } from '../../store/view-state';
import { snapshotsActions } from './actions';
import { snapshotsState } from './params';
import { useSnapshotSteps } from './use-snapshot-steps';

const TIERS: readonly Choice<SnapshotTier>[] = [
  { value: 'standard', label: 'Standard', description: `${formatPrice(SNAPSHOT_PRICES.usdPerGBMonth.standard)} per GB-month` },
  { value: 'archive', label: 'Archive', description: `${formatPrice(SNAPSHOT_PRICES.usdPerGBMonth.archive)} per GB-month` },
];

const VOLUME_TYPES: readonly Choice<SnapshotVolumeType>[] = [
  { value: 'gp2', label: 'gp2', description: `${formatPrice(ebsPrices.gp2.storagePerGBMonth)} per GB-month (the API's default type)` },
  { value: 'gp3', label: 'gp3', description: `${formatPrice(ebsPrices.gp3.storagePerGBMonth)} per GB-month, 3,000 IOPS and 125 MiB/s included` },
];

const { daysKept: DAYS, fsrAzs: AZS, fsrMinutes: MINUTES } = snapshotsState.params;
const minutesLabel = (m: number) => formatDuration(m * 60);
const daysLabel = (d: number) => `${d} day${d === 1 ? '' : 's'}`;
const azsLabel = (n: number) => `${n} AZ${n === 1 ? '' : 's'}`;

/** What the step on screen costs: snapshot storage in GB-months, copies, and FSR, live with the scenario. */
export function BillingPanel() {
  const { step } = useSnapshotSteps();
  const edition = useEdition();
  const tier = useInput(snapshotsState, 'tier');
  const volumeType = useInput(snapshotsState, 'volumeType');
  const days = useInput(snapshotsState, 'daysKept');
  const azs = useInput(snapshotsState, 'fsrAzs');
  const minutes = useInput(snapshotsState, 'fsrMinutes');
  const { setSnapshotTier: setTier, setDaysKept: setDays, setFsrAzs: setAzs, setFsrMinutes: setMinutes, setVolumeType } = useActions(snapshotsActions);
  const [daysMin, daysMax] = boundsOf(DAYS, null, edition);
  const [azsMin, azsMax] = boundsOf(AZS, null, edition);
  const [minutesMin, minutesMax] = boundsOf(MINUTES, null, edition);

  const stored = step.frame.storedGiB;
  const months = gbMonths(stored, days);
  // Archived snapshots are stored whole, each its full data, and billed for at least 90 days.
  const wholeSizes = step.frame.snapshots.map((s) => s.usedGiB);
  const whole = wholeSizes.reduce((a, b) => a + b, 0);
  const archive = archiveStorageCost(whole, days);
  // This month's bill: an archive's 90-day minimum is committed, not charged within these days.
  const storage = tier === 'standard' ? snapshotMonthlyCost(months, 'standard') : archive.thisMonthUsd;
  const copied = step.frame.regionCopies.reduce((a, c) => a + c.storedGiB, 0);
  const copyCost = snapshotMonthlyCost(gbMonths(copied, days), 'standard');
  const fsr = fsrCost({ snapshots: 1, azs, enabledMinutes: minutes });
  // The volume in AZ a, and the one restored in AZ b once there is one: each billed on its whole size.
  const volumes = 1 + (step.frame.restored ? 1 : 0);
  const volume = volumeStorageCost(step.frame.sizeGiB, volumes, volumeType, days);
  const billedMinutes = Math.max(SNAPSHOT_PRICES.fsrMinimumMinutes, minutes);

  return (
    <Section title="What it costs at this step">
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="space-y-3">
          <ChoiceGroup legend="Volume type" choices={VOLUME_TYPES} value={volumeType} onChange={setVolumeType} />
          <ChoiceGroup legend="Snapshot storage tier" choices={TIERS} value={tier} onChange={setTier} />
          <RangeField label={DAYS.label} unit="days" valueLabel={daysLabel} value={days} min={daysMin} max={daysMax} onChange={setDays} />
          <dl className="grid grid-cols-2 gap-2">
            <Stat label="Volume storage (EBS)" value={formatUsd(volume.usd)} unit={`for ${daysLabel(days)}`}
              detail={`${volumes === 2 ? `2 volumes × ${step.frame.sizeGiB}` : step.frame.sizeGiB} GB provisioned × ${days} / 30 days = ${formatNumber(volume.gbMonths, 2)} GB-months × ${formatPrice(volume.usdPerGBMonth)} (${volumeType})${volumes === 2 ? '; the restored volume in AZ b is billed too' : ''}`} />
            <Stat label="Stored in S3" value={formatNumber(stored)} unit="GiB" detail="only blocks snapshots hold, not the volume's size (incremental)" />
            {tier === 'standard' ? (
              <Stat label="Standard storage" value={formatUsd(storage)} unit={`for ${daysLabel(days)}`}
                detail={`${formatNumber(stored)} GB × ${days} / 30 days = ${formatNumber(months, 2)} GB-months × ${formatPrice(SNAPSHOT_PRICES.usdPerGBMonth.standard)}`} />
            ) : (
              <>
                <Stat label="Archived size" value={formatNumber(whole)} unit="GiB"
                  detail={`${wholeSizes.length > 1 ? `${wholeSizes.join(' + ')} = ` : ''}${formatNumber(whole)} GB: each snapshot whole, not incremental`} />
                <Stat label="Archive storage this month" value={formatUsd(storage)} unit={`for ${daysLabel(days)}`}
                  detail={`${formatNumber(whole)} GB × ${days} / 30 days × ${formatPrice(SNAPSHOT_PRICES.usdPerGBMonth.archive)}`} />
                <Stat label="Minimum charge committed" value={formatUsd(archive.usd)} unit={`for ${daysLabel(archive.billedDays)}`}
                  detail={`${formatNumber(whole)} GB × ${archive.billedDays} / 30 days × ${formatPrice(SNAPSHOT_PRICES.usdPerGBMonth.archive)}${archive.laterUsd > 0 ? `: ${formatUsd(archive.laterUsd)} of it after these ${daysLabel(days)}, even if deleted sooner` : ''}`} />
              </>
            )}
            <Stat label="Volumes and snapshots this month" value={formatUsd(volume.usd + storage + copyCost)} unit={`for ${daysLabel(days)}`}
              detail={`${formatUsd(volume.usd)} volume${volumes === 2 ? 's' : ''} + ${formatUsd(storage)} snapshots${copied ? ` + ${formatUsd(copyCost)} copies` : ''}; FSR below is extra${tier === 'archive' && archive.laterUsd > 0 ? '; the archive\'s minimum is above, not in this month' : ''}`} />
          </dl>
          {tier === 'archive' ? (
            <p className="text-xs">An archived snapshot is stored whole, not incrementally, and at least {SNAPSHOT_PRICES.archiveMinimumDays} days are billed (deleting sooner charges the rest pro rata); restoring one costs {formatPrice(SNAPSHOT_PRICES.archiveRestoreUsdPerGB)} per GB. Archive suits snapshots kept for months, not this month's chain.</p>
          ) : null}
          {copied ? (
            <p className="text-sm">Copies in us-west-2: {formatNumber(copied)} GiB, {formatUsd(copyCost)} this month at the standard price, plus the cross-Region data transfer of the copy (not priced here).</p>
          ) : null}
          <p className="text-xs text-slate-600 dark:text-slate-400">The notes' example: 20 GB kept for half a month is 10 GB-months. A GB here is 1024³ bytes, as on the pricing page. Sources: <SourceText source={SNAPSHOT_PRICE_SOURCES.storage} />; volumes: <SourceText source={SNAPSHOT_PRICE_SOURCES.volume} />.</p>
        </div>
        <div className="space-y-3">
          <h3 className="text-sm font-semibold">Fast Snapshot Restore on one snapshot</h3>
          <RangeField label={AZS.label} unit="AZs" valueLabel={azsLabel} value={azs} min={azsMin} max={azsMax} onChange={setAzs} />
          <RangeField label={MINUTES.label} unit="minutes" scale="log" value={minutes} min={minutesMin} max={minutesMax}
            onChange={setMinutes} valueLabel={minutesLabel} />
          <dl className="grid grid-cols-2 gap-2">
            <Stat label="FSR cost" value={formatPrice(fsr)}
              detail={`1 snapshot × ${azsLabel(azs)} × ${formatNumber(billedMinutes)} min / 60 × ${formatUsd(SNAPSHOT_PRICES.fsrUsdPerDsuHour)}${minutes < SNAPSHOT_PRICES.fsrMinimumMinutes ? ' (one-hour minimum)' : ''}`} />
            <Stat label="FSR quota" value={String(fsrQuota(edition))} unit="snapshots per Region" detail={edition === 'saa-c02' ? '2021; 5 since September 2022' : 'since September 2022 (50 in 2021)'} />
          </dl>
          <p className="text-xs text-slate-600 dark:text-slate-400">Billed per minute while enabled, at least an hour per snapshot per AZ. Source: <SourceText source={SNAPSHOT_PRICE_SOURCES.fsr} />.</p>
        </div>
      </div>
    </Section>
  );
}
