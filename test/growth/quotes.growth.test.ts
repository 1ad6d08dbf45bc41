/** The quote finder stays linear on the shapes that made it quadratic (issue 14, item 3). */
import { describe, expect, it } from 'vitest';
import { GROWTH_LIMIT } from './shapes';
import type { ProseBlock } from '../../src/core/prose';
import { findQuotesInBlock } from '../../src/core/quotes';

const block = (text: string): ProseBlock => ({ start: 0, end: text.length, text, kind: 'paragraph', inBlockquote: false });

const SHAPES: Record<string, string> = {
  'straight quotes inside one curly quote': 'He wrote "x there, ',
  'paired straight quotes inside one curly quote': 'He wrote "x" there, ',
  'single quotes inside single quotes': '‘a ‘b’ c’ ',
  'single and double quotes crossing': '‘a “b’ c” ',
  'many curly quotes': '“We will rebuild,” he said. ',
  'apostrophes and elisions': 'They’ll see the ’90s Smiths’ dog ',
};

/** Fastest of five runs, in milliseconds: the least disturbed by other work on the machine. */
function timeOf(text: string): number {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    findQuotesInBlock(block(text), 0);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/** The smaller run must take this long for a ratio to mean anything: at 2 ms a timer tick or a collection is a quarter of it. */
const LEAST_MS = 8;

/**
 * Time at 4x the text over time at 1x, from 100 KB up, at a size where the
 * smaller run takes at least LEAST_MS. On a shared machine a garbage
 * collection can land in either run, so the lowest of up to six measurements
 * counts: a quadratic path gives about 16 every time, a linear one about 4.
 */
function growth(at: (kb: number) => string): number {
  // Warm up until the optimising compiler has settled: the first runs are several times slower.
  for (let i = 0; i < 3; i++) timeOf(at(100));
  let kb = 100;
  while (kb < 800 && timeOf(at(kb)) < LEAST_MS) kb *= 2;
  const small = at(kb);
  const large = at(kb * 4);
  let lowest = Infinity;
  for (let attempt = 0; attempt < 6 && lowest > GROWTH_LIMIT; attempt++) lowest = Math.min(lowest, timeOf(large) / Math.max(timeOf(small), 0.5));
  return lowest;
}

describe('quote finder growth', () => {
  for (const [shape, unit] of Object.entries(SHAPES)) {
    it(`${shape}: 4x the text takes at most ${GROWTH_LIMIT}x the time`, () => {
      expect(growth((kb) => `“${unit.repeat(Math.ceil((kb * 1024) / unit.length))}”`)).toBeLessThanOrEqual(GROWTH_LIMIT);
    });
  }
});
