/**
 * Verdicts meet the analysis: each verdict is re-anchored in the current text
 * and given to the figure, quote or contested group its span overlaps; a
 * verdict whose text is gone is an orphan. Progress counts follow from that.
 */
import { plural, type Analysis, type Claim, type Span } from '../core';
import { reanchorAll } from './anchor';
import { isChecked, type TargetKind, type Verdict, type VerdictStatus } from './model';

export interface PlacedVerdict {
  readonly verdict: Verdict;
  /** Where its text is now. */
  readonly span: Span;
  /** True when the text was edited since it was checked (found by fuzzy matching). */
  readonly changed: boolean;
  /** The claim, quote or group id it belongs to now; null when the analysis finds nothing of its kind there. */
  readonly targetId: string | null;
}

export interface ArticleReview {
  /** Verdicts whose text was found, in the order given. */
  readonly placed: readonly PlacedVerdict[];
  /** Verdicts whose text is gone or edited beyond recognition: to re-attach or delete, never dropped. */
  readonly orphans: readonly Verdict[];
  /** The verdict that applies to each claim, quote or group id: the last updated when several do. */
  readonly byTarget: ReadonlyMap<string, PlacedVerdict>;
}

export function reviewArticle(text: string, analysis: Analysis, verdicts: readonly Verdict[]): ArticleReview {
  const matches = reanchorAll(verdicts.map((v) => v.anchor), text);
  const placed: PlacedVerdict[] = [];
  const orphans: Verdict[] = [];
  const byTarget = new Map<string, PlacedVerdict>();
  verdicts.forEach((verdict, i) => {
    const match = matches[i];
    if (!match) {
      orphans.push(verdict);
      return;
    }
    const span = { start: match.start, end: match.end };
    const one: PlacedVerdict = { verdict, span, changed: !match.exact, targetId: targetAt(analysis, verdict.target, span) };
    placed.push(one);
    const known = one.targetId === null ? undefined : byTarget.get(one.targetId);
    if (one.targetId !== null && (!known || known.verdict.updated < verdict.updated)) byTarget.set(one.targetId, one);
  });
  return { placed, orphans, byTarget };
}

/** The status of a claim, quote or group: its verdict's, or unchecked. */
export function statusOf(review: ArticleReview, id: string): VerdictStatus {
  return review.byTarget.get(id)?.verdict.status ?? 'unchecked';
}

/** The id of what the span overlaps most, of the verdict's kind. */
function targetAt(analysis: Analysis, kind: TargetKind, span: Span): string | null {
  if (kind === 'quote') return mostOverlapping(analysis.quotes, span)?.id ?? null;
  const claim = mostOverlapping(analysis.claims, span) as Claim | undefined;
  if (kind === 'figure') return claim?.id ?? null;
  return claim?.contestedId ?? null;
}

function mostOverlapping<T extends Span>(items: readonly T[], span: Span): T | undefined {
  let best: T | undefined;
  let bestOverlap = 0;
  for (const item of items) {
    const overlap = Math.min(item.end, span.end) - Math.max(item.start, span.start);
    // A zero-length span still belongs to what holds it.
    const counts = overlap > 0 || (span.start === span.end && item.start <= span.start && span.start < item.end);
    if (counts && (best === undefined || overlap > bestOverlap)) {
      best = item;
      bestOverlap = overlap;
    }
  }
  return best;
}

export interface Tally {
  readonly checked: number;
  /** Everything of the kind in the article, less what was marked "not a claim". */
  readonly total: number;
}

export interface ReviewProgress {
  readonly figures: Tally;
  readonly quotes: Tally;
  readonly groups: Tally;
  /** Claims, quotes and groups marked "not a claim". */
  readonly hidden: number;
  readonly orphans: number;
}

export function reviewProgress(analysis: Analysis, review: ArticleReview): ReviewProgress {
  let hidden = 0;
  const tally = (items: readonly { id: string }[]): Tally => {
    let checked = 0;
    let total = 0;
    for (const item of items) {
      const status = statusOf(review, item.id);
      if (status === 'not-a-claim') hidden++;
      else {
        total++;
        if (isChecked(status)) checked++;
      }
    }
    return { checked, total };
  };
  return { figures: tally(analysis.claims), quotes: tally(analysis.quotes), groups: tally(analysis.contested), hidden, orphans: review.orphans.length };
}

/** Figures still to check, in reading order: no verdict, or one reset to unchecked. */
export function uncheckedFigures(analysis: Analysis, review: ArticleReview): Claim[] {
  return analysis.claims.filter((c) => statusOf(review, c.id) === 'unchecked');
}

/** "12 of 21 figures checked, 2 orphaned verdicts": the status bar's and the CLI's line. */
export function progressText(progress: ReviewProgress): string {
  const { checked, total } = progress.figures;
  const parts = [`${checked} of ${plural(total, 'figure')} checked`];
  if (progress.orphans > 0) parts.push(`${plural(progress.orphans, 'orphaned verdict')}`);
  return parts.join(', ');
}
