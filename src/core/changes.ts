/**
 * Figures that say how something changed: "rose 3 percent to 120", "fell
 * from 7.2 percent to 6.8 percent", "up 2 points from March", "a four-point
 * dip". Each figure of the phrase carries the same change, with its own role.
 */
import { CHANGE_DOWN, CHANGE_NEUTRAL, CHANGE_UP } from './lexicon';
import type { Change, Span } from './model';

/** What this stage needs of a claim: its block-local figure span, its source start (hedge included), value and unit. */
export interface ChangeCandidate {
  readonly figure: Span;
  /** Source offset of the claim, hedge included ("nearly 6,000"). */
  readonly start: number;
  readonly sentence: Span;
  readonly value: number | null;
  readonly unit: string | null;
}

const PREPOSITIONS = new Set(['by', 'to', 'from', 'of']);
/** "2.3 million, down from 2.8 million": the figure before is where it ended. */
const SINCE_EARLIER = /^[^.;]{0,50}\b(?:up|down)\s+from\s+$/;
/** "a 3 percent increase", "a four-point dip", "5 percent higher". */
const NOUN_AFTER = /^\s+(increase|increases|rise|rises|gain|gains|jump|jumps|surge|bump|drop|drops|decline|declines|fall|falls|dip|dips|cut|cuts|decrease|decreases|loss|losses|slide|slump|higher|lower)\b/;

/** The change each candidate belongs to, or null; same order as given. */
export function readChanges(text: string, blockStart: number, candidates: readonly ChangeCandidate[]): Array<Change | null> {
  const changes: Array<Change | null> = candidates.map(() => null);
  const localStart = (c: ChangeCandidate) => c.start - blockStart;
  for (let i = 0; i < candidates.length; i++) {
    if (changes[i]) continue;
    const c = candidates[i]!;
    if (c.value === null) continue;
    const opening = openingOf(text, c, localStart(c));
    if (!opening) continue;
    const next = candidates[i + 1];
    const end = next && next.value !== null && /^\s+to\s+$/.test(text.slice(c.figure.end, localStart(next))) && next.sentence.start === c.sentence.start ? next : undefined;
    if (opening.role === 'from' && !end) {
      const earlier = candidates[i - 1];
      if (!earlier || earlier.value === null || changes[i - 1] || earlier.sentence.start !== c.sentence.start) continue;
      if (!SINCE_EARLIER.test(text.slice(earlier.figure.end, localStart(c)))) continue;
      const change = describe(opening.direction, 'from', c, earlier);
      changes[i] = change;
      changes[i - 1] = change && { ...change, role: 'to' };
      continue;
    }
    const change = describe(opening.direction, opening.role, c, end);
    if (!change) continue;
    changes[i] = change;
    if (end) changes[i + 1] = { ...change, role: 'to' };
  }
  return changes;
}

function openingOf(text: string, c: ChangeCandidate, at: number): { direction: 'up' | 'down' | null; role: Change['role'] } | undefined {
  const { word, preposition } = verbBefore(text.slice(Math.max(c.sentence.start, at - 30), at));
  const direction = word === undefined ? null : CHANGE_UP.has(word) ? 'up' : CHANGE_DOWN.has(word) ? 'down' : null;
  if (direction || (preposition === 'from' && CHANGE_NEUTRAL.has(word!))) {
    const role = preposition === 'to' ? 'to' : preposition === 'from' ? 'from' : 'by';
    return { direction, role };
  }
  const noun = NOUN_AFTER.exec(text.slice(c.figure.end, c.figure.end + 16));
  if (!noun) return undefined;
  return { direction: CHANGE_DOWN.has(noun[1]!) || /^(?:losses|lower)$/.test(noun[1]!) ? 'down' : 'up', role: 'by' };
}

/**
 * The word before a figure and the preposition after it: "rose", "fell
 * sharply", "dropped by", "climbed to", "up from", "a gain of". Read from
 * the last three words: an end-anchored regex would scan every position.
 */
function verbBefore(before: string): { word: string | undefined; preposition: string | undefined } {
  const words = before.trimEnd().split(/\s+/).slice(-3).map((w) => w.toLowerCase());
  let k = words.length - 1;
  const preposition = PREPOSITIONS.has(words[k] ?? '') ? words[k--] : undefined;
  if (k > 0 && /^\p{L}+ly$/u.test(words[k]!)) k--;
  const word = k >= 0 && /^\p{L}+$/u.test(words[k]!) ? words[k] : undefined;
  return { word, preposition };
}

function describe(written: 'up' | 'down' | null, role: Change['role'], c: ChangeCandidate, end: ChangeCandidate | undefined): Change | null {
  const value = c.value!;
  if (role === 'from') {
    const to = end!.value!;
    const direction = written ?? (to > value ? 'up' : 'down');
    const bothPercent = c.unit === 'percent' && end!.unit === 'percent';
    return { direction, role, by: rounded(Math.abs(to - value)), unit: bothPercent ? 'points' : c.unit ?? end!.unit, from: value, to };
  }
  if (!written) return null;
  if (role === 'to') return { direction: written, role, by: null, unit: c.unit, from: null, to: value };
  const unit = c.unit === 'percentage points' ? 'points' : c.unit;
  return { direction: written, role, by: Math.abs(value), unit, from: null, to: end ? end.value : null };
}

/** 7.2 - 6.8 → 0.4, not 0.40000000000000036. */
function rounded(n: number): number {
  return Number(n.toPrecision(12));
}
