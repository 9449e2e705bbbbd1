/**
 * How numbers read on screen: grouped digits, units always printed by the caller or here.
 * The formats come from the domain's cache (building Intl.NumberFormat per call is costly and
 * these run many times per slider step).
 */
import { numberFormat } from '../domain';

export function formatNumber(n: number, maxFractionDigits = 0): string {
  return numberFormat(0, maxFractionDigits).format(n);
}

/** Dollars with cents; amounts under a cent keep enough digits to be seen. */
export function formatUsd(n: number): string {
  const digits = n !== 0 && Math.abs(n) < 0.01 ? 4 : 2;
  return `$${numberFormat(digits, digits).format(n)}`;
}

/** A unit price as AWS prints it: at least cents, up to four decimals ($0.125, $0.005). */
export function formatPrice(n: number): string {
  return `$${numberFormat(2, 4).format(n)}`;
}

export function formatDuration(seconds: number): string {
  if (seconds < 90) return `${formatNumber(seconds)} s`;
  const minutes = seconds / 60;
  if (minutes < 90) return `${formatNumber(minutes)} min`;
  const hours = Math.floor(minutes / 60);
  const rest = Math.round(minutes - hours * 60);
  if (hours < 48) return rest ? `${hours} h ${rest} min` : `${hours} h`;
  return `${formatNumber(hours / 24, 1)} days`;
}
