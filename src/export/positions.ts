/** Positions derived from UTF-16 offsets: lines and columns, and Unicode code points (W3C). */
import { createLineIndex, type LineIndex } from '../core';

const lineIndexes = new WeakMap<object, LineIndex>();

/** A line index per article text, built once per export. */
export function linesOf(article: { text: string }): LineIndex {
  let index = lineIndexes.get(article);
  if (!index) lineIndexes.set(article, (index = createLineIndex(article.text)));
  return index;
}

/**
 * Maps a UTF-16 offset to a count of Unicode code points: W3C TextPositionSelector
 * counts characters, so an emoji before a claim counts once, not twice.
 */
export function codePointMapper(text: string): (offset: number) => number {
  // Offsets of the second halves of surrogate pairs, sorted; each one is a unit that is not a code point.
  const lows: number[] = [];
  for (let i = 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) {
      const prev = text.charCodeAt(i - 1);
      if (prev >= 0xd800 && prev <= 0xdbff) lows.push(i);
    }
  }
  return (offset) => {
    let lo = 0;
    let hi = lows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lows[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return offset - lo;
  };
}

/**
 * A W3C TextQuoteSelector's text for a span: the exact text and up to `affix`
 * units either side, never cutting an emoji in two.
 */
export function textQuote(text: string, start: number, end: number, affix: number): { exact: string; prefix: string; suffix: string } {
  return { exact: text.slice(start, end), prefix: text.slice(wholeCharacter(text, Math.max(0, start - affix)), start), suffix: text.slice(end, wholeCharacter(text, end + affix)) };
}

/** Moves a cut point off the second half of a surrogate pair, so prefix and suffix never split an emoji. */
function wholeCharacter(text: string, offset: number): number {
  if (offset <= 0 || offset >= text.length) return Math.max(0, Math.min(offset, text.length));
  const code = text.charCodeAt(offset);
  const before = text.charCodeAt(offset - 1);
  return code >= 0xdc00 && code <= 0xdfff && before >= 0xd800 && before <= 0xdbff ? offset + 1 : offset;
}
