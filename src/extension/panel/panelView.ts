/** Builds what the panel shows from the annotation model. Pure: unit-tested without VS Code. */
import { formatNumber, type Analysis, type Claim, type Quote } from '../../core';
import { figureDetail } from '../figureText';
import type { PanelGroup, PanelItem, PanelSource, PanelView } from './protocol';

/** Past a few thousand entries a list helps nobody and costs seconds to send and draw; contested groups are always whole. */
export const PANEL_ITEM_LIMIT = 2000;

export function buildPanelView(analysis: Analysis, file: string, version: number): PanelView {
  const claims = new Map(analysis.claims.map((c) => [c.id, c]));
  const attributions = new Map(analysis.attributions.map((a) => [a.id, a]));
  const sourceSpan = (attributionId: string | null) => {
    const a = attributionId ? attributions.get(attributionId) : undefined;
    return a ? { name: a.speaker.name, start: a.speaker.start, end: a.speaker.end } : null;
  };
  const claimItem = (c: Claim): PanelItem => ({ id: c.id, text: c.text, start: c.start, end: c.end, detail: figureDetail(analysis, c), source: c.source ? (sourceSpan(c.attributionId) ?? { name: c.source.name, start: c.source.start, end: c.source.end }) : null });
  const quoteItem = (q: Quote): PanelItem => ({ id: q.id, text: q.text, start: q.start, end: q.end, detail: q.partial ? 'partial quote' : q.closed ? '' : 'not closed', source: q.speaker ? (sourceSpan(q.attributionId) ?? { name: q.speaker.name, start: q.speaker.start, end: q.speaker.end }) : null });

  const contested: PanelGroup[] = analysis.contested.map((g) => ({
    id: g.id,
    quantity: g.quantity,
    spread: g.spread ? `${formatNumber(g.spread.low)} to ${formatNumber(g.spread.high)} (about ${g.spread.ratio}×)` : null,
    reason: g.reason,
    figures: g.claimIds.map((id) => claims.get(id)).filter((c): c is Claim => c !== undefined).map(claimItem),
    disputes: g.disputes.map(({ text, start, end }) => ({ text, start, end })),
  }));

  // Group first and make list entries only within the budget: a 1 MB article holds tens of thousands.
  const bySource = new Map<string, { quotes: Quote[]; figures: Claim[] }>();
  const entry = (name: string) => {
    let e = bySource.get(name);
    if (!e) bySource.set(name, (e = { quotes: [], figures: [] }));
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
  return { kind: 'article', file, version, contested, sources, unattributedFigures, unattributedQuotes, omitted };
}
