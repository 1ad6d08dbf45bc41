/**
 * Whether two values of one quantity can both be true once their qualifiers
 * and rounding are read: "nearly 6,000" and "5,900" agree, "5,300" and
 * "those 5,000" agree (5,000 is rounded to the thousand), "212,000" and
 * "about 219,000" do not (the hedge of "about" is read as 2%).
 */
import type { Claim, ContestedGroup } from '../model';

/** The lowest and highest value a figure allows. */
export function bounds(claim: Claim, signed: number | null = claim.value): [number, number] {
  if (claim.range) return [claim.range.low, claim.range.high];
  if (signed !== null) {
    const q = claim.qualifier ?? '';
    const [low, high] = rounding(signed, claim.unit);
    if (/more than|over|at least|upwards? of|in excess of|exceeds/.test(q)) return [low, Math.abs(signed) * 1.5 + signed];
    if (/fewer than|less than|under|up to|at most|as many as|as much as/.test(q)) return [signed >= 0 ? 0 : signed * 1.5, high];
    if (/nearly|almost|close to|closer to|just under/.test(q)) return [signed - Math.abs(signed) * 0.05, high];
    if (/about|around|roughly|approximately|some|estimated|an estimated/.test(q)) return [signed - Math.abs(signed) * 0.02, signed + Math.abs(signed) * 0.02].map((v, i) => (i === 0 ? Math.min(v, low) : Math.max(v, high))) as [number, number];
    return [low, high];
  }
  // "thousands": at least a thousand, below a million.
  const magnitude = vagueMagnitude(claim.text);
  return [magnitude, magnitude * 1000 - 1];
}

/** A round figure stands for a range: 5,000 for 4,500 to 5,500; 43 percent for 43 exactly. */
function rounding(value: number, unit: string | null): [number, number] {
  if (unit === 'percent' || unit === 'points' || unit === 'percentage points' || !Number.isInteger(value) || Math.abs(value) < 1000) return [value, value];
  let step = 1;
  while (step < Math.abs(value) && value % (step * 10) === 0) step *= 10;
  return step === 1 ? [value, value] : [value - step / 2, value + step / 2];
}

/** Values that cannot both be right: one's lowest possible is above the other's highest. */
export function incompatible(a: [number, number], b: [number, number]): boolean {
  return a[0] > b[1] + slack(b[1]) || b[0] > a[1] + slack(a[1]);
}

function slack(value: number): number {
  return Math.abs(value) * 0.005;
}

/** Two figures set against each other differ when any end differs: "$30,000 to $60,000" and "$35,000 to $60,000". */
export function differ(a: Claim, b: Claim, av: number | null, bv: number | null): boolean {
  const ends = (c: Claim, v: number | null): number[] | null => (c.range ? [c.range.low, c.range.high] : v !== null ? [v] : null);
  const x = ends(a, av);
  const y = ends(b, bv);
  if (!x || !y) return a.vague !== b.vague || a.text !== b.text;
  if (x.length !== y.length) return true;
  return x.some((v, i) => Math.abs(v - y[i]!) > Math.abs(v) * 0.001);
}

function vagueMagnitude(text: string): number {
  const t = text.toLowerCase();
  if (/tens of thousands/.test(t)) return 1e4;
  if (/hundreds of thousands/.test(t)) return 1e5;
  if (/trillions/.test(t)) return 1e12;
  if (/billions/.test(t)) return 1e9;
  if (/millions/.test(t)) return 1e6;
  if (/thousands/.test(t)) return 1e3;
  if (/hundreds/.test(t)) return 1e2;
  if (/scores/.test(t)) return 20;
  return 12;
}

export function spreadOf(claims: readonly Claim[]): ContestedGroup['spread'] {
  let low = Infinity;
  let high = -Infinity;
  let count = 0;
  for (const c of claims) {
    for (const v of c.range ? [c.range.low, c.range.high] : c.value !== null ? [c.value] : []) {
      low = Math.min(low, v);
      high = Math.max(high, v);
      count++;
    }
  }
  if (count < 2) return null;
  if (low <= 0 || low === high) return null;
  return { low, high, ratio: Math.round((high / low) * 10) / 10 };
}
