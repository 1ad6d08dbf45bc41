/**
 * Anchors that follow their text through edits, as Hypothesis anchors
 * annotations: a W3C text quote (exact, prefix, suffix) plus the last known
 * offsets. Re-anchoring tries, in order of cost:
 *
 * 1. the exact text where it was, or where the anchors before it moved to;
 * 2. every exact occurrence, scored by how well its context agrees and how
 *    near it is;
 * 3. fuzzy matches (Myers' bit-parallel search, `approx-string-match`) with an
 *    error budget proportional to the text's length, near the old place first.
 *
 * A place is accepted only when its context still reads like the anchor's
 * (one side nearly unchanged, or both mostly), and a fuzzy one only within the budget; otherwise the
 * anchor is an orphan. So an anchor never lands on text it was not made for.
 */
import search from 'approx-string-match';
import { textQuote } from '../export/positions';
import type { TextAnchor } from './model';

/** UTF-16 units of context kept either side, as the W3C exporter keeps. */
export const ANCHOR_CONTEXT = 32;
/** Errors a fuzzy match may have, per unit of the checked text (1 in 4: a typo fixed, a word changed). */
export const FUZZY_ERROR_RATE = 0.25;
/**
 * How alike (0..1) the context must be for a place to count: one side nearly
 * unchanged (an edit or a paragraph move leaves one side as it was), or both
 * sides mostly. A copy of the text a few units further on in repetitive text
 * ("the the", "1% 1%") agrees on both sides less than this.
 */
const ONE_SIDE_AGREEMENT = 0.9;
const BOTH_SIDES_AGREEMENT = 1.6;
/** Fuzzy matches scored at most, lowest errors first. */
const FUZZY_CANDIDATES = 64;

/** Where an anchor is now. `exact` is false when its text changed since it was checked (a fuzzy match). */
export interface AnchorMatch {
  readonly start: number;
  readonly end: number;
  readonly exact: boolean;
}

export function createAnchor(text: string, start: number, end: number): TextAnchor {
  return { ...textQuote(text, start, end, ANCHOR_CONTEXT), start, end };
}

/** The same anchor at a new place: new offsets and context, the checked text kept. */
export function moveAnchor(anchor: TextAnchor, text: string, match: AnchorMatch): TextAnchor {
  const { prefix, suffix } = textQuote(text, match.start, match.end, ANCHOR_CONTEXT);
  return { exact: anchor.exact, prefix, suffix, start: match.start, end: match.end };
}

/** Where one anchor is in `text`, or null when it is an orphan. `expected` is where it probably is (its old start by default). */
export function reanchor(anchor: TextAnchor, text: string, expected = anchor.start): AnchorMatch | null {
  return atPlace(anchor, text, expected) ?? atPlace(anchor, text, anchor.start) ?? bestExact(anchor, text, expected) ?? bestFuzzy(anchor, text, expected);
}

/**
 * Re-anchors many anchors at once, in their order. Anchors are visited by old
 * offset and each is looked for first where the one before it moved, so one
 * edit costs a string comparison per anchor and a search only for the few the
 * edit touched.
 */
export function reanchorAll(anchors: readonly TextAnchor[], text: string): (AnchorMatch | null)[] {
  const order = anchors.map((_, i) => i).sort((a, b) => anchors[a]!.start - anchors[b]!.start);
  const found: (AnchorMatch | null)[] = new Array(anchors.length).fill(null);
  let shift = 0;
  for (const i of order) {
    const anchor = anchors[i]!;
    const match = reanchor(anchor, text, anchor.start + shift);
    found[i] = match;
    if (match?.exact) shift = match.start - anchor.start;
  }
  return found;
}

/** The exact text at `start` with one side of its context unchanged: the common case, one comparison. */
function atPlace(anchor: TextAnchor, text: string, start: number): AnchorMatch | null {
  if (start < 0 || !text.startsWith(anchor.exact, start)) return null;
  const end = start + anchor.exact.length;
  const now = textQuote(text, start, end, ANCHOR_CONTEXT);
  const prefixKept = now.prefix === anchor.prefix;
  const suffixKept = now.suffix === anchor.suffix;
  // One side alone counts only in full: an empty suffix at the end of the text says nothing.
  const kept = (prefixKept && suffixKept) || (prefixKept && anchor.prefix.length === ANCHOR_CONTEXT) || (suffixKept && anchor.suffix.length === ANCHOR_CONTEXT);
  return kept ? { start, end, exact: true } : null;
}

interface Scored {
  readonly match: AnchorMatch;
  readonly score: number;
}

function bestExact(anchor: TextAnchor, text: string, expected: number): AnchorMatch | null {
  if (anchor.exact.length === 0) return null;
  let best: Scored | null = null;
  for (let at = text.indexOf(anchor.exact); at >= 0; at = text.indexOf(anchor.exact, at + 1)) {
    best = better(best, scorePlace(anchor, text, { start: at, end: at + anchor.exact.length, exact: true }, 1, expected));
  }
  return best?.match ?? null;
}

