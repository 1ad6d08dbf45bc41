/** How Claimlens writes numbers and counts for people, in one place for every report, hover and panel. */
import type { Change } from './model';

let numberFormat: Intl.NumberFormat | undefined;

/** 4200000000 → "4,200,000,000"; 0.6667 → "0.667". */
export function formatNumber(value: number): string {
  // One formatter for every call: `toLocaleString` with options builds one each time (about 0.1 ms), and a
  // long article's panel writes tens of thousands of figures.
  numberFormat ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });
  return numberFormat.format(value);
}

/** 1 → "1 quote", 3 → "3 quotes". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** { direction: 'down', by: 0.4, unit: 'points', from: 7.2, to: 6.8 } → "down 0.4 points, from 7.2 to 6.8". */
export function describeChange(change: Change): string {
  const by = change.by === null ? '' : ` ${formatNumber(change.by)}${change.unit === 'percent' ? '%' : change.unit ? ` ${change.unit}` : ''}`;
  const from = change.from === null ? '' : ` from ${formatNumber(change.from)}`;
  const to = change.to === null ? '' : ` to ${formatNumber(change.to)}`;
  return `${change.direction}${by}${from || to ? `,${from}${to}` : ''}`;
}

/**
 * One line for the rules that failed on an article, for the CLI's stderr and
 * the extension's output channel: "rule cue.verb failed 2 times (TypeError: …);
 * the rest of the analysis stands". Null when none failed.
 */
export function ruleErrorNotice(errors: ReadonlyArray<{ readonly rule: string; readonly message: string; readonly count: number }>): string | null {
  if (errors.length === 0) return null;
  const parts = errors.map((e) => `rule ${e.rule} failed ${e.count === 1 ? 'once' : `${e.count} times`} (${e.message})`);
  return `${parts.join('; ')}; its finds are missing, the rest of the analysis stands`;
}
