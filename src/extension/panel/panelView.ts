/** Builds what the panel shows from the annotation model. Pure: unit-tested without VS Code. */
import { createLineIndex, type Analysis, type Claim, type Quote } from '../../core';
import { disputedBy, distinctFigures, figureDetail, groupsForReview, groupWhy, spreadLabel } from '../../export/figureText';
import { progressText, reviewProgress, STATUS_LABELS, type ArticleReview, type TargetKind } from '../../review';
import { verdictSummary } from '../../ui/verdictTargets';
import type { PanelFinding, PanelGroup, PanelItem, PanelSource, PanelView } from './protocol';

const NO_REVIEW: ArticleReview = { placed: [], orphans: [], byTarget: new Map() };

/** Past a few thousand entries a list helps nobody and costs seconds to send and draw. */
export const PANEL_ITEM_LIMIT = 2000;

/**
 * A contested group lists its first figures and doubts only: one quantity given
 * thousands of values (a long log of the same report) would otherwise fill the
 * panel, and drawing it held the whole window for seconds on every edit.
 */
export const GROUP_FIGURE_LIMIT = 50;
export const GROUP_DISPUTE_LIMIT = 20;

/**
 * `analysis` is what the checker sees (less what was dismissed); `review` the
 * verdicts placed on the full analysis, or undefined when they cannot be read.
 */
export function buildPanelView(analysis: Analysis, text: string, file: { readonly uri: string; readonly name: string }, version: number, review?: ArticleReview, fullAnalysis: Analysis = analysis): PanelView {
  const lines = createLineIndex(text);
  const findingOf = (id: string, target: TargetKind): PanelFinding => {
    const verdict = (review ?? NO_REVIEW).byTarget.get(id)?.verdict;
    return { target, status: verdict?.status ?? 'unchecked', label: STATUS_LABELS[verdict?.status ?? 'unchecked'], summary: verdict ? verdictSummary(verdict) : '' };
  };
  const lineOf = (offset: number) => lines.at(Math.min(offset, text.length)).line;
  const attributions = new Map(analysis.attributions.map((a) => [a.id, a]));
  const sourceSpan = (attributionId: string | null) => {
    const a = attributionId ? attributions.get(attributionId) : undefined;
    return a ? { name: a.speaker.name, start: a.speaker.start, end: a.speaker.end } : null;
  };
  const claimItem = (c: Claim): PanelItem => ({ id: c.id, text: c.text, start: c.start, end: c.end, line: lineOf(c.start), detail: figureDetail(analysis, c), source: c.source ? (sourceSpan(c.attributionId) ?? { name: c.source.name, start: c.source.start, end: c.source.end }) : null, restated: [], finding: findingOf(c.id, 'figure') });
  const quoteItem = (q: Quote): PanelItem => ({ id: q.id, text: q.text, start: q.start, end: q.end, line: lineOf(q.start), detail: quoteDetail(q), source: q.speaker ? (sourceSpan(q.attributionId) ?? { name: q.speaker.name, start: q.speaker.start, end: q.speaker.end }) : null, restated: [], finding: findingOf(q.id, 'quote') });

  const starts = new Map(analysis.claims.map((c) => [c.id, c.start]));
  const contested: PanelGroup[] = groupsForReview(analysis.contested).map((g) => {
    const figures = distinctFigures(analysis, g);
    return {
      id: g.id,
      quantity: g.quantity,
      spread: spreadLabel(analysis, g),
      reason: g.reason,
      why: groupWhy(g),
      finding: findingOf(g.id, 'group'),
      offset: g.claimIds.reduce((first, id) => Math.min(first, starts.get(id) ?? first), text.length),
      // The group's heading says what is counted: each row names only the figure, its source and its lines.
      figures: figures.slice(0, GROUP_FIGURE_LIMIT).map(({ claim, restatements }) => ({
        ...claimItem(claim),
        detail: '',
        restated: restatements.map((r) => ({ line: lineOf(r.start), start: r.start, end: r.end })),
      })),
      moreFigures: Math.max(0, figures.length - GROUP_FIGURE_LIMIT),
      disputes: g.disputes.slice(0, GROUP_DISPUTE_LIMIT).map((d) => ({ text: d.text, start: d.start, end: d.end, line: lineOf(d.start), by: disputedBy(analysis, d) })),
      moreDisputes: Math.max(0, g.disputes.length - GROUP_DISPUTE_LIMIT),
    };
  });

  // Group first and make list entries only within the budget: a 1 MB article holds tens of thousands.
  const sourceName = sourceNames(analysis);
  const bySource = new Map<string, { quotes: Quote[]; figures: Claim[] }>();
  const entry = (name: string) => {
    const key = sourceName(name);
    let e = bySource.get(key);
    if (!e) bySource.set(key, (e = { quotes: [], figures: [] }));
    return e;
  };
  const loneQuotes: Quote[] = [];
  const loneFigures: Claim[] = [];
  for (const q of analysis.quotes) (q.speaker ? entry(q.speaker.name).quotes : loneQuotes).push(q);
  for (const c of analysis.claims) {
    if (c.contestedId) continue;
    (c.source ? entry(c.source.name).figures : loneFigures).push(c);
  }
  let budget = PANEL_ITEM_LIMIT - contested.reduce((n, g) => n + g.figures.length, 0);
  let omitted = 0;
  const take = <T>(items: readonly T[], make: (item: T) => PanelItem): PanelItem[] => {
    const kept = items.slice(0, Math.max(0, budget)).map(make);
    budget -= kept.length;
    omitted += items.length - kept.length;
    return kept;
  };
  // Who is quoted most comes first.
  const sources: PanelSource[] = [...bySource.entries()]
    .sort(([an, a], [bn, b]) => b.quotes.length + b.figures.length - (a.quotes.length + a.figures.length) || an.localeCompare(bn))
    .map(([name, e]) => ({ name, quotes: take(e.quotes, quoteItem), figures: take(e.figures, claimItem) }))
    .filter((s) => s.quotes.length + s.figures.length > 0);
  const unattributedFigures = take(loneFigures, claimItem);
  const unattributedQuotes = take(loneQuotes, quoteItem);
  const progress = review ? progressText(reviewProgress(fullAnalysis, review)) : '';
  const orphans = (review?.orphans ?? []).map((v) => ({ id: v.id, exact: v.anchor.exact, line: lineOf(v.anchor.start), status: STATUS_LABELS[v.status], note: v.note }));
  return { kind: 'article', file: file.name, uri: file.uri, version, contested, sources, unattributedFigures, unattributedQuotes, omitted, progress, orphans };
}

