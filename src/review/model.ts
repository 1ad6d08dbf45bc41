/**
 * The fact-check verdict model: what a checker found about one figure, quote or
 * contested group, anchored to the article's text the W3C way so it follows
 * the text through edits. Pure data; the sidecar (`sidecar.ts`) stores it.
 */

/**
 * - `unchecked`: nobody has looked yet (also what a reset gives)
 * - `verified`, `disputed`, `false`: the checker's finding
 * - `needs-source`: the claim cannot be checked until its source is known
 * - `not-a-claim`: Claimlens was wrong to list it; it is hidden and not counted
 */
export type VerdictStatus = 'unchecked' | 'verified' | 'disputed' | 'false' | 'needs-source' | 'not-a-claim';

export const VERDICT_STATUSES: readonly VerdictStatus[] = ['unchecked', 'verified', 'disputed', 'false', 'needs-source', 'not-a-claim'];

/** Labels for people: the status bar, the CLI and ClaimReview's `alternateName`. */
export const STATUS_LABELS: Readonly<Record<VerdictStatus, string>> = {
  unchecked: 'Unchecked',
  verified: 'Verified',
  disputed: 'Disputed',
  false: 'False',
  'needs-source': 'Needs source',
  'not-a-claim': 'Not a claim',
};

/** What a verdict is about. A group verdict is anchored on the group's first figure. */
export type TargetKind = 'figure' | 'quote' | 'group';

export const TARGET_KINDS: readonly TargetKind[] = ['figure', 'quote', 'group'];

/**
 * Where the verdict's text was, as a W3C TextQuoteSelector (exact, prefix,
 * suffix) plus the last known TextPositionSelector, in UTF-16 offsets.
 * `exact` is the text as it was checked: re-anchoring measures edits against
 * it, so a figure changed bit by bit still becomes an orphan once it is no
 * longer close to what was checked.
 */
export interface TextAnchor {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  readonly start: number;
  readonly end: number;
}

export interface Verdict {
  /** Stable and unique in its article; never reused. */
  readonly id: string;
  readonly target: TargetKind;
  readonly status: VerdictStatus;
  /** Free text; '' when none. */
  readonly note: string;
  /** A link to the evidence; '' when none. */
  readonly evidence: string;
  readonly anchor: TextAnchor;
  /** ISO 8601 times. `updated` decides which of two edits of one verdict wins a merge. */
  readonly created: string;
  readonly updated: string;
}

/** Statuses that count as checked: a finding was recorded. */
export function isChecked(status: VerdictStatus): boolean {
  return status !== 'unchecked' && status !== 'not-a-claim';
}

/** A fresh id: random where the platform has `crypto.randomUUID` (Node 20, browsers, web workers), else time and chance. */
export function newVerdictId(): string {
  const uuid = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto?.randomUUID?.();
  return uuid ?? `v-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}
