/**
 * CSV: one row per figure and per quote. RFC 4180 (CRLF, fields quoted when
 * they hold a comma, quote or line break), and article text that starts with
 * = + - @ (or a tab or CR) is prefixed with an apostrophe so spreadsheets do not
 * run it as a formula. Numbers Claimlens computes are written as numbers.
 */
import { linesOf } from './positions';
import type { Claim } from '../core';
import { attributedText } from './figureText';
import { findingOf } from './findings';
import type { ArticleExport, Exporter } from './types';

export const CSV_COLUMNS = [
  'file', 'kind', 'id', 'text', 'value', 'low', 'high', 'unit', 'qualifier', 'counts', 'speaker_or_source', 'mention',
  'line', 'column', 'end_line', 'end_column', 'contested_group', 'contested_quantity',
  // Last, so sheets built on the earlier columns keep working.
  'change', 'change_by', 'change_unit', 'change_from', 'change_to',
  'attribution_cue', 'attribution_kind', 'attribution_rule', 'attributed_content',
  // The fact-check: empty when the export carries no verdicts.
  'status', 'note', 'evidence',
] as const;

type Cell = string | number | null;

export const csvExporter: Exporter = {
  id: 'csv',
  label: 'CSV',
  description: 'One row per figure and quote, for spreadsheets',
  extension: 'csv',
  languageId: 'csv',
  export(articles, options = {}) {
    const rows: Cell[][] = [[...CSV_COLUMNS]];
    // Row by row: spreading an article's rows as arguments overflows the stack past about 100,000 of them.
    for (const article of articles) for (const row of articleRows(article)) rows.push(row);
    const body = rows.map((row, i) => row.map((cell) => formatCell(cell, i > 0)).join(',')).join('\r\n') + '\r\n';
    return options.bom ? `\uFEFF${body}` : body;
  },
};

function articleRows(article: ArticleExport): Cell[][] {
  const lines = linesOf(article);
  const { claims, quotes, contested } = article.analysis;
  const groups = new Map(contested.map((g) => [g.id, g]));
  const attributions = new Map(article.analysis.attributions.map((a) => [a.id, a]));
  const attributionCells = (id: string | null): Cell[] => {
    const a = id ? attributions.get(id) : undefined;
    return a ? [a.cue.text, a.kind, a.rule, attributedText(article.text, a)] : [null, null, null, null];
  };
  const position = (start: number, end: number): Cell[] => {
    const a = lines.at(start);
    const b = lines.at(end);
    return [a.line, a.column, b.line, b.column];
  };
  const findingCells = (id: string): Cell[] => {
    const f = findingOf(article, id);
    return f ? [f.status, f.note || null, f.evidence || null] : [null, null, null];
  };
  const rows: Array<{ start: number; row: Cell[] }> = [];
  for (const c of claims) {
    const group = c.contestedId ? groups.get(c.contestedId) : undefined;
    rows.push({
      start: c.start,
      row: [article.file, 'claim', c.id, c.text, c.value, c.range?.low ?? null, c.range?.high ?? null, c.unit, c.qualifier, c.counts, c.source?.name ?? null, c.source?.text ?? null, ...position(c.start, c.end), group?.id ?? null, group?.quantity ?? null, ...changeCells(c.change), ...attributionCells(c.attributionId), ...findingCells(c.id)],
    });
  }
  for (const q of quotes) {
    rows.push({ start: q.start, row: [article.file, 'quote', q.id, q.text, null, null, null, null, null, null, q.speaker?.name ?? null, q.speaker?.text ?? null, ...position(q.start, q.end), null, null, ...changeCells(null), ...attributionCells(q.attributionId), ...findingCells(q.id)] });
  }
  return rows.sort((a, b) => a.start - b.start).map((r) => r.row);
}

function changeCells(change: Claim['change']): Cell[] {
  return change ? [change.direction, change.by, change.unit, change.from, change.to] : [null, null, null, null, null];
}

function formatCell(cell: Cell, neutralise: boolean): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const safe = neutralise && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