function quoteDetail(quote: Quote): string {
  if (!quote.closed) return 'not closed';
  return quote.partial ? 'partial quote' : '';
}

/**
 * One entry per source: a shorter name that ends a longer one is the same
 * source named again ("the council" after "the regional council"), when it ends only one.
 */
function sourceNames(analysis: Analysis): (name: string) => string {
  const names = [...new Set([...analysis.quotes.flatMap((q) => (q.speaker ? [q.speaker.name] : [])), ...analysis.claims.flatMap((c) => (c.source ? [c.source.name] : []))])];
  // Each name under every ending that follows a space in it ("Ana Ruiz" under "ruiz"), so a shorter
  // name finds the longer ones it ends without comparing every pair (a long article has thousands).
  const byEnding = new Map<string, string[]>();
  for (const other of names) {
    const lower = other.toLowerCase();
    for (let i = lower.indexOf(' '); i >= 0; i = lower.indexOf(' ', i + 1)) {
      const ending = lower.slice(i + 1);
      const list = byEnding.get(ending);
      if (!list) byEnding.set(ending, [other]);
      else if (!list.includes(other)) list.push(other);
    }
  }
  const fuller = new Map<string, string>();
  for (const name of names) {
    const longer = byEnding.get(name.toLowerCase()) ?? [];
    if (longer.length === 1) fuller.set(name, longer[0]!);
  }
  return (name) => fuller.get(name) ?? name;
}
