/**
 * The CLI's default output: a report a person reads in a terminal. Quotes with
 * their speakers, figures with their sources, contested figures first.
 */
import { createLineIndex, describeChange, formatNumber, plural, sameMention, type Analysis, type Claim, type Speaker } from '../core';
import { terminalText } from './terminalText';

export interface TerminalStyle {
  bold(s: string): string;
  dim(s: string): string;
  accent(s: string): string;
  warn(s: string): string;
}

export const PLAIN_STYLE: TerminalStyle = { bold: (s) => s, dim: (s) => s, accent: (s) => s, warn: (s) => s };

export const ANSI_STYLE: TerminalStyle = {
  bold: (s) => `\x1b[1m${s}\x1b[22m`,
  dim: (s) => `\x1b[2m${s}\x1b[22m`,
  accent: (s) => `\x1b[36m${s}\x1b[39m`,
  warn: (s) => `\x1b[33m${s}\x1b[39m`,
};

const QUOTE_PREVIEW = 90;

export function terminalReport(file: string, text: string, analysis: Analysis, style: TerminalStyle = PLAIN_STYLE): string {
  const lines = createLineIndex(text);
  const where = (offset: number): string => {
    const p = lines.at(offset);
    return style.dim(`${p.line}:${p.column}`.padEnd(8));
  };
  const claimsById = new Map(analysis.claims.map((c) => [c.id, c]));
  const out: string[] = [];
  out.push(style.bold(terminalText(file)));
  out.push(`${plural(analysis.quotes.length, 'quote')} · ${plural(analysis.claims.length, 'figure')} · ${analysis.contested.length} contested`);

  if (analysis.contested.length > 0) {
    out.push('', style.bold('Contested figures'));
    for (const group of analysis.contested) {
      const spread = group.spread ? style.dim(`  (${formatNumber(group.spread.low)}–${formatNumber(group.spread.high)}, ×${group.spread.ratio.toFixed(1)})`) : '';
      out.push(`  ${style.warn(terminalText(group.quantity))}${spread}`);
      for (const id of group.claimIds) {
        const claim = claimsById.get(id);
        if (claim) out.push(`    ${where(claim.start)}${terminalText(claim.text)}${sourceSuffix(claim.source, style)}`);
      }
      for (const dispute of group.disputes) out.push(`    ${where(dispute.start)}${style.dim(`disputed: “${terminalText(dispute.text)}”`)}`);
    }
  }

  if (analysis.quotes.length > 0) {
    out.push('', style.bold('Quotes'));
    for (const quote of analysis.quotes) {
      const flags = [quote.partial ? 'partial' : '', quote.closed ? '' : 'unclosed', quote.quotation ? `part ${quote.quotation.segment + 1}` : ''].filter(Boolean);
      const preview = terminalText(quote.text);
      const shown = preview.length > QUOTE_PREVIEW ? `${preview.slice(0, QUOTE_PREVIEW - 1)}…` : preview;
      out.push(`  ${where(quote.start)}${shown}${speakerSuffix(quote.speaker, style)}${flags.length ? style.dim(` [${flags.join(', ')}]`) : ''}`);
    }
  }

  if (analysis.claims.length > 0) {
    out.push('', style.bold('Figures'));
    for (const claim of analysis.claims) out.push(`  ${where(claim.start)}${describeClaim(claim, style)}${sourceSuffix(claim.source, style)}`);
  }
  return out.join('\n') + '\n';
}

function describeClaim(claim: Claim, style: TerminalStyle): string {
  const value = claim.vague ? 'vague' : claim.range ? `${formatNumber(claim.range.low)}–${formatNumber(claim.range.high)}` : claim.value !== null ? formatNumber(claim.value) : '';
  const unit = claim.unit ? ` ${claim.unit}` : '';
  const counts = (claim.counts ? ` ${terminalText(claim.counts)}` : '') + (claim.change ? ` (${describeChange(claim.change)})` : '');
  const flag = claim.contestedId ? style.warn(' [contested]') : '';
  return `${style.accent(terminalText(claim.text))} ${style.dim(`= ${value}${unit}`)}${counts}${flag}`;
}

function speakerSuffix(speaker: Speaker | null, style: TerminalStyle): string {
  if (!speaker) return style.dim('  — no speaker found');
  const mention = sameMention(speaker) ? '' : style.dim(` (“${terminalText(speaker.text)}”)`);
  return `  — ${style.bold(terminalText(speaker.name))}${mention}`;
}

function sourceSuffix(source: Speaker | null, style: TerminalStyle): string {
  return source ? `  — ${style.bold(terminalText(source.name))}` : style.dim('  — the article itself');
}
