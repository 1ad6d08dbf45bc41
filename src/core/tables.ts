/**
 * Pipe tables: a figure in a cell counts what its column header names and is
 * vouched for by its row's first cell ("| Interior Ministry | 38 | 112 |" under
 * "| Source | Dead | Missing |").
 */
import type { ArticleDocument } from './document';
import type { TextSpan } from './model';

export interface CellContext {
  /** The column header's text: "Dead". */
  readonly header: string | null;
  /** The row's first cell, when it is words rather than a figure: "Interior Ministry". */
  readonly rowHeader: TextSpan | null;
  /** Identifies the column, for grouping figures that stand in it. */
  readonly columnKey: string;
}

const FIGURE_ONLY = /^[\s\d.,%$€£¥+\-–—~≈<>]*$/;

export function cellContexts(doc: ArticleDocument): Map<number, CellContext> {
  const byPosition = new Map<string, string>();
  const spans = new Map<string, TextSpan>();
  for (const info of doc.blocks) {
    const cell = info.block.cell;
    if (!cell) continue;
    const key = `${cell.table}:${cell.row}:${cell.column}`;
    byPosition.set(key, info.block.text.trim());
    spans.set(key, { start: info.block.start, end: info.block.end, text: info.block.text.trim() });
  }
  const contexts = new Map<number, CellContext>();
  for (const info of doc.blocks) {
    const cell = info.block.cell;
    if (!cell || cell.row === 0) continue;
    const header = byPosition.get(`${cell.table}:0:${cell.column}`) ?? null;
    const first = cell.column > 0 ? spans.get(`${cell.table}:${cell.row}:0`) : undefined;
    contexts.set(info.index, {
      header: header && !FIGURE_ONLY.test(header) ? header : null,
      rowHeader: first && !FIGURE_ONLY.test(first.text) ? first : null,
      columnKey: `${cell.table}:${cell.column}`,
    });
  }
  return contexts;
}
