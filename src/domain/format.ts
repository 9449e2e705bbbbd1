/**
 * Number formatting for the sentences the domain writes (explanations, validation messages).
 * Formatters are built once per precision: building Intl.NumberFormat is costly and these run on
 * every slider step.
 */

const formats = new Map<string, Intl.NumberFormat>();

/** The shared en-US number format with these fraction digits (built once, then reused). */
export function numberFormat(minFractionDigits: number, maxFractionDigits: number): Intl.NumberFormat {
  const key = `${minFractionDigits}:${maxFractionDigits}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { minimumFractionDigits: minFractionDigits, maximumFractionDigits: maxFractionDigits });
    formats.set(key, f);
  }
  return f;
}

export function fmt(n: number, maxFractionDigits = 0): string {
  return numberFormat(0, maxFractionDigits).format(n);
}
