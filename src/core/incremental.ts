/**
 * `createIncrementalAnalyzer(options)`: the same `Analysis` as `analyze(text,
 * options)`, deep-equal, after every edit, reading again only what the edit
 * touched.
 *
 * What is kept between updates:
 * - the parse: the top-level Markdown blocks (`Piece`s) before and after the
 *   edit are kept (shifted), and only the stretch between two closed block
 *   boundaries around it is parsed again (`reviseMarkdown`);
 * - per prose block, by its text: its quotes, sentences, tokens, names,
 *   attributions, claims and dispute phrases (`BlockMemo`), moved to where the
 *   block now stands and kept so for each index its text stands at;
 * - each figure's quantity while the source names it asked about answer the
 *   same (`AskedNames`), and each speaker that only looked names up while the
 *   lookups find the same (`SpeakerQuestions`).
 *
 * What still runs over the whole document on every update (over those kept
 * results): linking quotes across paragraphs, linking names into the entity
 * registry, resolving speakers not kept, attributed content, the governing of
 * quotations and figures, language detection, disputes, clustering figures
 * into contested groups, and assembling the model.
 */
import { analyzeDocument, type BlockStages } from './analyze';
import { blockAttributions, type FoundAttribution } from './attributions';
import { blockClaims, type FoundClaim } from './claims';
import type { Quantify } from './contested';
import { BLOCK_PHRASES, type BlockDisputePhrases, type PhraseMatch } from './contested/disputes';
import { quantityOf, type Quantity } from './contested/quantity';
import { blockNameRuns, type Entity, type Gender, type NameRunAt } from './entities';
import { documentOf, readBlock, type BlockInfo, type BlockReading } from './document';
import { RuleErrors } from './guard';
import type { Analysis, AnalyzeOptions, Claim, RuleError, Span, Speaker } from './model';
import type { DigitStyle } from './numbers';
import { extractProse, flattenPieces, readPieces, shiftPiece, type Piece, type ProseBlock } from './prose';
import type { QuoteSpan } from './quotes';
import { resolveSpeaker, type SpeakerRegistry } from './speakers';

/** What the last update did, for tests and the benchmark. */
export interface IncrementalStats {
  /** Characters remark parsed (the whole text on a full parse). */
  readonly parsedChars: number;
  readonly fullParse: boolean;
  /** Prose blocks read afresh, and blocks whose reading was kept. */
  readonly blocksRead: number;
  readonly blocksKept: number;
}

export interface IncrementalAnalyzer {
  update(text: string): Analysis;
  readonly stats: IncrementalStats;
}

export function createIncrementalAnalyzer(options: AnalyzeOptions = {}): IncrementalAnalyzer {
  const format = options.format ?? 'markdown';
  const memo = new BlockMemo();
  let previous: { text: string; pieces: readonly Piece[] } | undefined;
  let stats: IncrementalStats = { parsedChars: 0, fullParse: true, blocksRead: 0, blocksKept: 0 };
  return {
    get stats() {
      return stats;
    },
    update(text: string): Analysis {
      let prose: readonly ProseBlock[];
      let parsed = { pieces: [] as readonly Piece[], parsedChars: 0, full: true };
      if (format === 'markdown') {
        parsed = (previous && reviseMarkdown(previous.text, previous.pieces, text)) ?? { pieces: readPieces(text, 0, text.length), parsedChars: text.length, full: true };
        prose = flattenPieces(parsed.pieces);
      } else prose = extractProse(text, format);
      const doc = documentOf(text, prose, memo.reading);
      const analysis = analyzeDocument(text, doc, options, memo);
      stats = { parsedChars: parsed.parsedChars, fullParse: parsed.full, ...memo.sweep() };
      previous = format === 'markdown' ? { text, pieces: parsed.pieces } : undefined;
      return analysis;
    },
  };
}

interface Revision {
  readonly pieces: readonly Piece[];
  readonly parsedChars: number;
  readonly full: boolean;
}

