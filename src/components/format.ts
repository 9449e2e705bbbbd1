/** How numbers read on screen: grouped digits, units always printed by the caller or here. */

export function formatNumber(n: number, maxFractionDigits = 0): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: maxFractionDigits });
}

/** Dollars with cents; amounts under a cent keep enough digits to be seen. */
export function formatUsd(n: number): string {
  const digits = n !== 0 && Math.abs(n) < 0.01 ? 4 : 2;
  return `$${n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })}`;
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

/** GiB with the TiB equivalent once it is a TiB or more. */
export function formatGiB(sizeGiB: number): string {
  return sizeGiB >= 1024 ? `${formatNumber(sizeGiB)} GiB (${formatNumber(sizeGiB / 1024, 2)} TiB)` : `${formatNumber(sizeGiB)} GiB`;
}
