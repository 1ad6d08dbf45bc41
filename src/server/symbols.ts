/**
 * Document symbols: the article's quotes and figures for the outline,
 * breadcrumbs and "go to symbol" of any LSP editor. A figure inside a quote
 * is that quote's child; contested figures say so in their detail.
 *
 * Editors ask for them after every edit (breadcrumbs, sticky scroll), so a
 * dense 1 MB article's 20,000 would be megabytes on every keystroke, and no
 * outline that long helps anyone find a quote. Past `MOST_SYMBOLS` the list
 * stops, in reading order, with one entry that says how many more there are.
 */
import { DocumentSymbol, SymbolKind, type Range } from 'vscode-languageserver';
import type { Analysis, Claim, Quote } from '../core';
import { countsLabel } from '../export/figureText';
import { displayText } from '../ui/displayText';

export const MOST_SYMBOLS = 2000;

type RangeOf = (start: number, end: number) => Range;

export function documentSymbols(analysis: Analysis, rangeOf: RangeOf, most = MOST_SYMBOLS): DocumentSymbol[] {
  const contested = new Set(analysis.contested.flatMap((g) => g.claimIds));
  const inQuote = new Map<string, Claim[]>();
  const entries: Array<{ readonly start: number; readonly quote?: Quote; readonly claim?: Claim }> = analysis.quotes.map((quote) => ({ start: quote.start, quote }));
  const quoteIds = new Set(analysis.quotes.map((q) => q.id));
  for (const claim of analysis.claims) {
    if (!claim.quoteId || !quoteIds.has(claim.quoteId)) entries.push({ start: claim.start, claim });
    else if (inQuote.has(claim.quoteId)) inQuote.get(claim.quoteId)!.push(claim);
    else inQuote.set(claim.quoteId, [claim]);
  }
  entries.sort((a, b) => a.start - b.start);
  const claimSymbolOf = (claim: Claim) => claimSymbol(analysis, claim, contested.has(claim.id), rangeOf);
  const symbols: DocumentSymbol[] = [];
  let listed = 0;
  for (const [i, entry] of entries.entries()) {
    const children = entry.quote ? (inQuote.get(entry.quote.id) ?? []) : [];
    if (listed + 1 + children.length > most) {
      symbols.push(moreSymbol(entries.slice(i), inQuote, rangeOf));
      break;
    }
    listed += 1 + children.length;
    symbols.push(entry.quote ? quoteSymbol(entry.quote, children.map(claimSymbolOf), rangeOf) : claimSymbolOf(entry.claim!));
  }
  return symbols;
}

function quoteSymbol(quote: Quote, children: DocumentSymbol[], rangeOf: RangeOf): DocumentSymbol {
  const range = rangeOf(quote.start, quote.end);
  const detail = quote.speaker ? quote.speaker.name : 'speaker not found';
  return DocumentSymbol.create(displayText(quote.text, 80), displayText(detail, 80), SymbolKind.String, range, range, children);
}

function claimSymbol(analysis: Analysis, claim: Claim, contested: boolean, rangeOf: RangeOf): DocumentSymbol {
  const range = rangeOf(claim.start, claim.end);
  const counts = countsLabel(analysis, claim);
  const detail = [counts, claim.source ? claim.source.name : 'the article', contested ? 'contested' : ''].filter(Boolean).join(' · ');
  return DocumentSymbol.create(displayText(claim.text, 80), displayText(detail, 120), SymbolKind.Number, range, range);
}

/** "… 18,007 more quotes and figures", at the first one left out. */
function moreSymbol(rest: ReadonlyArray<{ readonly start: number; readonly quote?: Quote; readonly claim?: Claim }>, inQuote: ReadonlyMap<string, readonly Claim[]>, rangeOf: RangeOf): DocumentSymbol {
  const more = rest.reduce((sum, entry) => sum + 1 + (entry.quote ? (inQuote.get(entry.quote.id)?.length ?? 0) : 0), 0);
  const first = rest[0]!.quote ?? rest[0]!.claim!;
  const range = rangeOf(first.start, first.end);
  return DocumentSymbol.create(`… ${more.toLocaleString('en-US')} more quotes and figures`, 'not listed in the outline: a long article', SymbolKind.Null, range, range);
}
