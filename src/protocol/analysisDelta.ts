/**
 * An analysis sent as the difference from one the receiver already holds, so
 * an edit of a long article crosses the wire as the few items it changed
 * instead of the whole model (18 MB of JSON for a dense 1 MB article).
 *
 * An edit leaves each list of the model (quotes, attributions, figures,
 * groups) as an unchanged head, a changed middle, and a tail that is the old
 * tail moved: its offsets by the change in the text's length, its ids
 * ("q12", "a40", "c7", "g2") by the change in its list's length, since ids
 * number their list. The delta sends the middle in full and only the lengths
 * of head and tail. A tail item is kept only when moving the old one gives
 * exactly the new one, so the decoded analysis is always the encoded one.
 * Pure, shared by the server (encode) and its clients (decode).
 */
import type { Analysis, Span, Speaker } from '../core';

/** One list as head and tail kept from the old list, and the items between sent in full. */
export interface ListDelta<T> {
  readonly head: number;
  readonly tail: number;
  readonly middle: readonly T[];
}

type Lists = 'quotes' | 'attributions' | 'claims' | 'contested';

export type AnalysisDelta = Omit<Analysis, Lists> & { readonly [K in Lists]: ListDelta<Analysis[K][number]> };

const LISTS = ['quotes', 'attributions', 'claims', 'contested'] as const satisfies readonly Lists[];

/** Which list an id numbers, by its letter. */
const ID_LISTS: Readonly<Record<string, Lists>> = { q: 'quotes', a: 'attributions', c: 'claims', g: 'contested' };

/** How a tail moved: by how much its offsets, and each kind of id, went up. */
interface Move {
  readonly offset: number;
  readonly ids: Readonly<Record<string, number>>;
}

function moveOf(before: Analysis, after: Pick<Analysis, 'length' | Lists>): Move {
  const ids: Record<string, number> = {};
  for (const [letter, list] of Object.entries(ID_LISTS)) ids[letter] = after[list].length - before[list].length;
  return { offset: after.length - before.length, ids };
}

// The movers build each moved item field by field (model.ts): object
// literals of one shape are many times faster than spreads of many. Encoding
// keeps an item only when its moved copy equals the new item, so a field a
// mover misses costs bytes, never a wrong model (and the delta test that an
// edit sends a few items fails).

function movedId(id: string, move: Move): string {
  const shift = move.ids[id[0]!] ?? 0;
  return shift === 0 ? id : `${id[0]}${Number(id.slice(1)) + shift}`;
}

function movedIdOrNull(id: string | null, move: Move): string | null {
  return id === null ? null : movedId(id, move);
}

function movedIds(ids: readonly string[], move: Move): string[] {
  return ids.map((id) => movedId(id, move));
}

function movedSpans(spans: readonly Span[], move: Move): Span[] {
  return spans.map(({ start, end }) => ({ start: start + move.offset, end: end + move.offset }));
}

function movedSpeaker(speaker: Speaker, move: Move): Speaker {
  const { text, start, end, name, mention, entity } = speaker;
  return { text, start: start + move.offset, end: end + move.offset, name, mention, entity };
}

