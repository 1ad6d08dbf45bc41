/**
 * Contested figures (`contested.md`): figures giving one quantity different
 * values, by different sources (the article counting as one), set against
 * each other by a revision ("Subsequent estimates put the figure closer to
 * 54,000"), or a figure the text disputes ("Kyiv disputes that figure").
 *
 * Stages: each figure's quantity (`quantity.ts`), figures that lack their own
 * words borrow them from a parallel figure, figures of one quantity are
 * clustered, dispute and revision phrases add their links (`disputes.ts`),
 * and a cluster whose values cannot all be true is a group (`values.ts`),
 * explained in words (`explain.ts`).
 */
import type { FoundClaim } from '../claims';
import type { ArticleDocument } from '../document';
import type { Claim, ContestedGroup } from '../model';
import type { CellContext } from '../tables';
import { BLOCK_PHRASES, findDisputes, type BlockDisputePhrases, type FoundDispute } from './disputes';
import { labelOf, reasonFor, sharedTerms } from './explain';
import { couldBeSame, isDown, isPlace, nameKey, pronounOnly, quantityOf, sameQuantity, type Quantity } from './quantity';
import { bounds, differ, incompatible, spreadOf } from './values';

export { spreadOf } from './values';
export { pruneContested } from './prune';

/** Reads a figure's quantity: `quantityOf`, or a result kept while the figure's block and words stay (`incremental.ts`). */
export type Quantify = typeof quantityOf;

export type { BlockDisputePhrases } from './disputes';

/** The parts that read one figure or one block alone, which `incremental.ts` hands in with kept results. */
export interface ContestedStages {
  readonly quantity: Quantify;
  readonly disputePhrases: BlockDisputePhrases;
}

const READ_AFRESH: ContestedStages = { quantity: quantityOf, disputePhrases: BLOCK_PHRASES };

