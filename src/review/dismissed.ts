/**
 * What "not a claim" hides: the analysis as the checker sees it, without the
 * figures, quotes and contested groups marked so. Everything that shows the
 * analysis (highlights, hovers, the panel, problems, exports) uses this view,
 * so a dismissed item stays hidden until its verdict is changed.
 */
import type { Analysis } from '../core';
import { pruneContested } from '../core/contested';
import { statusOf, type ArticleReview } from './placement';

export function withoutDismissed(analysis: Analysis, review: ArticleReview): Analysis {
  const dismissed = (item: { id: string }) => statusOf(review, item.id) === 'not-a-claim';
  if (![...review.byTarget.values()].some((p) => p.verdict.status === 'not-a-claim')) return analysis;
  const claims = analysis.claims.filter((c) => !dismissed(c));
  const quotes = analysis.quotes.filter((q) => !dismissed(q));
  // A group dismissed as a whole goes; its figures stay, no longer contested.
  const groups = { ...analysis, contested: analysis.contested.filter((g) => !dismissed(g)) };
  return { ...analysis, quotes, ...pruneContested(groups, claims) };
}
