/**
 * Decides which attribution governs each quotation and each figure.
 *
 * A quotation takes the cue in or next to its sentence; failing that, the
 * speaker of its paragraph; failing that, the speaker of the quotation just
 * before it when the paragraphs run on (news copy quotes one speaker for
 * several paragraphs). A figure takes the attribution whose clause holds it,
 * or the speaker of the quotation it sits in; a share of respondents ("38
 * percent of voters said …") passes its figures on to the poll around it.
 */
import type { FoundAttribution } from './attributions';
import type { Span } from './model';
import { SHARE_UNITS } from './lexicon';
import { firstIndex } from './search';
import type { ArticleDocument } from './document';
import type { Quotation } from './quotes';

/**
 * For each quotation, the attribution governing each of its segments (index
 * into `found`, or -1). Segments of a multi-paragraph quote share the first
 * attribution found, unless a paragraph names its own speaker (transcripts:
 * `"WALLACE: …` then `"PENCE: …`).
 */
export function governQuotations(doc: ArticleDocument, quotations: readonly Quotation[], found: readonly FoundAttribution[]): number[][] {
  const byBlock = new Map<number, number[]>();
  found.forEach((a, i) => {
    const list = byBlock.get(a.block) ?? [];
    list.push(i);
    byBlock.set(a.block, list);
  });
  const result: number[][] = [];
  let previous: { block: number; attribution: number } | undefined;
  for (const quotation of quotations) {
    const own = quotation.segments.map((segment) => attributionForSegment(doc, segment.block, segment.start, segment.end, byBlock.get(segment.block) ?? [], found));
    let shared = own.find((i) => i >= 0) ?? -1;
    const first = quotation.segments[0]!;
    const ownBlockHasNone = !(byBlock.get(first.block)?.length);
    if (shared < 0 && ownBlockHasNone) shared = introducedBefore(doc, first.block, byBlock) ?? -1;
    if (shared < 0 && ownBlockHasNone && previous && first.block - previous.block <= 1) shared = previous.attribution;
    const perSegment = own.map((i) => (i >= 0 ? i : shared));
    const last = perSegment[perSegment.length - 1]!;
    if (last >= 0) previous = { block: quotation.segments[quotation.segments.length - 1]!.block, attribution: last };
    result.push(perSegment);
  }
  return result;
}

/** `Caddell continued:` or `The New York Times reports:` ends a paragraph and introduces the quote below it. */
function introducedBefore(doc: ArticleDocument, block: number, byBlock: ReadonlyMap<number, number[]>): number | undefined {
  const before = doc.blocks[block - 1];
  if (!before || !/:\s*$/.test(before.block.text)) return undefined;
  const candidates = byBlock.get(block - 1);
  return candidates?.[candidates.length - 1];
}

function attributionForSegment(doc: ArticleDocument, block: number, start: number, end: number, candidates: readonly number[], found: readonly FoundAttribution[]): number {
  if (candidates.length === 0) return -1;
  const base = doc.blocks[block]!.block.start;
  const local = { start: start - base, end: end - base };
  // Only the cues around the segment can govern it: a window keeps a paragraph of a thousand quotes linear.
  const near = nearby(candidates, found, local.start);
  // The cue must not sit inside this quotation, and not inside another one.
  const outside = near.filter((i) => {
    const a = found[i]!;
    return a.cue.end <= local.start || a.cue.start >= local.end || a.cue.kind === 'punctuation';
  });
  const inSentence = outside.filter((i) => {
    const s = found[i]!.sentence;
    return (local.start >= s.start && local.start < s.end) || (local.end > s.start && local.end <= s.end);
  });
  const pool = inSentence.length > 0 ? inSentence : outside;
  let best = -1;
  let bestScore = Infinity;
  for (const i of pool) {
    const a = found[i]!;
    const gap = a.phrase.start >= local.end ? a.phrase.start - local.end : local.start >= a.phrase.end ? local.start - a.phrase.end : 0;
    // A speaker of the quote's own words beats "according to" (a relay), and an earlier cue in the paragraph beats a later one.
    const relay = a.cue.kind === 'according-to' ? 1000 : 0;
    const later = inSentence.length === 0 && a.phrase.start >= local.end ? 500 : 0;
    // A participle ("…, adding") or weak cue loses to a plain "said" at a similar distance.
    const weak = a.weak ? 40 : 0;
    const score = gap + relay + later + weak;
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}

/** How many of a paragraph's cues on each side of a quote segment are weighed for it. */
const SEGMENT_WINDOW = 12;

/** The candidates (in reading order) whose cues sit around `position`. */
function nearby(candidates: readonly number[], found: readonly FoundAttribution[], position: number): readonly number[] {
  if (candidates.length <= 2 * SEGMENT_WINDOW) return candidates;
  const lo = firstIndex(candidates.length, (i) => found[candidates[i]!]!.cue.start < position);
  return candidates.slice(Math.max(0, lo - SEGMENT_WINDOW), lo + SEGMENT_WINDOW);
}

/**
 * The attribution whose content holds a figure: the innermost one (the
 * shortest content) when contents nest ("The agency, which reported 200
 * arrests, said …"). Built once per analysis; lookups walk only the spans
 * that start before the figure and reach it.
 */
export class ContentIndex {
  private readonly spans: Array<{ start: number; end: number; attribution: number; size: number }> = [];
  /** The furthest end of the spans up to each index: the walk back stops where no earlier span reaches a figure. */
  private readonly reach: number[] = [];

  constructor(contents: ReadonlyArray<readonly Span[]>) {
    contents.forEach((spans, attribution) => {
      const size = spans.reduce((n, s) => n + s.end - s.start, 0);
      for (const s of spans) this.spans.push({ start: s.start, end: s.end, attribution, size });
    });
    this.spans.sort((a, b) => a.start - b.start);
    let reach = -Infinity;
    for (const s of this.spans) this.reach.push((reach = Math.max(reach, s.end)));
  }

  /** Index of the attribution whose content holds [start, end) and that `accept` takes, or -1. */
  innermost(start: number, end: number, accept: (attribution: number) => boolean = () => true): number {
    let best = -1;
    let bestSize = Infinity;
    // From the last span starting at or before `start`, walk back while spans could still reach it.
    const lo = firstIndex(this.spans.length, (i) => this.spans[i]!.start <= start);
    for (let i = lo - 1, walked = 0; i >= 0 && walked < 256 && this.reach[i]! >= end; i--, walked++) {
      const s = this.spans[i]!;
      if (s.end >= end && s.size < bestSize && accept(s.attribution)) {
        best = s.attribution;
        bestSize = s.size;
      }
    }
    return best;
  }
}

/**
 * For each attribution, whether its speaker is a share of respondents ("38
 * percent of voters said …", "Six in 10 say …"): a poll's finding, not a
 * source of its own. `figures` are in reading order.
 */
export function shareSpeakers(speakers: readonly Span[], figures: ReadonlyArray<Span & { readonly unit: string | null }>): boolean[] {
  return speakers.map((s) => {
    const i = firstIndex(figures.length, (k) => figures[k]!.start < s.start);
    const figure = figures[i];
    return figure !== undefined && figure.end <= s.end && figure.unit !== null && SHARE_UNITS.has(figure.unit);
  });
}
