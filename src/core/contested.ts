/**
 * Contested figures: one quantity reported with different values by different
 * sources ("Russia says 498 of its troops died; Ukrainian officials say nearly
 * 6,000"), or a figure the text itself disputes ("Kyiv disputes that figure").
 *
 * Each claim gets a quantity key: what happened (dead, injured, detained, …),
 * to whom (troops, civilians, people, …), whose (Russia, Ukraine, …) and over
 * what window (one day, or a running total). Two claims measure the same
 * quantity when the keys agree where both are known and share at least one
 * known term, so "141 member states voted" and "35 nations abstained" stay apart.
 */
import type { FoundClaim } from './claims';
import { sentenceAt, type ArticleDocument } from './document';
import { DEMONYMS } from './lexicon';
import type { Claim, ContestedGroup, DisputeCue } from './model';
import type { CellContext } from './tables';

interface Quantity {
  readonly measure: string | null;
  readonly subject: string | null;
  readonly owner: string | null;
  readonly window: 'day' | 'total' | null;
  /** "the toll", "the true figure": refers back to a figure given just before. */
  readonly anaphoric: boolean;
  /** Index of the claim it refers back to, once linked. */
  readonly refersTo: number | null;
  /** The words as written, for the label: "workers", "joined". */
  readonly subjectWord: string | null;
  readonly measureWord: string | null;
}

/** What happened to what is counted, normalised: "killed", "died", "dead" are one measure. */
const MEASURES: ReadonlyArray<[RegExp, string]> = [
  [/^(?:killed|died|dead|deaths?|death|fatalities|slain|perished|lives|toll|casualties)$/, 'dead'],
  [/^(?:wounded|injured|hurt|injuries)$/, 'injured'],
  [/^(?:arrested|detained|held|jailed|arrests|detentions|detainees|imprisoned)$/, 'detained'],
  [/^(?:fled|displaced|refugees|evacuated|evacuees)$/, 'displaced'],
  [/^(?:missing|disappeared)$/, 'missing'],
  [/^(?:abstained|abstentions)$/, 'abstained'],
  [/^(?:voted|votes)$/, 'voted'],
  [/^(?:attended|protested|marched|gathered|rallied|joined|struck|striking|stopped|walked|protesters|demonstrators|crowd|turnout)$/, 'turnout'],
  [/^(?:infected|cases|tested)$/, 'infected'],
  [/^(?:spent|cost|costs|budget|funding|funds|paid)$/, 'spent'],
];

/** Who is counted, normalised: "soldiers" and "troops" are one subject. */
const SUBJECTS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:troops?|soldiers?|servicem[ae]n|fighters?|combatants?|personnel)$/, 'troops'],
  [/^(?:civilians?|non-combatants?)$/, 'civilians'],
  [/^(?:people|persons?|residents?|individuals?|citizens?|inhabitants)$/, 'people'],
  [/^(?:children|kids|minors|teenagers?|students?)$/, 'children'],
  [/^(?:nations?|countries|country|states?|members?)$/, 'countries'],
  [/^(?:homes?|houses?|buildings?|dwellings?)$/, 'homes'],
  [/^(?:villages?|towns?|cities|city|communities)$/, 'places'],
  [/^(?:protesters?|demonstrators?|marchers?)$/, 'protesters'],
  [/^(?:journalists?|reporters?)$/, 'journalists'],
];