const MOVERS: { readonly [K in Lists]: (item: Analysis[K][number], move: Move) => Analysis[K][number] } = {
  quotes: (quote, move) => ({
    id: movedId(quote.id, move),
    start: quote.start + move.offset,
    end: quote.end + move.offset,
    text: quote.text,
    mark: quote.mark,
    closed: quote.closed,
    partial: quote.partial,
    quotation: quote.quotation && { id: movedId(quote.quotation.id, move), segment: quote.quotation.segment },
    nested: movedSpans(quote.nested, move),
    speaker: quote.speaker && movedSpeaker(quote.speaker, move),
    attributionId: movedIdOrNull(quote.attributionId, move),
  }),
  attributions: (attribution, move) => ({
    id: movedId(attribution.id, move),
    start: attribution.start + move.offset,
    end: attribution.end + move.offset,
    text: attribution.text,
    cue: { start: attribution.cue.start + move.offset, end: attribution.cue.end + move.offset, text: attribution.cue.text, kind: attribution.cue.kind },
    speaker: movedSpeaker(attribution.speaker, move),
    content: movedSpans(attribution.content, move),
    kind: attribution.kind,
    rule: attribution.rule,
    sentence: { start: attribution.sentence.start + move.offset, end: attribution.sentence.end + move.offset },
    quoteIds: movedIds(attribution.quoteIds, move),
  }),
  claims: (claim, move) => ({
    id: movedId(claim.id, move),
    start: claim.start + move.offset,
    end: claim.end + move.offset,
    text: claim.text,
    value: claim.value,
    range: claim.range,
    qualifier: claim.qualifier,
    unit: claim.unit,
    change: claim.change,
    vague: claim.vague,
    counts: claim.counts,
    source: claim.source && movedSpeaker(claim.source, move),
    attributionId: movedIdOrNull(claim.attributionId, move),
    quoteId: movedIdOrNull(claim.quoteId, move),
    contestedId: movedIdOrNull(claim.contestedId, move),
  }),
  contested: (group, move) => ({
    id: movedId(group.id, move),
    kind: group.kind,
    rule: group.rule,
    quantity: group.quantity,
    claimIds: movedIds(group.claimIds, move),
    spread: group.spread,
    disputes: group.disputes.map((dispute) => ({
      text: dispute.text,
      start: dispute.start + move.offset,
      end: dispute.end + move.offset,
      claimIds: movedIds(dispute.claimIds, move),
      rule: dispute.rule,
    })),
    sharedTerms: group.sharedTerms,
    reason: group.reason,
  }),
};

// The checks say whether an item is the old one moved without building the
// moved copy (encoding compares every kept item of a long article): each
// reads the fields its mover writes, and the delta test changes every field
// of every kind of item to prove none is missed. Offsets are compared where
// they are read, not in one helper: one property read that sees every kind
// of object is several times slower.

function sameId(old: string, now: string, move: Move): boolean {
  return movedId(old, move) === now;
}

function sameIdOrNull(old: string | null, now: string | null, move: Move): boolean {
  return old === null || now === null ? old === now : sameId(old, now, move);
}

function sameIds(old: readonly string[], now: readonly string[], move: Move): boolean {
  return old.length === now.length && old.every((id, i) => sameId(id, now[i]!, move));
}

function sameSpan(old: Span, now: Span, move: Move): boolean {
  return old.start + move.offset === now.start && old.end + move.offset === now.end;
}

function sameSpans(old: readonly Span[], now: readonly Span[], move: Move): boolean {
  return old.length === now.length && old.every((span, i) => sameSpan(span, now[i]!, move));
}

function sameSpeaker(old: Speaker | null, now: Speaker | null, move: Move): boolean {
  if (old === null || now === null) return old === now;
  return old.start + move.offset === now.start && old.end + move.offset === now.end && old.text === now.text && old.name === now.name && old.mention === now.mention && old.entity === now.entity;
}

const SAME_MOVED: { readonly [K in Lists]: (old: Analysis[K][number], now: Analysis[K][number], move: Move) => boolean } = {
  quotes: (old, now, move) =>
    old.start + move.offset === now.start &&
    old.end + move.offset === now.end &&
    sameId(old.id, now.id, move) &&
    old.text === now.text &&
    old.mark === now.mark &&
    old.closed === now.closed &&
    old.partial === now.partial &&
    (old.quotation === null || now.quotation === null ? old.quotation === now.quotation : sameId(old.quotation.id, now.quotation.id, move) && old.quotation.segment === now.quotation.segment) &&
    sameSpans(old.nested, now.nested, move) &&
    sameSpeaker(old.speaker, now.speaker, move) &&
    sameIdOrNull(old.attributionId, now.attributionId, move),
  attributions: (old, now, move) =>
    old.start + move.offset === now.start &&
    old.end + move.offset === now.end &&
    sameId(old.id, now.id, move) &&
    old.text === now.text &&
    old.cue.start + move.offset === now.cue.start &&
    old.cue.end + move.offset === now.cue.end &&
    old.cue.text === now.cue.text &&
    old.cue.kind === now.cue.kind &&
    sameSpeaker(old.speaker, now.speaker, move) &&
    sameSpans(old.content, now.content, move) &&
    old.kind === now.kind &&
    old.rule === now.rule &&
    old.sentence.start + move.offset === now.sentence.start &&
    old.sentence.end + move.offset === now.sentence.end &&
    sameIds(old.quoteIds, now.quoteIds, move),
  claims: (old, now, move) =>
    old.start + move.offset === now.start &&
    old.end + move.offset === now.end &&
    sameId(old.id, now.id, move) &&
    old.text === now.text &&
    Object.is(old.value, now.value) &&
    same(old.range, now.range) &&
    old.qualifier === now.qualifier &&
    old.unit === now.unit &&
    same(old.change, now.change) &&
    old.vague === now.vague &&
    old.counts === now.counts &&
    sameSpeaker(old.source, now.source, move) &&
    sameIdOrNull(old.attributionId, now.attributionId, move) &&
    sameIdOrNull(old.quoteId, now.quoteId, move) &&
    sameIdOrNull(old.contestedId, now.contestedId, move),
  contested: (old, now, move) =>
    sameId(old.id, now.id, move) &&
    old.kind === now.kind &&
    old.rule === now.rule &&
    old.quantity === now.quantity &&
    sameIds(old.claimIds, now.claimIds, move) &&
    same(old.spread, now.spread) &&
    old.disputes.length === now.disputes.length &&
    old.disputes.every((dispute, i) => {
      const other = now.disputes[i]!;
      return sameSpan(dispute, other, move) && dispute.text === other.text && dispute.rule === other.rule && sameIds(dispute.claimIds, other.claimIds, move);
    }) &&
    same(old.sharedTerms, now.sharedTerms) &&
    old.reason === now.reason,
};

