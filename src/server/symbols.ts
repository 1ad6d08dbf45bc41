/**
 * Document symbols: the article's quotes and figures for the outline,
 * breadcrumbs and "go to symbol" of any LSP editor. A figure inside a quote
 * is that quote's child; contested figures say so in their detail.
 */
import { DocumentSymbol, SymbolKind, type Range } from 'vscode-languageserver';
import type { Analysis, Claim, Quote } from '../core';
import { countsLabel } from '../export/figureText';
import { displayText } from '../ui/displayText';

export function documentSymbols(analysis: Analysis, rangeOf: (start: number, end: number) => Range): DocumentSymbol[] {
  const quotes = new Map(analysis.quotes.map((q) => [q.id, quoteSymbol(q, rangeOf)]));
  const contested = new Set(analysis.contested.flatMap((g) => g.claimIds));
  const topLevel: Array<{ start: number; symbol: DocumentSymbol }> = analysis.quotes.map((q) => ({ start: q.start, symbol: quotes.get(q.id)! }));
  for (const claim of analysis.claims) {
    const symbol = claimSymbol(analysis, claim, contested.has(claim.id), rangeOf);
    const parent = claim.quoteId ? quotes.get(claim.quoteId) : undefined;
    if (parent) parent.children!.push(symbol);
    else topLevel.push({ start: claim.start, symbol });
  }
  return topLevel.sort((a, b) => a.start - b.start).map(({ symbol }) => symbol);
}

function quoteSymbol(quote: Quote, rangeOf: (start: number, end: number) => Range): DocumentSymbol {
  const range = rangeOf(quote.start, quote.end);
  const detail = quote.speaker ? quote.speaker.name : 'speaker not found';
  return DocumentSymbol.create(displayText(quote.text, 80), displayText(detail, 80), SymbolKind.String, range, range, []);
}

function claimSymbol(analysis: Analysis, claim: Claim, contested: boolean, rangeOf: (start: number, end: number) => Range): DocumentSymbol {
  const range = rangeOf(claim.start, claim.end);
  const counts = countsLabel(analysis, claim);
  const detail = [counts, claim.source ? claim.source.name : 'the article', contested ? 'contested' : ''].filter(Boolean).join(' · ');
  return DocumentSymbol.create(displayText(claim.text, 80), displayText(detail, 120), SymbolKind.Number, range, range);
}
