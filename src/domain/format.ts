/** Number formatting for the sentences the domain writes (explanations, validation messages). */

export function fmt(n: number, maxFractionDigits = 0): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: maxFractionDigits });
}

export function fmtUsd(n: number, fractionDigits = 2): string {
  return `$${n.toLocaleString('en-US', { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits })}`;
}
