/**
 * How the hover, the panel and the inline hints word a figure: its value only
 * when the text does not already say it, an age as an age, a contested group's
 * spread with its qualifiers, who disputes a figure. Pure: unit-tested without VS Code.
 */
import { formatNumber, type Analysis, type Attribution, type Claim, type ContestedGroup, type DisputeCue } from '../core';
import { firstIndex } from '../core/search';

/** The figure's value in words, e.g. "4,200,000,000 USD", or "" when the text already says it ("57", "more than 140"). */
export function valueLabel(claim: Claim): string {
  if (claim.vague) return '';
  if (isAge(claim)) return `age ${formatNumber(claim.value!)}`;
  const unit = claim.unit === 'percent' ? '%' : claim.unit ? ` ${claim.unit}` : '';
  const approx = claim.qualifier ? `${claim.qualifier} ` : '';
  let value = '';
  if (claim.range) value = `${approx}${formatNumber(claim.range.low)}–${formatNumber(claim.range.high)}${unit}`;
  else if (claim.value !== null) value = `${approx}${formatNumber(claim.value)}${unit}`;
  const asWritten = claim.text.toLowerCase().replace(/\s+/g, ' ');
  return asWritten.includes(value.toLowerCase()) ? '' : value;
}

/** "51-year-old", "a 7-year-old": a person's age, which says who rather than what it counts. */
export function isAge(claim: Claim): boolean {
  return claim.unit === 'year' && claim.value !== null && /year[-\s]old/i.test(claim.text);
}

/**
 * What the figure counts, for a reader: "people died"; a table header without
 * its capital ("Dead" → "dead"); for an age, the person it describes when the
 * age is part of how a speaker is named ("the 51-year-old former engineer").
 */
export function countsLabel(analysis: Analysis, claim: Claim): string {
  if (isAge(claim)) {
    const named = analysis.attributions.find((a) => a.speaker.start <= claim.start && claim.end <= a.speaker.end);
    return named ? named.speaker.name : (claim.counts ?? '');
  }
  const counts = claim.counts ?? '';
  // One capitalised word is a heading's style ("Dead", "Missing"), not a name.
  return /^\p{Lu}\p{Ll}+$/u.test(counts) ? counts.toLowerCase() : counts;
}

/** "age 51, Piet Harlan", "people died", "4,200,000,000 USD": what a list entry adds to the figure as written. */
export function figureDetail(analysis: Analysis, claim: Claim): string {
  return [valueLabel(claim), countsLabel(analysis, claim)].filter(Boolean).join(', ');
}

/** "38 vs more than 140 (about 3.7×)": the lowest and highest figure as written, qualifiers kept. */
export function spreadLabel(analysis: Analysis, group: ContestedGroup): string | null {
  if (!group.spread) return null;
  const figures = groupClaims(analysis, group);
  const low = figures.find((c) => (c.range?.low ?? c.value) === group.spread!.low);
  const high = figures.find((c) => (c.range?.high ?? c.value) === group.spread!.high);
  const end = (claim: Claim | undefined, value: number) => `${claim?.qualifier && !claim.range ? `${claim.qualifier} ` : ''}${formatNumber(value)}`;
  return `${end(low, group.spread.low)} vs ${end(high, group.spread.high)} (about ${group.spread.ratio}×)`;
}

export function groupClaims(analysis: Analysis, group: ContestedGroup): Claim[] {
  const byId = claimsById(analysis);
  return group.claimIds.map((id) => byId.get(id)).filter((c): c is Claim => c !== undefined);
}

/** An analysis is never changed, so its claims are indexed once: a long article's panel asks for every group's. */
const claimIndexes = new WeakMap<Analysis, ReadonlyMap<string, Claim>>();

function claimsById(analysis: Analysis): ReadonlyMap<string, Claim> {
  let index = claimIndexes.get(analysis);
  if (!index) claimIndexes.set(analysis, (index = new Map(analysis.claims.map((c) => [c.id, c]))));
  return index;
}

/** A competing figure with the places the article repeats it (the same value from the same source, e.g. in a table). */
export interface DistinctFigure {
  readonly claim: Claim;
  readonly restatements: readonly Claim[];
}

/** The group's figures, each value from each source once: a table restating "38" is not another competing figure. */
export function distinctFigures(analysis: Analysis, group: ContestedGroup): DistinctFigure[] {
  const found = new Map<string, { claim: Claim; restatements: Claim[] }>();
  for (const claim of groupClaims(analysis, group)) {
    // Joined, not JSON-encoded: a group of a long article has thousands of figures.
    const key = `${claim.source?.name.toLowerCase() ?? ''}\u0000${claim.source ? 1 : 0}\u0000${claim.value}\u0000${claim.range?.low}\u0000${claim.range?.high}\u0000${claim.qualifier}\u0000${claim.unit}`;
    const first = found.get(key);
    if (first) first.restatements.push(claim);
    else found.set(key, { claim, restatements: [] });
  }
  return [...found.values()];
}

