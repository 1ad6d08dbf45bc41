/**
 * Where two versions of a text agree: the common prefix and suffix. The
 * server answers a hover from the last finished analysis while a newer one is
 * still running, when the text under the cursor is in a part the edits did not
 * touch; these map offsets between the two versions.
 */
export interface UnchangedEnds {
  /** Characters equal at the start of both texts. */
  readonly prefix: number;
  /** Characters equal at the end of both texts (not overlapping the prefix). */
  readonly suffix: number;
  readonly beforeLength: number;
  readonly afterLength: number;
}

export function unchangedEnds(before: string, after: string): UnchangedEnds {
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { prefix, suffix, beforeLength: before.length, afterLength: after.length };
}

/** A span of the new text as it was in the old one, when it lies wholly in an unchanged end. */
export function spanBefore(ends: UnchangedEnds, start: number, end: number): { start: number; end: number } | undefined {
  return moved(ends, start, end, ends.afterLength, ends.beforeLength);
}

/** A span of the old text in the new one, when it lies wholly in an unchanged end. */
export function spanAfter(ends: UnchangedEnds, start: number, end: number): { start: number; end: number } | undefined {
  return moved(ends, start, end, ends.beforeLength, ends.afterLength);
}

function moved(ends: UnchangedEnds, start: number, end: number, fromLength: number, toLength: number): { start: number; end: number } | undefined {
  if (end <= ends.prefix) return { start, end };
  const suffixStart = fromLength - ends.suffix;
  if (start >= suffixStart) return { start: start - fromLength + toLength, end: end - fromLength + toLength };
  return undefined;
}