export function findContested(doc: ArticleDocument, drafts: readonly FoundClaim[], claims: readonly Claim[], cells: ReadonlyMap<number, CellContext>, stages: ContestedStages = READ_AFRESH): ContestedGroup[] {
  const quantify = stages.quantity;
  // Bodies that speak in the article ("Forbes") are not whose a figure is; countries may be both.
  const sourceNames = new Set<string>();
  for (const c of claims) {
    if (!c.source || c.source.entity === 'person') continue;
    const key = nameKey(c.source.name);
    if (!isPlace(key)) sourceNames.add(key);
  }
  const quantities = drafts.map((draft, i) => quantify(doc, draft, claims[i]!, sourceNames));
  const voices = creditedVoices(claims, quantities, sourceNames);
  borrowParagraphTopic(drafts, quantities);
  const references = borrowFromParallels(doc, drafts, quantities);
  const signed = claims.map((claim, i) => (claim.value !== null && quantities[i]?.kind === 'change' && isDown(doc, drafts[i]!, claim) ? -claim.value : claim.value));
  const unitOf = (i: number) => quantities[i]?.unitClass ?? claims[i]!.unit ?? 'count';
  const differing = ([a, b]: readonly [number, number]) => !!quantities[a] && !!quantities[b] && differ(claims[a]!, claims[b]!, signed[a]!, signed[b]!);
  // A phrase with other uses ("in fact, …") sets one figure against another only when the two could be one quantity.
  const sameAnswer = ([a, b]: readonly [number, number]) => differing([a, b]) && couldBeSame(quantities[a]!, quantities[b]!);
  const disputes = findDisputes(doc, drafts, claims.map((c) => c.id), unitOf, stages.disputePhrases).filter((d) => !d.loose || d.links.some(sameAnswer));

  const sets = new UnionFind(claims.length);
  clusterByQuantity(quantities, sets);
  for (const [a, b] of references) sets.union(a, b);
  // Figures in one table column under a header measure the same thing.
  const columns = new Map<string, number>();
  drafts.forEach((draft, i) => {
    const cell = cells.get(draft.block);
    if (!cell?.header || !quantities[i]) return;
    const first = columns.get(cell.columnKey);
    if (first === undefined) columns.set(cell.columnKey, i);
    else sets.union(first, i);
  });
  // One source giving one value for one thing twice (in the text and again in a table) states one figure.
  const restated = new Map<string, number>();
  claims.forEach((claim, i) => {
    const q = quantities[i];
    if (!q?.head || !claim.source || claim.value === null) return;
    const key = restatedKey(q.head, q.unitClass, claim.source.name.toLowerCase(), claim.value);
    const first = restated.get(key);
    if (first === undefined) restated.set(key, i);
    else sets.union(first, i);
  });
  const linked: Array<readonly [number, number]> = [];
  for (const dispute of disputes) {
    for (const link of dispute.links) {
      if (!(dispute.loose ? sameAnswer(link) : differing(link))) continue;
      sets.union(link[0], link[1]);
      linked.push(link);
    }
  }

  // A figure the text disputes or corrects is a member even when it gives no quantity to compare ("not in one year").
  const disputedIds = new Set(disputes.filter((d) => d.direct).flatMap((d) => d.claimIds));
  const members = new Map<number, number[]>();
  claims.forEach((claim, i) => {
    if (quantities[i] || disputedIds.has(claim.id)) push(members, sets.find(i), i);
  });
  const disputesByClaim = new Map<string, FoundDispute[]>();
  for (const d of disputes) for (const id of d.claimIds) push(disputesByClaim, id, d);
  const linkedRoots = new Set(linked.map(([a]) => sets.find(a)));

  const groups: ContestedGroup[] = [];
  for (const indices of [...members.values()].sort((x, y) => x[0]! - y[0]!)) {
    const groupClaims = indices.map((i) => claims[i]!);
    // Most clusters are no group and have no dispute: what only a group needs is made after the checks.
    const bearing = groupClaims.flatMap((c) => disputesByClaim.get(c.id) ?? []);
    const cues = bearing.length === 0 ? bearing : [...new Set(bearing)].sort((x, y) => x.start - y.start);
    // "seven polls" and "nine samples", "two deputy chiefs" and "three counselors": counts of ten or less
    // share too little to be set against each other on their words alone.
    const smallCounts = indices.every((i) => quantities[i]?.unitClass === 'count' && claims[i]!.value !== null && Math.abs(claims[i]!.value!) <= 10);
    const conflict = !smallCounts && conflictingSources(indices, claims, voices, signed);
    const revised = linkedRoots.has(sets.find(indices[0]!));
    const disputed = cues.some((d) => d.direct);
    const twoValues = !conflict && !revised && !disputed && sameVoiceTwoValues(indices, claims, quantities, voices, signed);
    if (!conflict && !revised && !disputed && !twoValues) continue;
    // "a dozen emails … two sent to Powell and 10 to Rice's aides": a total and its parts agree.
    if (!disputed && !revised && isTotalOfParts(indices, claims, voices, drafts)) continue;
    const ids = new Set(groupClaims.map((c) => c.id));
    const groupQuantities = indices.flatMap((i) => quantities[i] ?? []);
    groups.push({
      id: `g${groups.length + 1}`,
      kind: disputed && !conflict ? 'disputed' : conflict ? 'sources' : 'same-voice',
      rule: disputed && !conflict ? cues.find((d) => d.direct)!.rule : conflict ? 'group.sources-differ' : twoValues ? 'group.same-voice' : cues.find((d) => d.links.length > 0)?.rule ?? 'group.revised',
      quantity: labelOf(groupQuantities, groupClaims),
      claimIds: groupClaims.map((c) => c.id),
      spread: spreadOf(groupClaims),
      disputes: cues.map(({ direct: _direct, links: _links, loose: _loose, ...cue }) => ({ ...cue, claimIds: cue.claimIds.filter((id) => ids.has(id)) })),
      sharedTerms: sharedTerms(groupQuantities),
      reason: reasonFor(groupClaims, conflict || revised || twoValues, cues),
    });
  }
  return groups;
}

/**
 * Who vouches for each figure, for telling sources apart: its source, or the
 * body a possessive credits it to when that body speaks in the article
 * ("more than 2,400 billionaires, compared with Forbes's 1,864": Forbes's
 * count, not whose billionaires they are). Such a figure's `whose` is cleared.
 */
function creditedVoices(claims: readonly Claim[], quantities: Array<Quantity | null>, sourceNames: ReadonlySet<string>): string[] {
  return claims.map((claim, i) => {
    const own = (claim.source?.name ?? '').toLowerCase();
    const q = quantities[i];
    if (!q?.whose || !sourceNames.has(q.whose) || (claim.source && nameKey(claim.source.name) === q.whose)) return own;
    quantities[i] = { ...q, whose: null, words: { ...q.words, whose: null } };
    return q.whose;
  });
}

/**
 * A count that says whose or where and no word of what ("Wealth-X tallies 585 in the
 * United States to China's 260") counts what the paragraph's last counted
 * figure counts ("… had 568 billionaires to America's 535").
 */
function borrowParagraphTopic(drafts: readonly FoundClaim[], quantities: Array<Quantity | null>): void {
  let topic: Quantity | null = null;
  for (let i = 0; i < drafts.length; i++) {
    const q = quantities[i];
    if (!q || q.unitClass !== 'count' || q.kind !== 'level') continue;
    if (i > 0 && drafts[i]!.block !== drafts[i - 1]!.block) topic = null;
    if (q.head !== null) topic = q;
    else if (topic && q.words.counted === null && (q.whose !== null || q.place !== null)) quantities[i] = { ...q, head: topic.head, modifiers: topic.modifiers, subject: topic.subject, words: { ...q.words, counted: topic.words.counted } };
  }
}