/**
 * Who casts the doubt, when the article says: the speaker of an attribution
 * within the doubting phrase ("Tomas Averill rejected that figure"), of the quote
 * it stands in, or a speaker the phrase names ("a figure the Agriculture Ministry disputes").
 */
export function disputedBy(analysis: Analysis, dispute: DisputeCue): string | null {
  const overlapping = firstFound(spansOf(analysis.attributions, (a) => a.cue), dispute.start - 1, dispute.end, (a) => a.cue.start < dispute.end && dispute.start < a.cue.end);
  if (overlapping) return overlapping.speaker.name;
  const quote = firstFound(spansOf(analysis.quotes, (q) => q), dispute.start, dispute.start + 1, (q) => q.start <= dispute.start && dispute.end <= q.end);
  if (quote?.speaker) return quote.speaker.name;
  const phrase = dispute.text.toLowerCase();
  const named = analysis.attributions.find((a) => phrase.includes(a.speaker.name.toLowerCase()));
  return named ? named.speaker.name : null;
}

/** A list's items by where a span of each starts, with the longest such span, made once per list. */
interface SpanIndex<T> {
  readonly items: readonly T[];
  readonly order: readonly number[];
  readonly starts: readonly number[];
  readonly longest: number;
}

const spanIndexes = new WeakMap<readonly unknown[], SpanIndex<unknown>>();

function spansOf<T>(items: readonly T[], spanOf: (item: T) => { readonly start: number; readonly end: number }): SpanIndex<T> {
  const kept = spanIndexes.get(items) as SpanIndex<T> | undefined;
  if (kept) return kept;
  const order = items.map((_, i) => i).sort((a, b) => spanOf(items[a]!).start - spanOf(items[b]!).start || a - b);
  const index = { items, order, starts: order.map((i) => spanOf(items[i]!).start), longest: Math.max(0, ...items.map((item) => spanOf(item).end - spanOf(item).start)) };
  spanIndexes.set(items, index);
  return index;
}

/**
 * The first item in list order that `matches`, among those whose span starts
 * before `before` and ends after `after` could reach (so a long article's
 * disputes do not each read every attribution).
 */
function firstFound<T>(index: SpanIndex<T>, after: number, before: number, matches: (item: T) => boolean): T | undefined {
  let best = -1;
  for (let k = firstIndex(index.starts.length, (i) => index.starts[i]! < before) - 1; k >= 0 && index.starts[k]! + index.longest > after; k--) {
    const i = index.order[k]!;
    if ((best < 0 || i < best) && matches(index.items[i]!)) best = i;
  }
  return best < 0 ? undefined : index.items[best];
}

const GROUP_KIND_LABELS: Record<ContestedGroup['kind'], string> = {
  sources: 'different sources, different values',
  'same-voice': 'one voice, two values',
  disputed: 'disputed',
};

/** Why the figures form a group, for a checker: "different sources, different values · rule group.sources-differ". */
export function groupWhy(group: ContestedGroup): string {
  return `${GROUP_KIND_LABELS[group.kind]} · rule ${group.rule}`;
}

/** Disputed groups first (a figure someone says is wrong), then the rest in the article's order. */
export function groupsForReview(groups: readonly ContestedGroup[]): ContestedGroup[] {
  return [...groups].sort((a, b) => Number(b.disputes.length > 0) - Number(a.disputes.length > 0));
}

/**
 * The note an inline hint shows for a contested figure: "contested: 38 (Interior Ministry) vs
 * more than 140 (Valmoran Red Cross)", or "disputed: 57 (Ilse Marrow), by Tomas Averill".
 */
export function contestedHint(analysis: Analysis, group: ContestedGroup): string {
  const figures = distinctFigures(analysis, group).map(({ claim }) => `${claim.text}${claim.source ? ` (${claim.source.name})` : ''}`);
  if (figures.length > 1) return `contested: ${figures.join(' vs ')}`;
  const by = [...new Set(group.disputes.map((d) => disputedBy(analysis, d)).filter((who): who is string => who !== null))];
  return `disputed: ${figures.join('')}${by.length ? `, by ${by.join(', ')}` : ''}`;
}

/** What an attribution attributes, as one line: its content spans joined with " … ", whitespace collapsed, shortened past `max`. */
export function attributedText(text: string, attribution: Attribution, max = Infinity): string {
  const joined = attribution.content.map((s) => text.slice(s.start, s.end).replace(/\s+/g, ' ').trim()).join(' … ');
  return joined.length <= max ? joined : `${joined.slice(0, max - 1).trimEnd()}…`;
}
