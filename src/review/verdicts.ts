/** Making and changing verdicts: what the extension calls when a checker records a finding. */
import type { Analysis, Span } from '../core';
import { createAnchor } from './anchor';
import { newVerdictId, type TargetKind, type Verdict, type VerdictStatus } from './model';
import type { ArticleReview } from './placement';

export interface Finding {
  readonly status: VerdictStatus;
  readonly note?: string;
  readonly evidence?: string;
}

/** The span a verdict on this figure, quote or group is anchored to: a group is anchored on its first figure. */
export function targetSpan(analysis: Analysis, kind: TargetKind, id: string): Span | undefined {
  if (kind === 'quote') return analysis.quotes.find((q) => q.id === id);
  if (kind === 'figure') return analysis.claims.find((c) => c.id === id);
  const group = analysis.contested.find((g) => g.id === id);
  const first = group && analysis.claims.filter((c) => group.claimIds.includes(c.id)).sort((a, b) => a.start - b.start)[0];
  return first ?? undefined;
}

/** A new verdict on the figure, quote or group `id`; undefined when the analysis has no such item. */
export function createVerdict(text: string, analysis: Analysis, kind: TargetKind, id: string, finding: Finding, now = new Date()): Verdict | undefined {
  const span = targetSpan(analysis, kind, id);
  if (!span) return undefined;
  const time = now.toISOString();
  return { id: newVerdictId(), target: kind, status: finding.status, note: finding.note ?? '', evidence: finding.evidence ?? '', anchor: createAnchor(text, span.start, span.end), created: time, updated: time };
}

/** The verdict with a new finding (what is not given stays), stamped now so it wins a merge. */
export function updateVerdict(verdict: Verdict, finding: Partial<Finding>, now = new Date()): Verdict {
  return { ...verdict, ...definedOnly(finding), updated: laterThan(verdict.updated, now) };
}

/** Re-attaches an orphan (or moves any verdict) to a span of the current text: the text there becomes the checked text. */
export function reattachVerdict(verdict: Verdict, text: string, span: Span, now = new Date()): Verdict {
  return { ...verdict, anchor: createAnchor(text, span.start, span.end), updated: laterThan(verdict.updated, now) };
}

function definedOnly(finding: Partial<Finding>): Partial<Finding> {
  return Object.fromEntries(Object.entries(finding).filter(([, v]) => v !== undefined));
}

/** Now, or a millisecond after `previous` when a clock is behind: an edit always counts as newer. */
function laterThan(previous: string, now: Date): string {
  const before = Date.parse(previous);
  return new Date(Math.max(now.getTime(), Number.isNaN(before) ? 0 : before + 1)).toISOString();
}

/**
 * The verdict list with a finding recorded on the figure, quote or group `id`:
 * its verdict updated when it has one, else a new verdict. `analysis` is the
 * full analysis of `text` and `review` the verdicts placed on it. Unchanged
 * (the same list) when the analysis has no such item.
 */
export function recordFinding(verdicts: readonly Verdict[], review: ArticleReview, text: string, analysis: Analysis, kind: TargetKind, id: string, finding: Partial<Finding> & Pick<Finding, 'status'>, now = new Date()): readonly Verdict[] {
  const known = review.byTarget.get(id)?.verdict;
  if (known && known.target === kind) return verdicts.map((v) => (v.id === known.id ? updateVerdict(v, finding, now) : v));
  const created = createVerdict(text, analysis, kind, id, finding, now);
  return created ? [...verdicts, created] : verdicts;
}