/**
 * Top-level blocks after which nothing stays open past a blank line: a blank
 * line closes a paragraph and a block quote (with all inside it); headings and
 * thematic breaks are one line. Lists, fences, HTML and indented code may
 * go on after a blank line, so no boundary is taken after them.
 */
const CLOSED_BY_BLANK_LINE = new Set(['paragraph', 'heading', 'blockquote', 'thematicBreak']);

/** How many times the stretch to parse again may grow to the next boundary before the whole text is parsed. */
const MAX_WIDENINGS = 4;

/**
 * The pieces of `next` from those of `old`, parsing again only the stretch
 * between two closed boundaries around the change, or undefined when the
 * whole text must be parsed.
 *
 * Why it is the same parse: a Markdown block's structure depends only on the
 * lines before it, so where nothing is open (after a blank line that closed
 * what came before) the text after reads the same wherever it starts. The
 * prefix is unchanged and closed where the stretch begins; the stretch is
 * kept only if it ends closed, so the unchanged suffix starts closed too.
 * Link reference definitions (`[x]: url`) reach across the whole document
 * and front matter depends on the first line: either one means a full parse.
 */
function reviseMarkdown(old: string, pieces: readonly Piece[], next: string): Revision | undefined {
  if (next.includes(']:')) return undefined;
  const { start, oldEnd, newEnd } = changedRange(old, next);
  if (start === oldEnd && start === newEnd) return { pieces, parsedChars: 0, full: false };
  // A first line of `---` or `+++` may open front matter, which then depends on the rest of the text (and
  // remark reads what follows an unclosed one otherwise): only a closed front matter before the edit is kept.
  if ((startsWithFence(old) || startsWithFence(next)) && !(FRONT_MATTER.has(pieces[0]?.type ?? '') && start >= pieces[0]!.end)) return undefined;
  const delta = newEnd - oldEnd;
  const cuts = boundaries(old, pieces);
  let from = cuts.length - 1;
  while (from > 0 && (cuts[from]!.at > start || !cuts[from]!.closed)) from--;
  let to = cuts.findIndex((cut, k) => k >= from && cut.at >= oldEnd);
  for (let widenings = 0; to >= 0 && widenings <= MAX_WIDENINGS; widenings++, to = nextIndex(cuts, to)) {
    const regionStart = cuts[from]!.at;
    const regionEnd = cuts[to]!.at + delta;
    // A lone CR before the stretch that the edit followed with a LF: the line no longer starts there.
    if (!isLineStart(next, regionStart)) return undefined;
    const region = readPieces(next, regionStart, regionEnd);
    const atEnd = cuts[to]!.piece === pieces.length;
    if (!atEnd && !endsClosed(next, region, regionStart, regionEnd)) continue;
    const before = pieces.slice(0, cuts[from]!.piece);
    const after = pieces.slice(cuts[to]!.piece).map((piece) => shiftPiece(piece, delta));
    return { pieces: [...before, ...region, ...after], parsedChars: regionEnd - regionStart, full: false };
  }
  return undefined;
}

function nextIndex(cuts: readonly Cut[], k: number): number {
  return k + 1 < cuts.length ? k + 1 : -1;
}

/** Where an unchanged prefix and suffix end: `[start, oldEnd)` of the old text became `[start, newEnd)`. */
function changedRange(old: string, next: string): { start: number; oldEnd: number; newEnd: number } {
  const shorter = Math.min(old.length, next.length);
  let start = 0;
  // Whole chunks compared as strings first (the engine's own comparison), then the characters of the last one.
  while (start + CHUNK <= shorter && old.slice(start, start + CHUNK) === next.slice(start, start + CHUNK)) start += CHUNK;
  while (start < shorter && old.charCodeAt(start) === next.charCodeAt(start)) start++;
  let tail = 0;
  while (tail + CHUNK <= shorter - start && old.slice(old.length - tail - CHUNK, old.length - tail) === next.slice(next.length - tail - CHUNK, next.length - tail)) tail += CHUNK;
  while (tail < shorter - start && old.charCodeAt(old.length - 1 - tail) === next.charCodeAt(next.length - 1 - tail)) tail++;
  return { start, oldEnd: old.length - tail, newEnd: next.length - tail };
}

