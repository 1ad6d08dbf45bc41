/**
 * What a verdict command acts on: the figure, quote or contested group at an
 * offset of the article, and how it is named in prompts. Pure: unit-tested
 * without VS Code.
 */
import type { Analysis } from '../core';
import { STATUS_LABELS, type ArticleReview, type TargetKind, type Verdict, type VerdictStatus } from '../review';
import { displayText } from './displayText';

export interface VerdictTarget {
  readonly kind: TargetKind;
  readonly id: string;
  /** The span shown and selected for it: the figure, the quote, or a group's figure at the offset. */
  readonly start: number;
  readonly end: number;
  /** “38” (Interior Ministry), the quote “We will rebuild” (Ana Ruiz), the contested “deaths”. */
  readonly label: string;
}

/**
 * The figure or quote holding `offset` in the (visible) analysis; with
 * `kind` 'group', the contested group of the figure there. A figure wins over
 * the quote around it, as the hover does.
 */
export function targetAt(analysis: Analysis, offset: number, kind?: TargetKind): VerdictTarget | undefined {
  const within = (s: { start: number; end: number }) => offset >= s.start && offset < s.end;
  const claim = analysis.claims.find(within) ?? analysis.claims.find((c) => c.end === offset);
  if (kind === 'group') {
    const group = claim?.contestedId ? analysis.contested.find((g) => g.id === claim.contestedId) : undefined;
    return group && claim ? { kind: 'group', id: group.id, start: claim.start, end: claim.end, label: `the contested ${displayText(group.quantity, 60)}` } : undefined;
  }
  if (claim && kind !== 'quote') return { kind: 'figure', id: claim.id, start: claim.start, end: claim.end, label: `“${displayText(claim.text, 60)}”${claim.source ? ` (${displayText(claim.source.name, 40)})` : ''}` };
  const quote = analysis.quotes.find(within);
  if (quote && kind !== 'figure') return { kind: 'quote', id: quote.id, start: quote.start, end: quote.end, label: `the quote ${displayText(quote.text, 60)}${quote.speaker ? ` (${displayText(quote.speaker.name, 40)})` : ''}` };
  return undefined;
}

/** The verdict on a target, if it has one of its own. */
export function verdictOn(review: ArticleReview, target: { readonly id: string }): Verdict | undefined {
  return review.byTarget.get(target.id)?.verdict;
}

/** The statuses a checker picks from, in the order offered, with what each means. */
export const STATUS_CHOICES: ReadonlyArray<{ readonly status: VerdictStatus; readonly icon: string; readonly detail: string }> = [
  { status: 'verified', icon: '$(pass)', detail: 'Checked against the source: it is right' },
  { status: 'disputed', icon: '$(warning)', detail: 'Sources disagree, or it is contested: say why in the note' },
  { status: 'false', icon: '$(error)', detail: 'Checked: it is wrong' },
  { status: 'needs-source', icon: '$(question)', detail: 'Cannot be checked until its source is known' },
  { status: 'not-a-claim', icon: '$(eye-closed)', detail: 'Claimlens was wrong to list it: hide it from now on' },
  { status: 'unchecked', icon: '$(circle-large-outline)', detail: 'Not checked yet (keeps the note)' },
];

/** Findings that want a word of explanation: a note and evidence are asked for right away. */
export function wantsNote(status: VerdictStatus): boolean {
  return status === 'disputed' || status === 'false' || status === 'needs-source';
}

/** "Verified — note — evidence" in one line, for hovers, the panel and problem messages. */
export function verdictSummary(verdict: Verdict): string {
  return [STATUS_LABELS[verdict.status], verdict.note && displayText(verdict.note, 200), verdict.evidence && displayText(verdict.evidence, 200)].filter(Boolean).join(' — ');
}

/** An evidence link is a URL with a scheme (https:, file:, doi:), or empty. */
export function evidenceProblem(value: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '' || /^[a-z][a-z0-9+.-]*:\S+$/i.test(trimmed)) return undefined;
  return 'A link with its scheme, e.g. https://…, or nothing';
}