/** Structural equality of two model values (plain data: objects, arrays, strings, numbers, booleans, null). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  let fields = 0;
  for (const key in a) {
    fields++;
    if (!(key in b) || !same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  // Every field of a is in b: the same number of fields means the same fields.
  for (const key in b) if (key !== undefined) fields--;
  return fields === 0;
}

function listDelta<K extends Lists>(list: K, before: Analysis, after: Analysis, move: Move): ListDelta<Analysis[K][number]> {
  const old: readonly Analysis[K][number][] = before[list];
  const now: readonly Analysis[K][number][] = after[list];
  const sameMoved = SAME_MOVED[list] as (old: Analysis[K][number], now: Analysis[K][number], move: Move) => boolean;
  const most = Math.min(old.length, now.length);
  let head = 0;
  while (head < most && same(old[head], now[head])) head++;
  let tail = 0;
  while (tail < most - head && sameMoved(old[old.length - 1 - tail]!, now[now.length - 1 - tail]!, move)) tail++;
  return { head, tail, middle: now.slice(head, now.length - tail) };
}

/** `after` as the difference from `before`. */
export function encodeDelta(before: Analysis, after: Analysis): AnalysisDelta {
  const move = moveOf(before, after);
  return {
    ...after,
    quotes: listDelta('quotes', before, after, move),
    attributions: listDelta('attributions', before, after, move),
    claims: listDelta('claims', before, after, move),
    contested: listDelta('contested', before, after, move),
  };
}

/** The analysis a delta encodes, from the `before` it was encoded against; the head's items are `before`'s own. */
export function decodeDelta(before: Analysis, delta: AnalysisDelta): Analysis {
  const sizes = { length: delta.length } as Record<string, unknown>;
  for (const list of LISTS) {
    const { head, tail, middle } = delta[list];
    if (head + tail > before[list].length) throw new Error(`the delta keeps ${head + tail} ${list} of ${before[list].length}`);
    sizes[list] = { length: head + middle.length + tail };
  }
  const move = moveOf(before, sizes as unknown as Pick<Analysis, 'length' | Lists>);
  const decoded = { ...delta } as Record<string, unknown>;
  for (const list of LISTS) {
    const { head, tail, middle } = delta[list];
    const old: readonly unknown[] = before[list];
    const mover = MOVERS[list] as (item: unknown, move: Move) => unknown;
    decoded[list] = [...old.slice(0, head), ...middle, ...old.slice(old.length - tail).map((item) => mover(item, move))];
  }
  return decoded as unknown as Analysis;
}

/** How many items a delta sends in full, of how many the analysis has (for logs and tests). */
export function deltaSize(delta: AnalysisDelta): { sent: number; total: number } {
  let sent = 0;
  let total = 0;
  for (const list of LISTS) {
    const { head, tail, middle } = delta[list];
    sent += middle.length;
    total += head + tail + middle.length;
  }
  return { sent, total };
}