const CHUNK = 1024;

const FRONT_MATTER = new Set(['yaml', 'toml']);
const FENCE_FIRST_LINE = /^\uFEFF?(?:---|\+\+\+)/;

function startsWithFence(text: string): boolean {
  return FENCE_FIRST_LINE.test(text);
}

/** A boundary: the offset of a line start where `pieces[piece]` and those after it begin. */
interface Cut {
  readonly at: number;
  readonly piece: number;
  /** Nothing before it is still open, so the text after it may be parsed alone. */
  readonly closed: boolean;
}

/**
 * The document's start, every line start after a closed piece and a blank
 * line, and the document's end (where a parse may stop, but which is closed
 * only after a blank line: text typed at the end may continue the last paragraph).
 */
function boundaries(text: string, pieces: readonly Piece[]): Cut[] {
  const cuts: Cut[] = [{ at: 0, piece: 0, closed: true }];
  const closedAfter = (k: number, at: number): boolean => CLOSED_BY_BLANK_LINE.has(pieces[k]!.type) && closedGap(text, pieces[k]!.end, at);
  for (let k = 1; k < pieces.length; k++) {
    const at = lineStart(text, pieces[k]!.start);
    if (closedAfter(k - 1, at)) cuts.push({ at, piece: k, closed: true });
  }
  const blankOnly = /^[ \t\r\n]*$/.test(text) && (text === '' || /[\r\n]$/.test(text));
  cuts.push({ at: text.length, piece: pieces.length, closed: pieces.length === 0 ? blankOnly : closedAfter(pieces.length - 1, text.length) });
  return cuts;
}

/** Whether the region's own parse leaves nothing open where the unchanged suffix begins. */
function endsClosed(text: string, region: readonly Piece[], regionStart: number, regionEnd: number): boolean {
  const last = region[region.length - 1];
  if (!last) return isLineStart(text, regionEnd) && /^[ \t\r\n]*$/.test(text.slice(regionStart, regionEnd));
  return CLOSED_BY_BLANK_LINE.has(last.type) && closedGap(text, last.end, regionEnd);
}

/** `[from, to)` holds only spaces, tabs and line breaks, a blank line among them, and `to` starts a line. */
function closedGap(text: string, from: number, to: number): boolean {
  if (!isLineStart(text, to)) return false;
  let lineEnds = 0;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) lineEnds++;
    else if (ch !== ' ' && ch !== '\t' && ch !== '\r') return false;
  }
  return lineEnds >= 2;
}

function isLineStart(text: string, at: number): boolean {
  if (at === 0 || at === text.length) return true;
  const before = text[at - 1];
  return before === '\n' || (before === '\r' && text[at] !== '\n');
}

function lineStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !isLineStart(text, i)) i--;
  return i;
}

/** A result worked out when its block stood at `origin`. */
interface Kept<T> {
  readonly value: T;
  readonly origin: number;
}

interface Entry {
  readonly reading: Kept<BlockReading>;
  /** The block indices at which this update read the entry: what is placed at other indices is dropped. */
  readonly indices: Set<number>;
  /** The reading moved to where the block stands, for each index its text stands at. */
  readonly placedReadings: Map<number, Kept<BlockReading>>;
  /** Quantities of the block's figures by the index the block stands at, each with the source names it asked about. */
  quantities?: Map<number, Map<number, KeptQuantity>>;
  attributions?: { readonly found: readonly FoundAttribution[]; readonly failures: readonly RuleError[]; readonly placed: Map<number, readonly FoundAttribution[]> };
  nameRuns?: readonly NameRunAt[];
  disputePhrases?: readonly PhraseMatch[];
  verdict?: boolean;
  readonly claims: Map<DigitStyle, KeptClaims | { readonly thrown: unknown }>;
}

/** A block's claims as first read, and as placed at each index its text stands at. */
interface KeptClaims extends Kept<readonly FoundClaim[]> {
  readonly placed: Map<number, Kept<readonly FoundClaim[]>>;
}

