/**
 * What a hover says about the claim or quote under the cursor. Pure: the
 * model and an offset in, Markdown out, every article string escaped.
 */
import { createLineIndex, formatNumber, type Analysis, type Attribution, type Claim, type ContestedGroup, type Quote } from '../core';
import { sameMention, speakerLabel } from '../core/mentions';
import { COMMANDS } from './commandIds';
import { MarkdownBuilder } from './markdownBuilder';

/** The command a hover link runs to select a span of the document. */
export const REVEAL_COMMAND = COMMANDS.revealRange;

export interface RevealArgs {
  readonly uri: string;
  readonly start: number;
  readonly end: number;
}

export function hoverMarkdown(analysis: Analysis, text: string, offset: number, uri: string): { markdown: string; start: number; end: number } | undefined {
  const claim = analysis.claims.find((c) => offset >= c.start && offset < c.end);
  if (claim) return { markdown: claimHover(analysis, text, claim, uri), start: claim.start, end: claim.end };
  const quote = analysis.quotes.find((q) => offset >= q.start && offset < q.end);
  if (quote) return { markdown: quoteHover(analysis, text, quote, uri), start: quote.start, end: quote.end };
  return undefined;
}

function claimHover(analysis: Analysis, text: string, claim: Claim, uri: string): string {
  const md = new MarkdownBuilder();
  md.markup('**Figure** ').text(`“${claim.text}”`).markup(' — ').text(describeValue(claim));
  if (claim.counts) md.line().markup('Counts: ').text(claim.counts);
  md.paragraph();
  const attribution = analysis.attributions.find((a) => a.id === claim.attributionId);
  if (claim.source) {
    md.markup('**Source:** ').text(speakerLabel(claim.source));
    if (attribution) {
      md.markup(' · ').commandLink('go to attribution', REVEAL_COMMAND, { uri, start: attribution.start, end: attribution.end } satisfies RevealArgs);
      md.paragraph().quote(sentenceAround(text, attribution));
    } else md.paragraph();
  } else {
    md.markup('**Source:** the article itself (no attribution in its clause)').paragraph();
  }
  const group = analysis.contested.find((g) => g.id === claim.contestedId);
  if (group) contestedSection(md, analysis, text, group, claim, uri);
  return md.toString();
}

function contestedSection(md: MarkdownBuilder, analysis: Analysis, text: string, group: ContestedGroup, current: Claim, uri: string): void {
  const lines = createLineIndex(text);
  md.rule().markup('$(warning) **Contested:** ').text(group.quantity);
  if (group.spread) md.markup(' — ').text(`${formatNumber(group.spread.low)} to ${formatNumber(group.spread.high)}, about ${group.spread.ratio}×`);
  md.paragraph();
  for (const id of group.claimIds) {
    const other = analysis.claims.find((c) => c.id === id);
    if (!other) continue;
    // The line tells restatements apart (the same figure in the text and again in a table).
    const label = `${other.text} — ${other.source ? speakerLabel(other.source) : 'the article'} (line ${lines.at(other.start).line})`;
    if (other.id === current.id) md.markup('- ').bold(label).markup(' (this figure)\n');
    else md.markup('- ').commandLink(label, REVEAL_COMMAND, { uri, start: other.start, end: other.end } satisfies RevealArgs).markup('\n');
  }
  for (const dispute of group.disputes) md.markup('\nDisputed: ').text(`“${dispute.text}”`).markup('\n');
}

function quoteHover(analysis: Analysis, text: string, quote: Quote, uri: string): string {
  const md = new MarkdownBuilder();
  const kind = [quote.partial ? 'partial quote' : 'quote', quote.closed ? '' : 'not closed', quote.quotation ? `part ${quote.quotation.segment + 1} of a multi-paragraph quotation` : ''].filter(Boolean).join(', ');
  md.markup('**Quote** ').text(`(${kind})`).paragraph();
  const attribution: Attribution | undefined = analysis.attributions.find((a) => a.id === quote.attributionId);
  if (quote.speaker) {
    md.markup('**Speaker:** ').text(quote.speaker.name);
    if (!sameMention(quote.speaker)) md.markup(' — written as ').text(`“${quote.speaker.text}”`);
    md.paragraph();
  } else {
    md.markup('**Speaker:** not found in the text around this quote').paragraph();
  }
  if (attribution) {
    md.markup('**Cue:** ').text(`“${attribution.cue.text}”`).markup(' · ').commandLink('go to attribution', REVEAL_COMMAND, { uri, start: attribution.start, end: attribution.end } satisfies RevealArgs);
    md.paragraph().quote(sentenceAround(text, attribution));
  }
  return md.toString();
}

function describeValue(claim: Claim): string {
  const parts: string[] = [];
  if (claim.vague) return 'a vague amount, no exact value';
  if (claim.qualifier) parts.push(claim.qualifier);
  if (claim.range) parts.push(`${formatNumber(claim.range.low)} to ${formatNumber(claim.range.high)}`);
  else if (claim.value !== null) parts.push(formatNumber(claim.value));
  if (claim.unit) parts.push(claim.unit);
  return parts.join(' ');
}


/** The sentence holding an attribution, trimmed to a readable length. */
function sentenceAround(text: string, span: { start: number; end: number }): string {
  let from = span.start;
  while (from > 0 && !/[.!?\n]/.test(text[from - 1]!) && span.start - from < 200) from--;
  let to = span.end;
  while (to < text.length && !/[.!?\n]/.test(text[to]!) && to - span.end < 200) to++;
  if (to < text.length && /[.!?]/.test(text[to]!)) to++;
  // Keep the closing quote mark that follows the full stop: `… hospital."`
  while (to < text.length && /["”’'»)]/.test(text[to]!)) to++;
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}
