/**
 * What a hover says about the claim or quote under the cursor. Pure: the
 * model and an offset in, Markdown out, every article string escaped.
 */
import { createLineIndex, type Analysis, type Attribution, type Claim, type ContestedGroup, type Quote } from '../core';
import { sameMention, speakerLabel } from '../core/mentions';
import { splitSentences } from '../core/sentences';
import { countsLabel, disputedBy, distinctFigures, figureDetail, isAge, spreadLabel, valueLabel } from '../export/figureText';
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
  const group = analysis.contested.find((g) => g.id === claim.contestedId);
  md.markup('**Figure** ').text(`“${claim.text}”`);
  // An age says who it describes ("age 51, Piet Harlan"); a contested figure's heading below says what it counts.
  const detail = isAge(claim) ? figureDetail(analysis, claim) : valueLabel(claim);
  if (detail) md.markup(' — ').text(detail);
  const counts = countsLabel(analysis, claim);
  if (counts && !isAge(claim) && !group) md.line().markup('Counts: ').text(counts);
  md.paragraph();
  const attribution = analysis.attributions.find((a) => a.id === claim.attributionId);
  if (claim.source) {
    md.markup('**Source:** ').text(speakerLabel(claim.source));
    if (attribution) {
      md.markup(' · ').commandLink('go to attribution', REVEAL_COMMAND, { uri, start: attribution.start, end: attribution.end } satisfies RevealArgs);
      md.paragraph().quote(sentenceAround(analysis, text, attribution));
    } else md.paragraph();
  } else {
    md.markup('**Source:** the article itself (no attribution in its clause)').paragraph();
  }
  if (group) contestedSection(md, analysis, text, group, claim, uri);
  return md.toString();
}

function contestedSection(md: MarkdownBuilder, analysis: Analysis, text: string, group: ContestedGroup, current: Claim, uri: string): void {
  const lines = createLineIndex(text);
  const lineOf = (span: { start: number }) => lines.at(span.start).line;
  const link = (label: string, span: { start: number; end: number }) => md.commandLink(label, REVEAL_COMMAND, { uri, start: span.start, end: span.end } satisfies RevealArgs);
  md.rule().markup('$(warning) **Contested:** ').text(group.quantity);
  const spread = spreadLabel(analysis, group);
  if (spread) md.markup(' — ').text(spread);
  md.paragraph();
  for (const { claim, restatements } of distinctFigures(analysis, group)) {
    const label = `${claim.text} — ${claim.source ? speakerLabel(claim.source) : 'the article'} (line ${lineOf(claim)})`;
    md.markup('- ');
    if (claim.id === current.id || restatements.some((r) => r.id === current.id)) md.bold(label).markup(' (this figure)');
    else link(label, claim);
    // The same figure again (a table restating the text): one competitor, its other lines.
    restatements.forEach((again, i) => {
      md.markup(i === 0 ? ' · restated on ' : ', ');
      link(`line ${lineOf(again)}`, again);
    });
    md.markup('\n');
  }
  for (const dispute of group.disputes) {
    const who = disputedBy(analysis, dispute);
    md.markup('\n').text(who ? `Disputed by ${who}: ` : 'Disputed: ');
    link(`“${dispute.text}” (line ${lineOf(dispute)})`, dispute);
    md.markup('\n');
  }
}

function quoteHover(analysis: Analysis, text: string, quote: Quote, uri: string): string {
  const md = new MarkdownBuilder();
  md.markup(quote.partial ? '**Partial quote**' : '**Quote**');
  if (quote.quotation) md.text(`, part ${quote.quotation.segment + 1} of a multi-paragraph quotation`);
  if (!quote.closed) md.text(', not closed: no closing quotation mark before the paragraph ends');
  md.paragraph();
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
    md.paragraph().quote(sentenceAround(analysis, text, attribution));
  }
  return md.toString();
}

/** The sentence holding an attribution, found within its paragraph the way the analysis splits sentences ("$4.2 billion" does not end one). */
function sentenceAround(analysis: Analysis, text: string, span: { start: number; end: number }): string {
  const from = paragraphStart(text, span.start);
  const to = paragraphEnd(text, span.end);
  const paragraph = text.slice(from, to);
  const quotes = analysis.quotes.filter((q) => q.start >= from && q.end <= to).map((q) => ({ start: q.start - from, end: q.end - from }));
  const sentences = splitSentences(paragraph, quotes).filter((s) => s.start + from < span.end && span.start < s.end + from);
  const first = sentences[0];
  const last = sentences[sentences.length - 1];
  const sentence = first && last ? paragraph.slice(first.start, last.end) : text.slice(span.start, span.end);
  return shorten(sentence.replace(/^\s*>\s?/gm, '').replace(/\s+/g, ' ').trim(), 400);
}

function paragraphStart(text: string, offset: number): number {
  const blank = /\n[ \t>]*\n/g;
  let start = 0;
  for (let m = blank.exec(text); m && m.index + m[0].length <= offset; m = blank.exec(text)) start = m.index + m[0].length;
  return start;
}

function paragraphEnd(text: string, offset: number): number {
  const blank = /\n[ \t>]*\n/g;
  blank.lastIndex = offset;
  const m = blank.exec(text);
  return m ? m.index : text.length;
}

function shorten(value: string, max: number): string {
  return value.length <= max ? value : `${value.slice(0, max - 1).trimEnd()}…`;
}