/**
 * What each prose block gave, kept by the block's text: every one of these
 * stages reads a block alone, so the same text gives the same result, moved
 * to where the block now stands. Entries no update used are dropped.
 */
class BlockMemo {
  private kept = new Map<string, Entry>();
  private used = new Map<string, Entry>();
  private counts = { blocksRead: 0, blocksKept: 0 };

  /** This update's entry of each block index: every stage asks for it, and a text is hashed once per update. */
  private atIndex: Array<{ readonly text: string; readonly entry: Entry } | undefined> = [];

  private entry(block: ProseBlock, index: number): Entry {
    const here = this.atIndex[index];
    if (here && here.text === block.text) return here.entry;
    let entry = this.used.get(block.text);
    if (!entry) {
      entry = this.kept.get(block.text) ?? { reading: { value: readBlock(block, index), origin: block.start }, indices: new Set(), placedReadings: new Map(), claims: new Map() };
      this.used.set(block.text, entry);
    }
    this.atIndex[index] = { text: block.text, entry };
    return entry;
  }

  /** The first stage to ask about a block each update: it counts the block as read or kept. */
  readonly reading = (block: ProseBlock, index: number): BlockReading => {
    const known = this.used.has(block.text) || this.kept.has(block.text);
    if (known) this.counts.blocksKept++;
    else this.counts.blocksRead++;
    const entry = this.entry(block, index);
    entry.indices.add(index);
    const { value, origin } = entry.reading;
    const delta = block.start - origin;
    if (delta === 0 && value.quotes.every((q) => q.block === index)) return value;
    const here = entry.placedReadings.get(index);
    if (here && here.origin === block.start) return here.value;
    const moved = { ...value, quotes: value.quotes.map((q) => shiftQuote(q, delta, index)) };
    entry.placedReadings.set(index, { value: moved, origin: block.start });
    return moved;
  };

  readonly attributions = (info: BlockInfo, errors: RuleErrors): readonly FoundAttribution[] => {
    const entry = this.entry(info.block, info.index);
    if (!entry.attributions) {
      const recorder = new RuleErrors();
      entry.attributions = { found: blockAttributions(info, recorder), failures: recorder.list(), placed: new Map() };
    }
    const { found, failures, placed } = entry.attributions;
    errors.absorb(failures);
    // Kept for each index the text stands at, so two blocks of one text do not displace each other's.
    const here = placed.get(info.index);
    if (here && here.every((a) => a.sentence === info.sentences[a.sentence.index])) return here;
    const moved = found.map((a) => (a.block === info.index && a.sentence === info.sentences[a.sentence.index] ? a : { ...a, block: info.index, sentence: info.sentences[a.sentence.index]! }));
    placed.set(info.index, moved);
    return moved;
  };

  readonly claims = (info: BlockInfo, style: DigitStyle): readonly FoundClaim[] => {
    const entry = this.entry(info.block, info.index);
    let kept = entry.claims.get(style);
    if (!kept) {
      try {
        kept = { value: blockClaims(info, style), origin: info.block.start, placed: new Map() };
      } catch (thrown) {
        kept = { thrown };
      }
      entry.claims.set(style, kept);
    }
    if ('thrown' in kept) throw kept.thrown;
    const here = kept.placed.get(info.index);
    if (here && here.origin === info.block.start && here.value.every((c) => c.sentence === info.sentences[c.sentence.index])) return here.value;
    const delta = info.block.start - kept.origin;
    const moved = kept.value.map((c) => ({ ...c, block: info.index, sentence: info.sentences[c.sentence.index]!, start: c.start + delta, end: c.end + delta }));
    kept.placed.set(info.index, { value: moved, origin: info.block.start });
    return moved;
  };

  readonly nameRuns = (info: BlockInfo): readonly NameRunAt[] => {
    const entry = this.entry(info.block, info.index);
    return (entry.nameRuns ??= blockNameRuns(info));
  };

