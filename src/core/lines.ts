/**
 * Line and column numbers for offsets, derived in one place. Lines and columns
 * are 1-based (what people and CSV readers expect); columns count UTF-16 units,
 * like VS Code's `Position.character` plus one.
 */
export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

export interface LineIndex {
  at(offset: number): LineColumn;
}

export function createLineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    // \r\n, \n and a lone \r each end a line, as in VS Code.
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return {
    at(offset: number): LineColumn {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: offset - starts[lo]! + 1 };
    },
  };
}
