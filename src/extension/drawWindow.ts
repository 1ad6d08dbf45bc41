/**
 * Which part of a long article an editor draws. Every highlight of a dense
 * 1 MB article is tens of thousands of ranges, sent from the extension host to
 * the window on every edit; no one reads them all at once. Past
 * `WHOLE_ARTICLE_LIMIT` highlights an editor draws those on the lines around
 * what it shows (`MARGIN_LINES` either side) and draws again when scrolling
 * nears the edge of that stretch. Pure line arithmetic, unit-tested without
 * VS Code.
 */

/** Up to this many highlights, an editor draws them all (and the overview ruler shows the whole article). */
export const WHOLE_ARTICLE_LIMIT = 3000;
/** Lines drawn above and below what is on screen: a few screens of scrolling before a redraw. */
export const MARGIN_LINES = 300;
/** Scrolling to within this many lines of the drawn stretch's edge draws a new stretch. */
const REDRAW_LINES = 100;

/** Lines `from` to `to`, end exclusive. */
export interface LineWindow {
  readonly from: number;
  readonly to: number;
}

interface VisibleLines {
  readonly start: { readonly line: number };
  readonly end: { readonly line: number };
}

/** The lines to draw around what is visible (the first line when nothing is). */
export function windowAround(visible: readonly VisibleLines[], lineCount: number): LineWindow {
  const top = visible.length > 0 ? Math.min(...visible.map((range) => range.start.line)) : 0;
  const bottom = visible.length > 0 ? Math.max(...visible.map((range) => range.end.line)) : 0;
  return { from: Math.max(0, top - MARGIN_LINES), to: Math.min(lineCount, bottom + 1 + MARGIN_LINES) };
}

/** Whether what is visible now has come near the edge of the drawn stretch (an edge at the article's start or end never counts). */
export function leavesWindow(drawn: LineWindow, visible: readonly VisibleLines[], lineCount: number): boolean {
  return visible.some(
    (range) => (drawn.from > 0 && range.start.line < drawn.from + REDRAW_LINES) || (drawn.to < lineCount && range.end.line >= drawn.to - REDRAW_LINES),
  );
}

/** The spans that overlap offsets `from` to `to` (spans touching an edge included). */
export function spansWithin<T extends { readonly start: number; readonly end: number }>(spans: readonly T[], from: number, to: number): T[] {
  return spans.filter((span) => span.end >= from && span.start <= to);
}