  readonly disputePhrases: BlockDisputePhrases = {
    matches: (info) => (this.entry(info.block, info.index).disputePhrases ??= BLOCK_PHRASES.matches(info)),
    verdict: (info) => (this.entry(info.block, info.index).verdict ??= BLOCK_PHRASES.verdict(info)),
  };

  readonly quantity: Quantify = (doc, draft, claim, sourceNames) => {
    const info = doc.blocks[draft.block]!;
    const entry = this.entry(info.block, info.index);
    let byFigure = entry.quantities?.get(info.index);
    if (!byFigure) (entry.quantities ??= new Map()).set(info.index, (byFigure = new Map()));
    const at = draft.start - info.block.start;
    let kept = byFigure.get(at);
    if (!kept || !sameReading(kept, draft, claim) || !kept.asked.sameAnswers(sourceNames)) {
      const asked = new AskedNames(sourceNames);
      kept = { draft, claim, quantity: quantityOf(doc, draft, claim, asked), asked };
      byFigure.set(at, kept);
    }
    return kept.quantity;
  };

  /**
   * Speakers by the found attribution (kept with its block): a speaker whose
   * resolution only looked names up is kept while its mention reads the same
   * in the source and every lookup finds an entity of the same name, type
   * and gender at that point of the update. One that asked for an antecedent
   * or read the speakers before it is resolved again on every update.
   */
  private speakers = new WeakMap<FoundAttribution, KeptSpeaker>();
  private asking: SpeakerQuestions | undefined;

  readonly speaker: BlockStages['speaker'] = (doc, registry, found, earlier) => {
    const base = doc.blocks[found.block]!.block.start;
    const written = doc.source.slice(base + found.speaker.start, base + found.speaker.end);
    const kept = this.speakers.get(found);
    if (kept && kept.written === written && kept.lookups.every((q) => sameEntity(registry.lookup(q.name, q.gender), q.found))) {
      if (kept.base === base) return kept.speaker;
      const delta = base - kept.base;
      return { ...kept.speaker, start: kept.speaker.start + delta, end: kept.speaker.end + delta };
    }
    if (this.asking?.registry !== registry || this.asking.earlier !== earlier) this.asking = new SpeakerQuestions(registry, earlier);
    const asking = this.asking;
    asking.begin();
    const speaker = resolveSpeaker(doc, asking, found, asking.earlierView);
    if (asking.lookups) this.speakers.set(found, { written, base, lookups: asking.lookups, speaker });
    else this.speakers.delete(found);
    return speaker;
  };

  /** Ends an update: forgets the blocks it did not use; says how many blocks it read afresh and kept. */
  sweep(): { blocksRead: number; blocksKept: number } {
    const counts = this.counts;
    // What was placed at an index no block of the entry's text stands at any more is dropped.
    const prune = (placed: Map<number, unknown>, indices: ReadonlySet<number>): void => {
      for (const index of placed.keys()) if (!indices.has(index)) placed.delete(index);
    };
    for (const entry of this.used.values()) {
      prune(entry.reading.value.made, entry.indices);
      prune(entry.placedReadings, entry.indices);
      if (entry.quantities) prune(entry.quantities, entry.indices);
      if (entry.attributions) prune(entry.attributions.placed, entry.indices);
      for (const kept of entry.claims.values()) if ('placed' in kept) prune(kept.placed, entry.indices);
      entry.indices.clear();
    }
    this.kept = this.used;
    this.used = new Map();
    this.atIndex = [];
    this.asking = undefined;
    this.counts = { blocksRead: 0, blocksKept: 0 };
    return counts;
  }
}

interface KeptQuantity {
  readonly draft: FoundClaim;
  readonly claim: Claim;
  readonly quantity: Quantity | null;
  readonly asked: AskedNames;
}

/**
 * The article's source names as one figure's `quantityOf` saw them: it asks
 * only whether a few names are sources, so its quantity stays while those
 * answers do, whatever other names come and go. Any other read of the set
 * (its size, its members) ties the quantity to the whole set.
 */
class AskedNames implements ReadonlySet<string> {
  private readonly answers = new Map<string, boolean>();
  private whole = false;

  constructor(private readonly names: ReadonlySet<string>) {}

