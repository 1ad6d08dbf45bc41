/**
 * What a hover says about the claim or quote under the cursor. Pure: the
 * model and an offset in, Markdown out, every article string escaped.
 */
import { createLineIndex, type Analysis, type Attribution, type Claim, type ContestedGroup, type Quote } from '../core';
import { sameMention, speakerLabel } from '../core/mentions';
import { countsLabel, disputedBy, distinctFigures, figureDetail, groupWhy, isAge, spreadLabel, valueLabel } from '../export/figureText';
import type { ArticleReview } from '../review';
import { COMMANDS, STATUS_COMMANDS } from './commandIds';
import { MarkdownBuilder } from './markdownBuilder';
import { STATUS_CHOICES, verdictSummary } from './verdictTargets';

/** The command a hover link runs to select a span of the document. */
export const REVEAL_COMMAND = COMMANDS.revealRange;

/** Every command a hover's links may run: reveal, and record a finding. */
export const HOVER_COMMANDS: readonly string[] = [REVEAL_COMMAND, COMMANDS.editVerdictNote, ...Object.values(STATUS_COMMANDS)];

export interface RevealArgs {
  readonly uri: string;
  readonly start: number;
  readonly end: number;
}

export interface HoverOptions {
  /** Links that run VS Code commands (reveal, record a finding); off for other editors. */
  readonly commandLinks?: boolean;
}

/**
 * `analysis` is what the checker sees (less what was dismissed); with a
 * `review`, a figure's or quote's hover ends with its finding and links that
 * record one.
 */
export function hoverMarkdown(analysis: Analysis, text: string, offset: number, uri: string, review?: ArticleReview, options: HoverOptions = {}): { markdown: string; start: number; end: number } | undefined {
  const links = options.commandLinks ?? true;
  const claim = analysis.claims.find((c) => offset >= c.start && offset < c.end);
  if (claim) return { markdown: withFinding(claimHover(new MarkdownBuilder(links), analysis, text, claim, uri), review, claim, claim.contestedId, 'figure', uri), start: claim.start, end: claim.end };
  const quote = analysis.quotes.find((q) => offset >= q.start && offset < q.end);
  if (quote) return { markdown: withFinding(quoteHover(new MarkdownBuilder(links), analysis, text, quote, uri), review, quote, null, 'quote', uri), start: quote.start, end: quote.end };
  const inCue = analysis.attributions.find((a) => (offset >= a.cue.start && offset < a.cue.end) || (offset >= a.speaker.start && offset < a.speaker.end));
  if (inCue) {
    const onCue = offset >= inCue.cue.start && offset < inCue.cue.end;
    const span = onCue ? inCue.cue : inCue.speaker;
    return { markdown: attributionHover(new MarkdownBuilder(links), text, inCue), start: span.start, end: span.end };
  }
  return undefined;
}

/** The finding on a figure or quote (and on its contested group), then one link per status to record another. */
function withFinding(markdown: string, review: ArticleReview | undefined, item: { id: string; start: number }, groupId: string | null, target: 'figure' | 'quote', uri: string): string {
  if (!review) return markdown;
  const md = new MarkdownBuilder();
  md.rule();
  const own = review.byTarget.get(item.id)?.verdict;
  const group = groupId ? review.byTarget.get(groupId)?.verdict : undefined;
  md.markup('$(checklist) **Fact-check:** ').text(own ? verdictSummary(own) : 'unchecked');
  if (own && review.byTarget.get(item.id)?.changed) md.text(' (the text changed since it was checked)');
  if (group) md.line().markup('Contested group: ').text(verdictSummary(group));
  md.paragraph();
  const args = { uri, offset: item.start, target };
  STATUS_CHOICES.filter((c) => c.status !== (own?.status ?? 'unchecked')).forEach((choice, i) => {
    if (i > 0) md.markup(' · ');
    md.commandLink(choice.status === 'not-a-claim' ? 'not a claim' : choice.status === 'unchecked' ? 'reset' : choice.status.replace('-', ' '), STATUS_COMMANDS[choice.status], args);
  });
  md.markup(' · ').commandLink('note…', COMMANDS.editVerdictNote, args);
  return markdown + md.toString();
}

function claimHover(md: MarkdownBuilder, analysis: Analysis, text: string, claim: Claim, uri: string): string {
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
      if (md.commandLinks) md.markup(' · ').commandLink('go to attribution', REVEAL_COMMAND, { uri, start: attribution.start, end: attribution.end } satisfies RevealArgs);
      md.paragraph();
      attributionInContext(md, text, attribution);
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
  md.markup('*').text(groupWhy(group)).markup('*').paragraph();
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

function quoteHover(md: MarkdownBuilder, analysis: Analysis, text: string, quote: Quote, uri: string): string {
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
    md.markup('**Cue:** ').text(`“${attribution.cue.text}”`);
    if (md.commandLinks) md.markup(' · ').commandLink('go to attribution', REVEAL_COMMAND, { uri, start: attribution.start, end: attribution.end } satisfies RevealArgs);
    md.paragraph();
    attributionInContext(md, text, attribution);
  }
  return md.toString();
}

/** The hover on a cue or speaker: who, the cue, what kind of attribution, and what it attributes. */
function attributionHover(md: MarkdownBuilder, text: string, attribution: Attribution): string {
  md.markup('**Attribution** ').text(`(${KIND_LABELS[attribution.kind]})`).paragraph();
  md.markup('**Source:** ').text(speakerLabel(attribution.speaker)).line();
  md.markup('**Cue:** ').text(`“${attribution.cue.text}”`).markup(' · rule ').text(attribution.rule).paragraph();
  if (attribution.content.length === 0) md.text('No attributed content found next to the cue.').paragraph();
  else attributionInContext(md, text, attribution);
  return md.toString();
}

const KIND_LABELS: Record<Attribution['kind'], string> = {
  direct: 'direct: a quotation',
  indirect: 'indirect: reported in the writer\'s words',
  mixed: 'mixed: reported, with quoted words',
};

/**
 * The sentence holding an attribution, as the analysis split it, with the
 * attributed content in bold (shortened around its middle when very long).
 */
function attributionInContext(md: MarkdownBuilder, text: string, attribution: Attribution): MarkdownBuilder {
  const sentence = attribution.sentence;
  const from = sentence.end - sentence.start > MAX_QUOTED ? Math.max(sentence.start, attribution.start - MAX_QUOTED / 2) : sentence.start;
  const to = Math.min(sentence.end, from + MAX_QUOTED);
  const pieces: Array<{ text: string; marked: boolean }> = [];
  let at = from;
  for (const span of attribution.content) {
    const start = Math.max(span.start, from);
    const end = Math.min(span.end, to);
    if (end <= start) continue;
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    pieces.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < to) pieces.push({ text: text.slice(at, to), marked: false });
  if (from > sentence.start) pieces.unshift({ text: '… ', marked: false });
  if (to < sentence.end) pieces.push({ text: ' …', marked: false });
  return md.quoteMarked(pieces.map((p) => ({ ...p, text: p.text.replace(/^\s*>\s?/gm, '') })));
}

/** The longest stretch of a sentence a hover quotes, in characters. */
const MAX_QUOTED = 400;