const REFERRING_NOUN = /^(?:figure|number|numbers|toll|total|tally|count|estimate|estimates|figures)$/;
// The window a count covers, read in its clause after the figure ("411 arrested … on Monday",
// "6,400 detained since Feb. 24"), or from "the total" before it. A weekday before the figure
// ("said Wednesday it had confirmed that 227 …") dates the statement, not the count.
const DAY_WINDOW = /\b(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|overnight)\b|\blast\s+night\b|\bin\s+(?:a|one)\s+(?:day|night)\b|\ba\s+day\b/i;
const TOTAL_WINDOW = /\b(?:since|so\s+far|in\s+total|in\s+all|to\s+date|overall|cumulative|altogether|over\s+the\s+past|(?:in|during)\s+(?:just\s+)?the\s+first)\b/i;
const TOTAL_BEFORE = /\b(?:total|cumulative|overall)\b/i;
// "it has suffered casualties", "they lost 40 soldiers", "its own dead": the source counts its own losses.
const OWN_LOSSES = /\b(?:(?:it|they|we)\s+(?:has\s+|have\s+|had\s+)?(?:suffered|lost)|its\s+own|their\s+own|of\s+its|of\s+their)\b/i;

/** Whether a sentence says its source counts its own losses; read once per sentence, not once per figure in it. */
const ownLossesBySentence = new WeakMap<object, boolean>();
function ownLossesIn(key: object, sentence: string): boolean {
  let known = ownLossesBySentence.get(key);
  if (known === undefined) ownLossesBySentence.set(key, (known = OWN_LOSSES.test(sentence)));
  return known;
}