  /** Whether `names` answers every question this figure asked as the names it was read with did. */
  sameAnswers(names: ReadonlySet<string>): boolean {
    if (names === this.names) return true;
    if (this.whole) return names.size === this.names.size && [...names].every((n) => this.names.has(n));
    for (const [name, answer] of this.answers) if (names.has(name) !== answer) return false;
    return true;
  }

  has(name: string): boolean {
    const answer = this.names.has(name);
    this.answers.set(name, answer);
    return answer;
  }

  private all(): ReadonlySet<string> {
    this.whole = true;
    return this.names;
  }

  get size(): number {
    return this.all().size;
  }
  forEach(fn: (value: string, key: string, set: ReadonlySet<string>) => void, self?: unknown): void {
    this.all().forEach((v) => fn.call(self, v, v, this));
  }
  entries(): SetIterator<[string, string]> {
    return this.all().entries();
  }
  keys(): SetIterator<string> {
    return this.all().keys();
  }
  values(): SetIterator<string> {
    return this.all().values();
  }
  [Symbol.iterator](): SetIterator<string> {
    return this.all()[Symbol.iterator]();
  }
}

/** Whether a figure at the same place in the same block text reads as the kept one: everything `quantityOf` reads besides. */
function sameReading(kept: KeptQuantity, draft: FoundClaim, claim: Claim): boolean {
  const a = kept.claim;
  return (
    kept.draft.figure.end === draft.figure.end && kept.draft.sentence.index === draft.sentence.index &&
    a.text === claim.text && a.unit === claim.unit && a.counts === claim.counts &&
    a.change?.direction === claim.change?.direction && a.change?.role === claim.change?.role &&
    a.source?.name === claim.source?.name && a.source?.text === claim.source?.text &&
    // "says it raised" is the speaker's own figure only for a body; a voter group's share is theirs (`quantityOf`).
    a.source?.entity === claim.source?.entity && a.source?.mention === claim.source?.mention
  );
}

interface KeptSpeaker {
  /** The mention as the source writes it, and where its block started. */
  readonly written: string;
  readonly base: number;
  readonly lookups: readonly Lookup[];
  readonly speaker: Speaker;
}

interface Lookup {
  readonly name: string;
  readonly gender: Gender;
  readonly found: Pick<Entity, 'name' | 'type' | 'gender'> | undefined;
}

function sameEntity(entity: Entity | undefined, was: Lookup['found']): boolean {
  return entity === undefined ? was === undefined : was !== undefined && entity.name === was.name && entity.type === was.type && entity.gender === was.gender;
}

/**
 * The registry and the speakers before, as one resolution asks them: lookups
 * are recorded with what they found (the registry's entities change as
 * speakers resolve, so what they were then); an antecedent or a read of the
 * speakers before means the resolution cannot be kept.
 */
class SpeakerQuestions implements SpeakerRegistry {
  /** This resolution's lookups, or null once it asked what cannot be replayed. */
  lookups: Lookup[] | null = [];
  readonly earlierView: readonly Speaker[];

  constructor(
    readonly registry: SpeakerRegistry,
    readonly earlier: readonly Speaker[],
  ) {
    this.earlierView = new Proxy(earlier, {
      get: (target, key, receiver) => {
        this.lookups = null;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
  }

  begin(): void {
    this.lookups = [];
  }

  lookup(name: string, gender?: Gender): Entity | undefined {
    const entity = this.registry.lookup(name, gender);
    this.lookups?.push({ name, gender, found: entity && { name: entity.name, type: entity.type, gender: entity.gender } });
    return entity;
  }

  antecedent(...args: Parameters<SpeakerRegistry['antecedent']>): Entity | undefined {
    this.lookups = null;
    return this.registry.antecedent(...args);
  }
}

function shiftQuote(quote: QuoteSpan, delta: number, block: number): QuoteSpan {
  const shift = (span: Span): Span => ({ start: span.start + delta, end: span.end + delta });
  return { ...quote, ...shift(quote), block, nested: quote.nested.map(shift) };
}
