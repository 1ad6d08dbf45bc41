/**
 * How a finding shows in the text: a small coloured mark after the figure or
 * quote (✓ verified, ⚑ disputed, ✗ false, ? needs a source) in theme colours
 * (`claimlens.verdict*Foreground`), and a mark in the overview ruler. The
 * highlight itself stays, so what the text is (a figure, a quote) still reads.
 */
import * as vscode from 'vscode';
import type { Analysis, Span } from '../core';
import type { ArticleReview, VerdictStatus } from '../review';

export const SHOWN_STATUSES = ['verified', 'disputed', 'false', 'needs-source'] as const;
export type ShownStatus = (typeof SHOWN_STATUSES)[number];

const MARKS: Record<ShownStatus, { mark: string; color: string }> = {
  verified: { mark: '✓', color: 'claimlens.verdictVerifiedForeground' },
  disputed: { mark: '⚑', color: 'claimlens.verdictDisputedForeground' },
  false: { mark: '✗', color: 'claimlens.verdictFalseForeground' },
  'needs-source': { mark: '?', color: 'claimlens.verdictNeedsSourceForeground' },
};

/**
 * The spans to mark per status: each figure and quote with a finding of its
 * own, and the figures of a contested group with a finding that have none.
 */
export function statusSpans(visible: Analysis, review: ArticleReview): Record<ShownStatus, Span[]> {
  const spans = Object.fromEntries(SHOWN_STATUSES.map((s) => [s, [] as Span[]])) as Record<ShownStatus, Span[]>;
  const shown = (status: VerdictStatus | undefined): status is ShownStatus => status !== undefined && (SHOWN_STATUSES as readonly string[]).includes(status);
  const statusOf = (id: string | null) => (id ? review.byTarget.get(id)?.verdict.status : undefined);
  for (const claim of visible.claims) {
    const status = statusOf(claim.id) ?? statusOf(claim.contestedId);
    if (shown(status)) spans[status].push({ start: claim.start, end: claim.end });
  }
  for (const quote of visible.quotes) {
    const status = statusOf(quote.id);
    if (shown(status)) spans[status].push({ start: quote.start, end: quote.end });
  }
  return spans;
}

export function verdictDecorationStyle(status: ShownStatus): vscode.DecorationRenderOptions {
  const { mark, color } = MARKS[status];
  const theme = new vscode.ThemeColor(color);
  return {
    after: { contentText: mark, color: theme, fontWeight: 'bold', margin: '0 0 0 0.15em' },
    overviewRulerColor: theme,
    overviewRulerLane: vscode.OverviewRulerLane.Full,
  };
}