/**
 * A figure that names neither what nor whose borrows them from the figure
 * before it in the same sentence ("China had 568 billionaires to America's
 * 535"), or, when its clause names someone only by a pronoun ("Bloomberg
 * pegged him at $2.9 billion"), from the figure of the same unit just before.
 * A referring noun ("Police put the number at about 8,000") also joins that
 * figure's group: the pairs are returned.
 */
function borrowFromParallels(doc: ArticleDocument, drafts: readonly FoundClaim[], quantities: Array<Quantity | null>): Array<[number, number]> {
  const references: Array<[number, number]> = [];
  for (let i = 1; i < drafts.length; i++) {
    const q = quantities[i];
    if (!q || (!q.anaphoric && q.head !== null && (q.whose !== null || q.subject !== null))) continue;
    for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
      const p = quantities[j];
      const sameSentence = drafts[j]!.sentence === drafts[i]!.sentence;
      if (!p || p.unitClass !== q.unitClass || p.kind !== q.kind) continue;
      const near = drafts[i]!.block - drafts[j]!.block <= 1;
      // "Police put the number at about 8,000": a referring noun takes the quantity of the figure before it.
      const refersBack = q.anaphoric && near && (p.head !== null || p.whose !== null);
      // "38 people had died and 112 were missing … put the toll at more than 140": a referring noun that says what it counts refers to the figure of that.
      if (refersBack && q.head !== null && p.head !== null && q.head !== p.head) continue;
      if (!sameSentence && !refersBack && !(q.whose === null && near && p.whose !== null && pronounOnly(doc, drafts[i]!))) continue;
      if (q.head !== null && p.head !== null && q.head !== p.head && !refersBack) break;
      // "about 5,500 troops" counts troops: a figure that names who it counts keeps its own words of what.
      const ownWords = q.head !== null || q.subject !== null;
      quantities[i] = {
        ...q,
        whose: q.whose ?? p.whose,
        head: ownWords ? q.head : p.head,
        modifiers: ownWords ? q.modifiers : p.modifiers,
        subject: q.subject ?? p.subject,
        // "585 in the United States to China's 260": a figure whose country is named is not in the other's place.
        place: q.place ?? (q.whose !== null && isPlace(q.whose) ? null : p.place),
        period: q.period ?? (refersBack ? p.period : null),
        words: { whose: q.words.whose ?? p.words.whose, counted: q.words.counted ?? p.words.counted },
      };
      if (refersBack) references.push([j, i]);
      break;
    }
  }
  return references;
}

/**
 * Figures of one quantity in one cluster. Each cluster keeps the parts its
 * figures agree on, and is indexed by whose and what it is, so a figure is
 * compared with a few clusters, not with every figure: a long live blog costs
 * about as much per figure as a short article.
 */
function clusterByQuantity(quantities: ReadonlyArray<Quantity | null>, sets: UnionFind): void {
  interface Cluster {
    /** The cluster's own copy, widened in place as figures join. */
    readonly profile: Profile;
    readonly first: number;
  }
  const index = new Map<string, Cluster[]>();
  const keysOf = (q: Quantity): string[] => {
    const keys: string[] = [];
    if (q.whose) keys.push(`w:${q.unitClass}:${q.kind}:${q.whose}`);
    if (q.head) keys.push(`h:${q.unitClass}:${q.kind}:${q.head}`);
    return keys;
  };
  // The first of the last few clusters under each key, in key order, that gives the same quantity.
  const homeOf = (q: Quantity, keys: readonly string[]): Cluster | undefined => {
    for (const k of keys) {
      const list = index.get(k);
      if (!list) continue;
      for (let j = Math.max(0, list.length - 8); j < list.length; j++) if (sameQuantity(list[j]!.profile, q)) return list[j];
    }
    return undefined;
  };
  quantities.forEach((q, i) => {
    if (!q) return;
    const keys = keysOf(q);
    if (keys.length === 0) return;
    const home = homeOf(q, keys);
    if (home) {
      sets.union(home.first, i);
      const { whose, head } = home.profile;
      widen(home.profile, q);
      // Keys come only from whose and what: a profile that gained neither is indexed as it was.
      if (home.profile.whose !== whose || home.profile.head !== head) {
        const before = keysOf({ ...home.profile, whose, head });
        for (const k of keysOf(home.profile)) if (!before.includes(k)) push(index, k, home);
      }
      return;
    }
    const cluster = { profile: { ...q, words: { ...q.words } }, first: i };
    for (const k of keys) push(index, k, cluster);
  });
}

type Profile = { -readonly [K in keyof Quantity]: Quantity[K] } & { words: { whose: string | null; counted: string | null } };

