/**
 * Binary search over a sorted list: the first index at which `isBefore` stops
 * holding (the list's length when it holds everywhere). `isBefore` must be
 * true for a prefix of the list and false after it.
 */
export function firstIndex(length: number, isBefore: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isBefore(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The span of a sorted, non-overlapping list that holds `position`. */
export function spanAt<T extends { readonly start: number; readonly end: number }>(spans: readonly T[], position: number): T | undefined {
  const span = spans[firstIndex(spans.length, (i) => spans[i]!.end <= position)];
  return span !== undefined && span.start <= position && position < span.end ? span : undefined;
}
