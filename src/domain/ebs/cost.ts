/**
 * Monthly cost of one volume in us-east-1 (prices in catalog/ebs-prices.ts, PRICE25).
 *
 *   fraction   = min(month, max(60, seconds)) / month,  month = 30 x 86,400 s (720 h)
 *                per second, 60-second minimum; a whole month (720 h or more: a 31-day month
 *                has 744 h) is one month, never billed above the monthly rate (aws-facts §3.1)
 *   storage    = GB-month price x size x fraction                  (AWS's GB = 1 GiB)
 *   IOPS       = sum over tiers of price x IOPS in tier x fraction (above the free IOPS; per volume)
 *   throughput = price x max(0, MiB/s - free MiB/s) x fraction
 */
import { BILLING, ebsPrices, type EbsPriceTable } from '../catalog/ebs-prices';
import { volumeSpec } from '../catalog/volume-specs';
import { fmt } from '../format';
import type { Volume } from '../types';
import { isProvisioned } from './provisioned';

export interface CostOptions {
  seconds?: number;
  prices?: EbsPriceTable;
}

export interface MonthlyCost {
  storageUsd: number;
  iopsUsd: number;
  throughputUsd: number;
  totalUsd: number;
}

/** One line of the "Show calculation" trace: quantity x unit price x share of the month. */
export interface CostLine {
  item: 'storage' | 'iops' | 'throughput';
  label: string;
  quantity: number;
  unit: string;
  unitPriceUsd: number;
  fractionOfMonth: number;
  usd: number;
}

/** The share of a month billed: per second, at least 60 seconds, at most the whole month. */
export function billedFraction(seconds: number = BILLING.secondsPerMonth): number {
  return Math.min(BILLING.secondsPerMonth, Math.max(BILLING.minimumSeconds, seconds)) / BILLING.secondsPerMonth;
}

export function costLines(volume: Volume, options: CostOptions = {}): CostLine[] {
  const prices = options.prices ?? ebsPrices;
  const row = prices[volume.type];
  const fraction = billedFraction(options.seconds);
  // Provisioned-IOPS types bill their IOPS even when the caller leaves them out (the minimum applies).
  const spec = volumeSpec(volume.type, 'saa-c02');
  const line = (item: CostLine['item'], label: string, quantity: number, unit: string, unitPriceUsd: number): CostLine =>
    ({ item, label, quantity, unit, unitPriceUsd, fractionOfMonth: fraction, usd: quantity * unitPriceUsd * fraction });

  const lines: CostLine[] = [line('storage', 'Storage', volume.sizeGiB, 'GB-month', row.storagePerGBMonth)];
  if (row.iopsTiers && isProvisioned(spec)) {
    const iops = volume.iops ?? spec.minIops ?? 0;
    let floor = row.freeIops ?? 0;
    for (const tier of row.iopsTiers) {
      const top = Math.min(iops, tier.upToIops ?? Infinity);
      if (top > floor) {
        const label = tier.upToIops === null && floor === 0 ? 'Provisioned IOPS'
          : `IOPS ${fmt(floor + 1)} to ${fmt(top)}`;
        lines.push(line('iops', label, top - floor, 'IOPS-month', tier.usdPerIopsMonth));
      }
      floor = Math.max(floor, tier.upToIops ?? Infinity);
      if (floor >= iops) break;
    }
  }
  if (row.throughputPerMiBpsMonth !== undefined) {
    const billable = Math.max(0, (volume.throughputMiBps ?? row.freeThroughputMiBps ?? 0) - (row.freeThroughputMiBps ?? 0));
    if (billable > 0) lines.push(line('throughput', `Throughput above ${row.freeThroughputMiBps ?? 0} MiB/s`, billable, 'MiB/s-month', row.throughputPerMiBpsMonth));
  }
  return lines;
}

export function monthlyCost(volume: Volume, options: CostOptions = {}): MonthlyCost {
  const lines = costLines(volume, options);
  const sum = (item: CostLine['item']) => lines.filter((l) => l.item === item).reduce((a, l) => a + l.usd, 0);
  const storageUsd = sum('storage');
  const iopsUsd = sum('iops');
  const throughputUsd = sum('throughput');
  return { storageUsd, iopsUsd, throughputUsd, totalUsd: storageUsd + iopsUsd + throughputUsd };
}