/** Phrases that cast doubt on a figure. `direct` ones make a figure contested on their own. Global: searched with exec. */
const DISPUTES: ReadonlyArray<{ pattern: RegExp; direct: boolean }> = [
  { pattern: /\b(?:disputes?|disputed|disputing|rejects?|rejected|denies|denied|contests?|contested|challenges?|challenged|questions?|questioned)\s+(?:that|this|the|those|these|its|their)\s+(?:figures?|numbers?|counts?|tolls?|tall(?:y|ies)|estimates?|totals?|claims?)\b/gi, direct: true },
  { pattern: /\b(?:a|the)\s+(?:figures?|numbers?|counts?|estimates?)\s+(?:that\s+)?(?:the\s+)?[\p{L}’' -]{0,40}?\s(?:disputes|disputed|rejects|rejected|denies|denied|contests|contested)\b/giu, direct: true },
  { pattern: /\bthe\s+(?:true|real|actual)\s+(?:figure|number|toll|count|total)\b/gi, direct: true },
  { pattern: /\b(?:numbers?|figures?|counts?|tolls?|estimates?|claims?)\s+(?:were|was|are|is)\s+(?:suspect|inflated|exaggerated|overstated|understated|wrong|false|misleading)\b/gi, direct: true },
  { pattern: /\b(?:inflated|exaggerated|overstated|understated|undercounted|overcounted|an?\s+undercount|an?\s+overcount)\b/gi, direct: true },
  { pattern: /\bcould\s+not\s+(?:be\s+)?(?:independently\s+)?(?:verified|confirmed)\b|\bcannot\s+be\s+(?:independently\s+)?verified\b/gi, direct: false },
  { pattern: /\bestimates\s+vary\b|\bvarying\s+estimates\b/gi, direct: false },
];

const DISPUTE_HINT = /disput|reject|den(?:y|ies|ied)|contest|challeng|question|true|real|actual|suspect|inflat|exaggerat|overstat|understat|undercount|overcount|verif|confirm|vary|varying|wrong|false|misleading/i;

export function findContested(doc: ArticleDocument, drafts: readonly FoundClaim[], claims: readonly Claim[], cells: ReadonlyMap<number, CellContext>): ContestedGroup[] {
  const keys = drafts.map((draft, i) => quantityOf(doc, draft, claims[i]!));
  linkReferences(drafts, keys);
  const disputes = findDisputes(doc, drafts, claims);

  // Union claims that measure the same quantity. Claims with the same key share a
  // bucket and buckets are compared pairwise: there are few distinct keys, so a
  // long live blog costs about as much per claim as a short article.
  const parent = claims.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (i: number, j: number): void => {
    parent[find(j)] = find(i);
  };
  const buckets = new Map<string, number[]>();
  claims.forEach((claim, i) => {
    if (!isMeasurable(claim)) return;
    const key = bucketKey(keys[i]!, claim);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(i);
    else buckets.set(key, [i]);
  });
  const representatives = [...buckets.values()];
  for (const bucket of representatives) {
    const first = bucket[0]!;
    if (sameQuantity(keys[first]!, keys[first]!, claims[first]!, claims[first]!)) for (const i of bucket) union(first, i);
  }
  for (let a = 0; a < representatives.length; a++) {
    for (let b = a + 1; b < representatives.length; b++) {
      const i = representatives[a]![0]!;
      const j = representatives[b]![0]!;
      if (sameQuantity(keys[i]!, keys[j]!, claims[i]!, claims[j]!)) union(i, j);
    }
  }
  keys.forEach((key, i) => {
    if (key.refersTo !== null && isMeasurable(claims[i]!) && isMeasurable(claims[key.refersTo]!)) union(key.refersTo, i);
  });
  // One source giving one value for one measure twice (in the text and again in a table) states one figure.
  const restated = new Map<string, number>();
  claims.forEach((claim, i) => {
    const key = keys[i]!;
    if (!key.measure || !claim.source || claim.value === null || !isMeasurable(claim)) return;
    const id = [key.measure, claim.source.name.toLowerCase(), claim.value, claim.unit].join('\u0000');
    const first = restated.get(id);
    if (first === undefined) restated.set(id, i);
    else union(first, i);
  });
  // Figures in one table column under a header measure the same thing.
  const columns = new Map<string, number>();
  drafts.forEach((draft, i) => {
    const cell = cells.get(draft.block);
    if (!cell?.header || !isMeasurable(claims[i]!)) return;
    const first = columns.get(cell.columnKey);
    if (first === undefined) columns.set(cell.columnKey, i);
    else union(first, i);
  });
  const members = new Map<number, number[]>();
  claims.forEach((claim, i) => {
    if (!isMeasurable(claim)) return;
    const root = find(i);
    const list = members.get(root);
    if (list) list.push(i);
    else members.set(root, [i]);
  });
  const disputesByClaim = new Map<string, FoundDispute[]>();
  for (const d of disputes) for (const id of d.claimIds) pushTo(disputesByClaim, id, d);

  const groups: ContestedGroup[] = [];
  for (const indices of [...members.values()].sort((x, y) => x[0]! - y[0]!)) {
    const groupClaims = indices.map((i) => claims[i]!);
    const ids = new Set(groupClaims.map((c) => c.id));
    const cues = [...new Set(groupClaims.flatMap((c) => disputesByClaim.get(c.id) ?? []))].sort((x, y) => x.start - y.start);
    const conflict = conflictingSources(groupClaims);
    const directlyDisputed = cues.some((d) => d.direct);
    if (!conflict && !directlyDisputed) continue;
    const groupKeys = indices.map((i) => keys[i]!);
    groups.push({
      id: `g${groups.length + 1}`,
      quantity: label(groupKeys, groupClaims),
      claimIds: groupClaims.map((c) => c.id),
      spread: spreadOf(groupClaims),
      disputes: cues.map(({ direct: _direct, ...cue }) => ({ ...cue, claimIds: cue.claimIds.filter((id) => ids.has(id)) })),
      sharedTerms: sharedTerms(groupKeys),
      reason: reasonFor(groupClaims, conflict, cues),
    });
  }
  return groups;
}

/** Claims with equal keys (and units, a vague amount fitting any) measure alike. */
function bucketKey(key: Quantity, claim: Claim): string {
  return [key.measure, key.subject, key.owner, key.window, claim.vague ? '*' : claim.unit].join('\u0000');
}

function isMeasurable(claim: Claim): boolean {
  // Ages and fractions of a whole are facts about one thing, not counts to compare.
  return claim.unit !== 'year' && claim.unit !== 'fraction' && claim.unit !== 'old';
}

function quantityOf(doc: ArticleDocument, draft: FoundClaim, claim: Claim): Quantity {
  const info = doc.blocks[draft.block]!;
  const sentence = info.block.text.slice(draft.sentence.start, draft.sentence.end);
  const figureAt = draft.figure.start - draft.sentence.start;
  const before = sentence.slice(Math.max(0, draft.start - info.block.start - draft.sentence.start - 60), draft.start - info.block.start - draft.sentence.start);
  // "the new bridge cost $40 million": with nothing counted after it, what it measures stands before it.
  const counted = claim.counts ?? leadingWords(before);
  const words = counted.toLowerCase().replace(/’/g, "'").split(/\s+/).filter(Boolean);
  let measure: string | null = null;
  let subject: string | null = null;
  let owner: string | null = null;
  let headNoun: string | null = null;
  let subjectWord: string | null = null;
  let measureWord: string | null = null;
  for (const raw of words) {
    const word = raw.replace(/'s$/, '');
    const m = classify(MEASURES, word);
    const s = classify(SUBJECTS, word);
    const o = DEMONYMS.get(word) ?? DEMONYMS.get(word.replace(/s$/, '')) ?? null;
    // The verb reads best in a label: "protesters marched", not "protesters protesters".
    if (m && (!measure || (/ed$/.test(word) && m === measure))) measureWord = word;
    if (s && !subject) subjectWord = word;
    measure ??= m;
    subject ??= s;
    owner ??= o;
    if (!m && !s && !o && !REFERRING_NOUN.test(word) && /^[a-z-]{3,}$/.test(word) && !STOP.has(word)) {
      headNoun = word.replace(/(?<=[^s])s$/, '');
      if (!subject) subjectWord = word;
    }
  }
  subject ??= headNoun;
  const after = clauseAfter(sentence.slice(draft.figure.end - draft.sentence.start, draft.figure.end - draft.sentence.start + 80));
  // "voted for" and "voted against" are two quantities.
  if (measure === 'voted') {
    const direction = /^\s*[\p{L}\s]{0,30}?\b(for|against|in favou?r)\b/iu.exec(sentence.slice(figureAt));
    if (direction) measure = /against/i.test(direction[1]!) ? 'voted against' : 'voted for';
  }
  // "Russia acknowledged … it has suffered casualties …, putting the number killed at 498": the source's own losses.
  if (!owner && claim.source && ownLossesIn(draft.sentence, sentence)) owner = ownerOf(claim.source.name) ?? `${SOURCE_OWNER}${claim.source.name.toLowerCase()}`;
  const last = words[words.length - 1] ?? '';
  const anaphoric = REFERRING_NOUN.test(last) || REFERRING_NOUN.test(words[0] ?? '');
  const window = TOTAL_WINDOW.test(after) || TOTAL_BEFORE.test(before) ? 'total' : DAY_WINDOW.test(after) ? 'day' : null;
  return { measure, subject, owner, window, anaphoric, refersTo: null, subjectWord, measureWord };
}

/** Marks an owner taken from a source that is not a country: used to match, never shown. */
const SOURCE_OWNER = 'source:';

const STOP = new Set(['the', 'and', 'more', 'new', 'than', 'were', 'was', 'have', 'has', 'had', 'been', 'that', 'this', 'its', 'their', 'his', 'her', 'some', 'other', 'about', 'nearly', 'almost', 'says', 'said', 'put', 'putting', 'at', 'to', 'of', 'in', 'on', 'for', 'by', 'with', 'from', 'also', 'only', 'just', 'least', 'most', 'still', 'already']);

/** The last few words before a figure, minus the preposition that introduces it: "bridge cost", "the number of protesters". */
function leadingWords(before: string): string {
  const clause = before.split(/[,;:()“”"]/).pop() ?? '';
  return clause.replace(/\b(?:at|to|of|was|is|were|are|by|reached|hit|totaled|totalled|stood)\s*$/i, '').trim().split(/\s+/).slice(-3).join(' ');
}

/** The rest of a figure's clause: up to a semicolon, a dash or a new clause ("…, and", "…, though"). */
function clauseAfter(text: string): string {
  const end = text.search(/[;—]|,\s+(?:and|but|though|while|which|bringing|according)\b/);
  return end < 0 ? text : text.slice(0, end);
}

// Words repeat across claims and articles: remember each word's class (bounded, so a long session stays small).
const classified = new Map<ReadonlyArray<[RegExp, string]>, Map<string, string | null>>();

function classify(table: ReadonlyArray<[RegExp, string]>, word: string): string | null {
  let memo = classified.get(table);
  if (!memo) classified.set(table, (memo = new Map()));
  const known = memo.get(word);
  if (known !== undefined) return known;
  let found: string | null = null;
  for (const [pattern, name] of table) {
    if (pattern.test(word)) {
      found = name;
      break;
    }
  }
  if (memo.size > 20000) memo.clear();
  memo.set(word, found);
  return found;
}

function ownerOf(name: string): string | null {
  for (const word of name.toLowerCase().replace(/’/g, "'").split(/\s+/)) {
    const bare = word.replace(/'s$/, '');
    const country = DEMONYMS.get(bare) ?? (Array.from(DEMONYMS.values()).includes(bare) ? bare : undefined);
    if (country) return country;
  }
  return null;
}

/**
 * "Ukrainian officials say the true figure is in the thousands", "the Red Cross
 * put the toll at more than 140": a referring noun takes the quantity of the
 * figure just before it (same or previous paragraph).
 */
function linkReferences(drafts: readonly FoundClaim[], keys: Quantity[]): void {
  for (let i = 1; i < drafts.length; i++) {
    const key = keys[i]!;
    if (!key.anaphoric) continue;
    for (let j = i - 1; j >= 0 && drafts[i]!.block - drafts[j]!.block <= 1; j--) {
      const before = keys[j]!;
      if (before.anaphoric || (!before.measure && !before.subject)) continue;
      if (key.measure && before.measure && key.measure !== before.measure) continue;
      keys[i] = {
        ...key,
        measure: key.measure ?? before.measure,
        subject: key.subject ?? before.subject,
        owner: key.owner ?? before.owner,
        window: key.window ?? before.window,
        subjectWord: key.subjectWord ?? before.subjectWord,
        measureWord: key.measureWord ?? before.measureWord,
        anaphoric: true,
        refersTo: j,
      };
      break;
    }
  }
}

function sameQuantity(a: Quantity, b: Quantity, ca: Claim, cb: Claim): boolean {
  if ((ca.unit ?? null) !== (cb.unit ?? null) && !(ca.vague || cb.vague)) return false;
  // Without a measure ("two countries", "141 member states") there is too little to call it one quantity.
  if (a.measure === null || a.measure !== b.measure) return false;
  if (a.subject && b.subject && a.subject !== b.subject) return false;
  if (a.owner && b.owner && a.owner !== b.owner) return false;
  if (a.window && b.window && a.window !== b.window) return false;
  const shared = (a.subject !== null && a.subject === b.subject) || (a.owner !== null && a.owner === b.owner);
  return shared;
}

/**
 * Two sources (the article counts as one) give values that cannot both be
 * right: one source's lowest possible figure is above another's highest
 * (5% slack). Linear: each source is summed up by its extremes.
 */
function conflictingSources(claims: readonly Claim[]): boolean {
  const perSource = new Map<string, { maxLow: number; minHigh: number }>();
  for (const claim of claims) {
    const [low, high] = bounds(claim);
    const key = sourceKey(claim);
    const seen = perSource.get(key);
    if (!seen) perSource.set(key, { maxLow: low, minHigh: high });
    else {
      seen.maxLow = Math.max(seen.maxLow, low);
      seen.minHigh = Math.min(seen.minHigh, high);
    }
  }
  if (perSource.size < 2) return false;
  const byHigh = [...perSource.values()].sort((a, b) => a.minHigh - b.minHigh);
  return byHigh.some((a) => {
    const other = a === byHigh[0] ? byHigh[1]! : byHigh[0]!;
    return a.maxLow > other.minHigh * 1.05;
  });
}

function sourceKey(claim: Claim): string {
  return (claim.source?.name ?? '').toLowerCase();
}

function bounds(claim: Claim): [number, number] {
  if (claim.range) return [claim.range.low, claim.range.high];
  if (claim.value !== null) {
    const q = claim.qualifier ?? '';
    if (/more than|over|at least|upwards? of|in excess of/.test(q)) return [claim.value, claim.value * 1.5];
    if (/fewer than|less than|under|up to|at most|nearly|almost|close to/.test(q)) return [claim.value * 0.7, claim.value];
    if (/about|around|roughly|approximately|some|estimated/.test(q)) return [claim.value * 0.9, claim.value * 1.1];
    return [claim.value, claim.value];
  }
  // "thousands": at least a thousand, below a million.
  const magnitude = vagueMagnitude(claim.text);
  return [magnitude, magnitude * 1000 - 1];
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

interface FoundDispute extends DisputeCue {
  readonly direct: boolean;
}

/**
 * Dispute phrases and the figures they bear on: a figure in the same sentence
 * before the phrase ("2,870 …, though Kyiv disputes that figure"), the figure
 * in it ("the true figure is in the thousands" and the one it answers), or the
 * figures of the sentence before ("… could not be independently verified").
 */
function findDisputes(doc: ArticleDocument, drafts: readonly FoundClaim[], claims: readonly Claim[]): FoundDispute[] {
  const found: FoundDispute[] = [];
  // Figures by paragraph, so each phrase looks only at its own paragraph and the one before.
  const byBlock = new Map<number, Array<{ d: FoundClaim; i: number }>>();
  const bySentence = new Map<object, Array<{ d: FoundClaim; i: number }>>();
  drafts.forEach((d, i) => {
    pushTo(byBlock, d.block, { d, i });
    pushTo(bySentence, d.sentence, { d, i });
  });
  const near = (block: number) => [...(byBlock.get(block - 1) ?? []), ...(byBlock.get(block) ?? [])];
  for (const info of doc.blocks) {
    if (!byBlock.has(info.index) && !byBlock.has(info.index - 1)) continue;
    // One cheap test first: most paragraphs doubt nothing.
    if (!DISPUTE_HINT.test(info.block.text)) continue;
    for (const { pattern, direct } of DISPUTES) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(info.block.text); m; m = pattern.exec(info.block.text)) {
        const at = m.index;
        const sentence = sentenceAt(info, at);
        if (!sentence) continue;
        const inSentence = bySentence.get(sentence) ?? [];
        let targets = inSentence.filter(({ d }) => d.figure.start < at).map(({ i }) => i);
        const inPhrase = inSentence.filter(({ d }) => d.figure.start >= at && d.figure.start < at + m![0].length + 40).map(({ i }) => i);
        if (/true|real|actual/i.test(m[0])) targets = [...inPhrase, ...previousFigures(near(info.index), info.index, sentence.index, 1)];
        if (targets.length === 0) targets = [...inPhrase, ...previousFigures(near(info.index), info.index, sentence.index, direct ? 1 : 2)];
        if (targets.length === 0) continue;
        if (direct && !/true|real|actual/i.test(m[0])) targets = [targets[targets.length - 1]!];
        const start = info.block.start + at;
        found.push({ start, end: start + m[0].length, text: m[0], claimIds: targets.map((i) => claims[i]!.id), direct });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Figures of the sentences just before one (same paragraph, or the end of the previous one). */
function previousFigures(candidates: ReadonlyArray<{ d: FoundClaim; i: number }>, block: number, sentence: number, count: number): number[] {
  const before = candidates
    .filter(({ d }) => (d.block === block && d.sentence.index < sentence) || d.block === block - 1)
    .sort((x, y) => x.d.block - y.d.block || x.d.sentence.index - y.d.sentence.index);
  if (before.length === 0) return [];
  const last = before[before.length - 1]!.d;
  const keys = new Set<string>();
  for (let k = before.length - 1; k >= 0 && keys.size <= count; k--) keys.add(`${before[k]!.d.block}:${before[k]!.d.sentence.index}`);
  const wanted = [...keys].slice(0, count);
  return before.filter(({ d }) => wanted.includes(`${d.block}:${d.sentence.index}`) && (d.block === last.block || count > 1)).map(({ i }) => i);
}

function sharedTerms(keys: readonly Quantity[]): string[] {
  const terms: string[] = [];
  for (const field of ['owner', 'subject', 'measure'] as const) {
    const values = new Set(keys.map((k) => k[field]).filter((v): v is string => v !== null));
    if (values.size === 1) terms.push([...values][0]!);
  }
  return terms;
}

/** Labels for measures whose words vary ("killed", "died", "dead" → "killed"); others read as written ("joined"). */
const MEASURE_LABEL: Record<string, string> = { dead: 'killed', injured: 'injured', detained: 'detained', displaced: 'displaced', missing: 'missing', 'voted for': 'voting for', 'voted against': 'voting against' };

/** "Russian troops killed", "civilians killed", "workers joined", or the fullest "counts" as written. */
function label(keys: readonly Quantity[], claims: readonly Claim[]): string {
  const pick = <K extends keyof Quantity>(field: K): Quantity[K] | null => keys.map((k) => k[field]).find((v) => v !== null) ?? null;
  const owner = pick('owner');
  const subject = pick('subject');
  const measure = pick('measure');
  // Classes read as the class ("troops"); other subjects as written ("workers").
  const subjectText = subject && SUBJECTS.some(([, name]) => name === subject) ? subject : (pick('subjectWord') as string | null);
  const measureText = measure ? (MEASURE_LABEL[measure] ?? (pick('measureWord') as string | null) ?? measure) : null;
  const parts = [owner && !owner.startsWith(SOURCE_OWNER) ? demonymOf(owner) : null, subjectText ?? (measure ? 'people' : null), measureText].filter(Boolean);
  if (parts.length >= 2) return parts.join(' ');
  // Too little to name the quantity: the figure as the article puts it ("57 people").
  const fullest = [...claims].sort((a, b) => (b.counts ?? '').length - (a.counts ?? '').length)[0]!;
  return `${fullest.text} ${fullest.counts ?? ''}`.trim();
}

function demonymOf(country: string): string {
  for (const [adjective, place] of DEMONYMS) if (place === country && !adjective.includes('.') && adjective !== place) return adjective.charAt(0).toUpperCase() + adjective.slice(1);
  return country.charAt(0).toUpperCase() + country.slice(1);
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

function reasonFor(claims: readonly Claim[], conflict: boolean, cues: readonly FoundDispute[]): string {
  const parts: string[] = [];
  if (conflict) {
    const bySource = new Map<string, string[]>();
    for (const c of claims) {
      const who = c.source?.name ?? 'the article';
      pushTo(bySource, who, c.text);
    }
    // Enough for a reader to judge; a live blog can repeat a figure hundreds of times.
    const shown = [...bySource].slice(0, 6).map(([who, figures]) => `${who}: ${figures.slice(0, 3).join(', ')}${figures.length > 3 ? ` and ${figures.length - 3} more` : ''}`);
    if (bySource.size > 6) shown.push(`${bySource.size - 6} more sources`);
    parts.push(shown.join('; '));
  }
  for (const cue of cues.slice(0, 3)) parts.push(`disputed: “${cue.text}”`);
  if (cues.length > 3) parts.push(`${cues.length - 3} more disputes`);
  return parts.join('. ');
}
