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
