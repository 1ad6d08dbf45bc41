/**
 * What the Problems panel lists for an article, by the `claimlens.problems`
 * setting: with `contested`, the contested figures nobody has checked yet,
 * disputed and false findings, and quotes that never close; with `all`, also
 * every unchecked figure and every finding that needs a source. Pure:
 * unit-tested without VS Code.
 */
import type { Analysis, Claim, ContestedGroup } from '../core';
import { isChecked, STATUS_LABELS, type ArticleReview, type VerdictStatus } from '../review';
import { displayText } from '../ui/displayText';
import type { ProblemLevel } from './settings';

export type ProblemCode = 'contested-figure' | 'disputed' | 'false' | 'needs-source' | 'unclosed-quote' | 'unchecked-figure';

export interface ArticleProblem {
  readonly start: number;
  readonly end: number;
  readonly code: ProblemCode;
  readonly message: string;
}

const FINDING_CODES: Partial<Record<VerdictStatus, ProblemCode>> = { disputed: 'disputed', false: 'false', 'needs-source': 'needs-source' };

/** A problem whose message is written only if it is listed. */
interface FoundProblem {
  readonly start: number;
  readonly end: number;
  readonly code: ProblemCode;
  readonly message: () => string;
}

/**
 * The first `limit` problems of an article, in reading order; `visible` is
 * the analysis less what was dismissed, `review` the verdicts placed on the
 * full one. A long article can have thousands: VS Code lists the first 1,000
 * of a file, so only the messages of those listed are written.
 */
export function articleProblems(visible: Analysis, review: ArticleReview, level: ProblemLevel, limit = Infinity): ArticleProblem[] {
  if (level === 'off') return [];
  const problems: FoundProblem[] = [];
  const status = (id: string | null) => (id ? (review.byTarget.get(id)?.verdict.status ?? 'unchecked') : 'unchecked');
  // What each group says, once: a long article has thousands of contested figures in a few groups.
  const claimsById = new Map(visible.claims.map((c) => [c.id, c]));
  const groups = new Map(visible.contested.map((g) => [g.id, { group: g, says: groupSays(g, claimsById) }]));
  for (const claim of visible.claims) {
    const found = claim.contestedId ? groups.get(claim.contestedId) : undefined;
    const own = status(claim.id);
    if (found && !isChecked(own) && !isChecked(status(found.group.id))) {
      problems.push({ start: claim.start, end: claim.end, code: 'contested-figure', message: () => `Contested figure “${displayText(claim.text, 80)}”${claim.source ? ` (${displayText(claim.source.name, 60)})` : ''}: ${found.says}` });
    } else if (!found && own === 'unchecked' && level === 'all') {
      problems.push({ start: claim.start, end: claim.end, code: 'unchecked-figure', message: () => `Unchecked figure “${displayText(claim.text, 80)}”${claim.source ? ` (${displayText(claim.source.name, 60)})` : ''}` });
    }
  }
  const visibleIds = new Set([...visible.claims.map((c) => c.id), ...visible.quotes.map((q) => q.id), ...visible.contested.map((g) => g.id)]);
  for (const [id, placed] of review.byTarget) {
    const code = FINDING_CODES[placed.verdict.status];
    if (!code || !visibleIds.has(id) || (code === 'needs-source' && level !== 'all')) continue;
    const { verdict } = placed;
    const what = verdict.target === 'group' ? 'Contested group' : verdict.target === 'quote' ? 'Quote' : 'Figure';
    const note = () => (verdict.note ? `: ${displayText(verdict.note, 200)}` : '');
    problems.push({ start: placed.span.start, end: placed.span.end, code, message: () => `${what} “${displayText(verdict.anchor.exact, 80)}” checked: ${STATUS_LABELS[verdict.status].toLowerCase()}${note()}` });
  }
  for (const quote of visible.quotes) {
    if (!quote.closed && !isChecked(status(quote.id))) problems.push({ start: quote.start, end: quote.end, code: 'unclosed-quote', message: () => `Quote not closed: no closing quotation mark before the paragraph ends (“${displayText(quote.text, 60)}”)` });
  }
  problems.sort((a, b) => a.start - b.start || a.end - b.end);
  return problems.slice(0, limit).map(({ start, end, code, message }) => ({ start, end, code, message: message() }));
}

/** "people killed, 38 vs more than 140": the figures at either end, as written (the hover has the rest). */
function groupSays(group: ContestedGroup, claims: ReadonlyMap<string, Claim>): string {
  const members = group.claimIds.map((id) => claims.get(id)).filter((c): c is Claim => c !== undefined);
  const at = (value: number, end: 'low' | 'high') => members.find((c) => (c.range?.[end] ?? c.value) === value);
  const low = group.spread && at(group.spread.low, 'low');
  const high = group.spread && at(group.spread.high, 'high');
  const spread = low && high ? `${displayText(low.text, 40)} vs ${displayText(high.text, 40)}` : 'disputed in the text';
  return `${displayText(group.quantity, 80)}, ${spread}`;
}
