/** How Claimlens writes numbers and counts for people, in one place for every report, hover and panel. */

/** 4200000000 → "4,200,000,000"; 0.6667 → "0.667". */
export function formatNumber(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 3 });
}

/** 1 → "1 quote", 3 → "3 quotes". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