function bestFuzzy(anchor: TextAnchor, text: string, expected: number): AnchorMatch | null {
  const budget = Math.floor(anchor.exact.length * FUZZY_ERROR_RATE);
  if (budget === 0) return null;
  // Near the old place first: most edits stay in their paragraph, and a window is much cheaper than the article.
  const reach = Math.max(256, 4 * anchor.exact.length);
  const from = Math.max(0, expected - reach);
  const near = fuzzyIn(anchor, text, from, Math.min(text.length, expected + anchor.exact.length + reach), budget, expected);
  if (near || (from === 0 && expected + anchor.exact.length + reach >= text.length)) return near;
  return fuzzyIn(anchor, text, 0, text.length, budget, expected);
}

function fuzzyIn(anchor: TextAnchor, text: string, from: number, to: number, budget: number, expected: number): AnchorMatch | null {
  // One candidate per start, its fewest errors; then the fewest errors overall, nearest first.
  const byStart = new Map<number, { start: number; end: number; errors: number }>();
  for (const m of search(text.slice(from, to), anchor.exact, budget)) {
    const start = m.start + from;
    const known = byStart.get(start);
    if (!known || m.errors < known.errors) byStart.set(start, { start, end: m.end + from, errors: m.errors });
  }
  const candidates = [...byStart.values()].sort((a, b) => a.errors - b.errors || Math.abs(a.start - expected) - Math.abs(b.start - expected)).slice(0, FUZZY_CANDIDATES);
  let best: Scored | null = null;
  for (const c of candidates) {
    if (c.end <= c.start) continue;
    const match = { start: c.start, end: c.end, exact: c.errors === 0 && text.slice(c.start, c.end) === anchor.exact };
    best = better(best, scorePlace(anchor, text, match, 1 - c.errors / anchor.exact.length, expected));
  }
  return best?.match ?? null;
}

/**
 * A place's score: how alike its text and both sides of its context are, less
 * a little for distance; null when neither side of the context agrees.
 */
function scorePlace(anchor: TextAnchor, text: string, match: AnchorMatch, textSimilarity: number, expected: number): Scored | null {
  const prefix = text.slice(Math.max(0, match.start - ANCHOR_CONTEXT), match.start);
  const suffix = text.slice(match.end, match.end + ANCHOR_CONTEXT);
  const before = contextAgreement(anchor.prefix, prefix, true);
  const after = contextAgreement(anchor.suffix, suffix, false);
  const alike = Math.max(before.similarity, after.similarity) >= ONE_SIDE_AGREEMENT || before.similarity + after.similarity >= BOTH_SIDES_AGREEMENT;
  if (!alike && !(before.lineKept && after.lineKept)) return null;
  const distance = Math.abs(match.start - expected) / Math.max(1, text.length);
  // Squares: one side intact outweighs two sides half right.
  return { match, score: 2 * textSimilarity + before.credit ** 2 + after.credit ** 2 - 0.5 * distance };
}

/**
 * How one side of a place's context agrees with the anchor's: its similarity,
 * whether it is the same up to a line break or the edge of the text (what a
 * moved paragraph, list item or table row keeps even when it is too short for
 * 32 units either side), and the credit it earns in the score: full when the
 * same part holds a line break, else the similarity or the share kept.
 */
function contextAgreement(old: string, now: string, before: boolean): { similarity: number; lineKept: boolean; credit: number } {
  const a = before ? reversed(old) : old;
  const b = before ? reversed(now) : now;
  let same = 0;
  while (same < a.length && same < b.length && a.charCodeAt(same) === b.charCodeAt(same)) same++;
  // Short contexts (cut by the edge of the text) weigh by their length, unless unchanged.
  const similar = old === now ? 1 : similarity(old, now) * Math.min(1, Math.max(old.length, now.length) / ANCHOR_CONTEXT);
  const holdsBreak = /[\n\r]/.test(a.slice(0, same));
  const lineKept = holdsBreak || (lineEndsAt(a, same) && lineEndsAt(b, same));
  return { similarity: similar, lineKept, credit: holdsBreak ? 1 : Math.max(similar, lineKept ? same / ANCHOR_CONTEXT : 0) };
}

/** A line break at `at`, or the edge of the text (a context shorter than usual was cut by it). */
function lineEndsAt(context: string, at: number): boolean {
  return at === context.length ? context.length < ANCHOR_CONTEXT : context[at] === '\n' || context[at] === '\r';
}

function reversed(s: string): string {
  return s.split('').reverse().join('');
}

function better(a: Scored | null, b: Scored | null): Scored | null {
  return !a || (b && b.score > a.score) ? b : a;
}

const row = new Int32Array(ANCHOR_CONTEXT * 2 + 2);

/** 1 - Levenshtein distance / the longer length: 1 for equal strings (two empty ones too), 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  if (a.length === 0 || b.length === 0) return 0;
  return 1 - levenshtein(a.slice(0, row.length - 2), b.slice(0, row.length - 2)) / Math.min(longer, row.length - 2);
}

function levenshtein(a: string, b: string): number {
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}