/** Widens a cluster's profile by a figure that joins it: what any of its figures says, where the others are silent. */
function widen(a: Profile, b: Quantity): void {
  a.head ??= b.head;
  if (a.modifiers.length < b.modifiers.length) a.modifiers = b.modifiers;
  a.subject ??= b.subject;
  a.whose ??= b.whose;
  a.place ??= b.place;
  a.period ??= b.period;
  a.race ??= b.race;
  a.matchup ??= b.matchup;
  a.population ??= b.population;
  a.block = b.block;
  a.words.whose ??= b.words.whose;
  a.words.counted ??= b.words.counted;
}

/**
 * Two sources (the article counting as one) give values that cannot both be
 * right. Linear: each source is summed up by the tightest bounds it gives,
 * and ranges are compared end to end.
 */
function conflictingSources(indices: readonly number[], claims: readonly Claim[], voices: readonly string[], signed: ReadonlyArray<number | null>): boolean {
  const perSource = new Map<string, { low: number; high: number; range: Claim | null }>();
  for (const i of indices) {
    const claim = claims[i]!;
    // "thousands" beside "4,200" is not set against it unless a phrase does (`contested.md`).
    if (claim.vague) continue;
    const [low, high] = bounds(claim, signed[i]!);
    const key = voices[i]!;
    const seen = perSource.get(key);
    if (!seen) perSource.set(key, { low, high, range: claim.range ? claim : null });
    else {
      seen.low = Math.max(seen.low, low);
      seen.high = Math.min(seen.high, high);
      seen.range ??= claim.range ? claim : null;
    }
  }
  const sources = [...perSource.values()];
  if (sources.length < 2) return false;
  const ranges = sources.filter((s) => s.range);
  if (ranges.length >= 2 && ranges.some((r) => ranges.some((o) => o !== r && differ(r.range!, o.range!, null, null)))) return true;
  const byHigh = [...sources].sort((a, b) => a.high - b.high);
  return byHigh.some((a) => {
    const other = a === byHigh[0] ? byHigh[1]! : byHigh[0]!;
    return incompatible([a.low, a.high], [other.low, other.high]);
  });
}

/**
 * One voice gives one quantity two values that cannot both be true ("27
 * companies reported 16,389 total subsidiaries to the Federal Reserve, while
 * only reporting 2,279 total subsidiaries to the S.E.C."). Only when both
 * figures say what they count in the same words, two or more, in one
 * paragraph: a voice's figures that share less are more often a total and its
 * part, or a state's count and the running total, than two values of one thing.
 */
function sameVoiceTwoValues(indices: readonly number[], claims: readonly Claim[], quantities: ReadonlyArray<Quantity | null>, voices: readonly string[], signed: ReadonlyArray<number | null>): boolean {
  const byVoice = new Map<string, number[]>();
  for (const i of indices) {
    const q = quantities[i];
    const written = claims[i]!.counts;
    // One word ("delegates") is said of a state's share, a running total and a goal alike; "total subsidiaries" names one thing.
    if (q?.head && written && /\s/.test(written.trim()) && !claims[i]!.vague) push(byVoice, `${voices[i]}\u0000${q.block}\u0000${written.toLowerCase()}`, i);
  }
  for (const same of byVoice.values()) {
    for (let k = 1; k < same.length; k++) {
      const [a, b] = [same[k - 1]!, same[k]!];
      if (incompatible(bounds(claims[a]!, signed[a]!), bounds(claims[b]!, signed[b]!))) return true;
    }
  }
  return false;
}

/**
 * One voice, in one paragraph or the next, gives a figure that is the sum of
 * its other different figures (read to 1%): a total and its parts, not rival
 * values. Figures of several voices that happen to add up still conflict.
 */
function isTotalOfParts(indices: readonly number[], claims: readonly Claim[], voices: readonly string[], drafts: readonly FoundClaim[]): boolean {
  if (new Set(indices.map((i) => voices[i])).size !== 1) return false;
  const blocks = indices.map((i) => drafts[i]!.block);
  if (Math.max(...blocks) - Math.min(...blocks) > 1) return false;
  const values = [...new Set(indices.map((i) => (claims[i]!.range ? null : claims[i]!.value)))];
  if (values.length < 3 || values.some((v) => v === null || v <= 0)) return false;
  const sum = (values as number[]).reduce((a, b) => a + b, 0);
  return (values as number[]).some((v) => Math.abs(sum - v - v) <= v * 0.01);
}

/** One key per head, unit, voice and value, each text prefixed by its length so that no two differ only in where one ends. */
function restatedKey(head: string, unitClass: string, voice: string, value: number): string {
  return `${head.length}:${head}${unitClass.length}:${unitClass}${voice.length}:${voice}${JSON.stringify(value)}`;
}

class UnionFind {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[i] !== root) {
      const next = this.parent[i]!;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    this.parent[this.find(b)] = this.find(a);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
