/**
 * What the Problems panel lists for an article, by the `claimlens.problems`
 * setting: with `contested`, the contested figures nobody has checked yet,
 * disputed and false findings, and quotes that never close; with `all`, also
 * every unchecked figure and every finding that needs a source. Pure:
 * unit-tested without VS Code.
 */
import { formatNumber, type Analysis, type ContestedGroup } from '../core';
import { isChecked, STATUS_LABELS, type ArticleReview, type VerdictStatus } from '../review';
import { displayText } from './displayText';
import type { ProblemLevel } from './settings';

export type ProblemCode = 'contested-figure' | 'disputed' | 'false' | 'needs-source' | 'unclosed-quote' | 'unchecked-figure';

export interface ArticleProblem {
  readonly start: number;
  readonly end: number;
  readonly code: ProblemCode;
  readonly message: string;
}

const FINDING_CODES: Partial<Record<VerdictStatus, ProblemCode>> = { disputed: 'disputed', false: 'false', 'needs-source': 'needs-source' };

/** The problems of an article; `visible` is the analysis less what was dismissed, `review` the verdicts placed on the full one. */
export function articleProblems(visible: Analysis, review: ArticleReview, level: ProblemLevel): ArticleProblem[] {
  if (level === 'off') return [];
  const problems: ArticleProblem[] = [];
  const status = (id: string | null) => (id ? (review.byTarget.get(id)?.verdict.status ?? 'unchecked') : 'unchecked');
  // What each group says, once: a long article has thousands of contested figures in a few groups.
  const groups = new Map(visible.contested.map((g) => [g.id, { group: g, says: groupSays(g) }]));
  for (const claim of visible.claims) {
    const found = claim.contestedId ? groups.get(claim.contestedId) : undefined;
    const own = status(claim.id);
    if (found && !isChecked(own) && !isChecked(status(found.group.id))) {
      problems.push({ start: claim.start, end: claim.end, code: 'contested-figure', message: `Contested figure “${displayText(claim.text, 80)}”${claim.source ? ` (${displayText(claim.source.name, 60)})` : ''}: ${found.says}` });
    } else if (!found && own === 'unchecked' && level === 'all') {
      problems.push({ start: claim.start, end: claim.end, code: 'unchecked-figure', message: `Unchecked figure “${displayText(claim.text, 80)}”${claim.source ? ` (${displayText(claim.source.name, 60)})` : ''}` });
    }
  }
  const visibleIds = new Set([...visible.claims.map((c) => c.id), ...visible.quotes.map((q) => q.id), ...visible.contested.map((g) => g.id)]);
  for (const [id, placed] of review.byTarget) {
    const code = FINDING_CODES[placed.verdict.status];
    if (!code || !visibleIds.has(id) || (code === 'needs-source' && level !== 'all')) continue;
    const { verdict } = placed;
    const what = verdict.target === 'group' ? 'Contested group' : verdict.target === 'quote' ? 'Quote' : 'Figure';
    const note = verdict.note ? `: ${displayText(verdict.note, 200)}` : '';
    problems.push({ start: placed.span.start, end: placed.span.end, code, message: `${what} “${displayText(verdict.anchor.exact, 80)}” checked: ${STATUS_LABELS[verdict.status].toLowerCase()}${note}` });
  }
  for (const quote of visible.quotes) {
    if (!quote.closed && !isChecked(status(quote.id))) problems.push({ start: quote.start, end: quote.end, code: 'unclosed-quote', message: `Quote not closed: no closing quotation mark before the paragraph ends (“${displayText(quote.text, 60)}”)` });
  }
  return problems.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** "deaths, 2 figures disagree, 38 to 140" (the hover has the details). */
function groupSays(group: ContestedGroup): string {
  const spread = group.spread ? `, ${formatNumber(group.spread.low)} to ${formatNumber(group.spread.high)}` : '';
  const others = group.claimIds.length > 1 ? `${group.claimIds.length} figures disagree` : 'disputed in the text';
  return `${displayText(group.quantity, 80)}, ${others}${spread}`;
}
