/**
 * What each attribution attributes: the reported clause ("said *that the plan
 * would fail*"), the clause before a set-off cue ("*The plan would fail*, she
 * said"), both sides of a cue in mid-sentence ("*The plan*, she said, *would
 * fail*"), the sentence an "according to" governs, a transcript's turn, and
 * the quotations the attribution governs (which may run on over several
 * sentences and paragraphs).
 *
 * Spans come out in source offsets, sorted and merged; trailing sentence
 * punctuation is left out, quotation marks are kept.
 */
import type { ArticleDocument, Sentence } from '../document';
import { CLAUSE_COORDINATORS, DETERMINERS, RELATIVE_PRONOUNS, OBJECT_FIRST_CUES, OBJECT_PRONOUNS, SPEAKER_PRONOUNS, STRONG_CUES, WEAK_CUES } from '../lexicon';
import type { Span } from '../model';
import type { FoundAttribution } from './found';

/**
 * @param governed for each attribution, the quote segments it governs (source offsets).
 */
export function attributedContent(doc: ArticleDocument, found: readonly FoundAttribution[], governed: ReadonlyMap<number, readonly Span[]>): Span[][] {
  const contents: Span[][] = [];
  // `found` is in reading order: the attributions of one block are a run of it.
  for (let from = 0; from < found.length; ) {
    let to = from + 1;
    while (to < found.length && found[to]!.block === found[from]!.block) to++;
    const info = doc.blocks[found[from]!.block]!;
    const clauses = blockClauses(info.block.text, found, from, to);
    for (let i = from; i < to; i++) {
      const local = clauses[i - from]!;
      const own = governed.get(i);
      contents.push(own || info.block.start !== 0 ? merge([...local.map((s) => ({ start: info.block.start + s.start, end: info.block.start + s.end })), ...(own ?? [])]) : merge(local));
    }
    from = to;
  }
  return contents;
}

/**
 * The clauses of one block's attributions (`found[from..to)`), block-local.
 * Each reads only its block's text and the attributions of its sentence, so
 * it is kept per found attribution: one kept by an incremental update comes
 * with the same text and the same neighbours.
 */
const keptClauses = new WeakMap<FoundAttribution, readonly Span[]>();

function blockClauses(text: string, found: readonly FoundAttribution[], from: number, to: number): ReadonlyArray<readonly Span[]> {
  const clauses: Array<readonly Span[] | undefined> = [];
  for (let i = from; i < to; i++) clauses.push(keptClauses.get(found[i]!));
  if (clauses.every((c) => c !== undefined)) return clauses as ReadonlyArray<readonly Span[]>;
  const runs = new Map<Sentence, FoundAttribution[]>();
  for (let i = from; i < to; i++) {
    const a = found[i]!;
    const run = runs.get(a.sentence);
    if (run) run.push(a);
    else runs.set(a.sentence, [a]);
  }
  const position = new Map<FoundAttribution, number>();
  for (const run of runs.values()) run.sort((x, y) => x.phrase.start - y.phrase.start).forEach((a, k) => position.set(a, k));
  return clauses.map((kept, k) => {
    if (kept) return kept;
    const a = found[from + k]!;
    const spans = clauseSpans(text, a, new Neighbours(runs.get(a.sentence)!, position.get(a)!));
    keptClauses.set(a, spans);
    return spans;
  });
}

/**
 * The other attributions of a sentence, before and after one of them. In a
 * sentence crowded with cues (a list of "X said …, Y said …") each content
 * stops at its neighbours instead of nesting, so the model stays linear in
 * the size of the text.
 */
class Neighbours {
  /** More cues than this in one sentence and contents stop nesting. */
  private static readonly CROWDED = 8;
  readonly crowded: boolean;

  constructor(
    private readonly run: readonly FoundAttribution[],
    private readonly at: number,
  ) {
    this.crowded = run.length > Neighbours.CROWDED;
  }

  previous(): FoundAttribution | undefined {
    return this.run[this.at - 1];
  }

  next(): FoundAttribution | undefined {
    return this.run[this.at + 1];
  }

  /** The first later attribution that `fits`, looking a few ahead. */
  nextWhere(fits: (b: FoundAttribution) => boolean): FoundAttribution | undefined {
    for (let k = this.at + 1; k < this.run.length && k <= this.at + 16; k++) if (fits(this.run[k]!)) return this.run[k];
    return undefined;
  }
}

function clauseSpans(text: string, a: FoundAttribution, neighbours: Neighbours): Span[] {
  const { sentence, phrase } = a;
  const crowdedEnd = neighbours.crowded ? neighbours.next()?.phrase.start : undefined;
  const sentenceEnd = Math.max(phrase.end, crowdedEnd ?? sentence.end);
  if (a.rule === 'cue.transcript' || a.rule === 'cue.name-colon') return [trim(text, phrase.end, lineEnd(text, phrase.end))];
  // "Despite Ms. Varga's claims that the dam cost $40 million, the audit …": the clause ends at its comma.
  if (a.rule === 'cue.claim-noun') return [trim(text, phrase.end, clauseEnd(text, phrase.end, sentenceEnd))];
  if (a.scope === 'sentence') {
    const sentenceStart = neighbours.crowded ? Math.min(phrase.start, neighbours.previous()?.phrase.end ?? sentence.start) : sentence.start;
    return [trim(text, sentenceStart, phrase.start), trim(text, phrase.end, sentenceEnd)].filter(nonEmpty);
  }
  if (a.scope === 'left') {
    const previous = neighbours.previous();
    const before = trim(text, previous && previous.phrase.end <= phrase.start ? previous.phrase.end : sentence.start, phrase.start);
    // "The plan, she said, would fail", "The plan, she said on Monday, would fail": a cue set off in mid-sentence leaves words on both sides.
    // After a quoted line (`“…,” Ana Ruiz said, looking out at dozens of farmers`) the words after the cue are the writer's.
    const asideEnd = a.rule === 'cue.speech-verb' && !neighbours.next() && !quotedBefore(text, sentence.start, phrase.start) ? asideCloses(text, phrase, before) : null;
    const after = asideEnd !== null ? trim(text, asideEnd, sentence.end) : undefined;
    return [before, ...(after && startsLowerCase(text, after) ? [after] : [])].filter(nonEmpty);
  }
  const from = skipObject(text, a, phrase.end);
  // `“We will win,” Ana Ruiz told a crowd of 1,300 on Tuesday`: the quote before the cue is what was said; the audience, place and time after it are not.
  if (quotedBefore(text, sentence.start, phrase.start) && !opensReport(text, from)) return [];
  const next = neighbours.nextWhere((b) => b.phrase.start >= from && b.scope !== 'left' && continuesList(text, from, b.phrase.start));
  const end = next ? next.phrase.start : sentenceEnd;
  const reported = newClauseAt(text, from, end) ?? end;
  return [trim(text, from, relativeClauseAt(text, from, reported) ?? reported)].filter(nonEmpty);
}

/**
 * Where a reported clause gives way to the writer's aside on its last noun: a
 * non-restrictive relative clause that closes the sentence ("said the dock
 * would reopen in May, *which* would end a year of closures"), outside any
 * quotation. When the first such clause is set off in mid-sentence (", who
 * …, said …", "the bill, which …, and the law, which …") the content goes on.
 */
function relativeClauseAt(text: string, from: number, end: number): number | null {
  const clause = text.slice(from, end);
  const relative = /,\s+(\p{L}+)/gu;
  const quotation = new OpenQuotation(clause);
  for (let m = relative.exec(clause); m; m = relative.exec(clause)) {
    if (!RELATIVE_PRONOUNS.has(m[1]!.toLowerCase()) || quotation.openAt(m.index)) continue;
    return /[,;\u2014]/u.test(clause.slice(m.index + m[0].length)) ? null : from + m.index;
  }
  return null;
}

/**
 * Where a reported clause gives way to one of the article's own: a comma, a
 * conjunction and a new subject ("said the plan would fail, but *the council*
 * approved it", ", and *he* left"), outside any quotation. "said prices rose,
 * and that wages fell" goes on, as does "said it would cut costs, and save jobs".
 */
function newClauseAt(text: string, from: number, end: number): number | null {
  const clause = text.slice(from, end);
  const coordinated = /,\s+([\p{L}]+)\s+([\p{L}’']+)/gu;
  const quotation = new OpenQuotation(clause);
  for (let m = coordinated.exec(clause); m; m = coordinated.exec(clause)) {
    const [, conjunction, word] = m;
    if (!CLAUSE_COORDINATORS.has(conjunction!.toLowerCase())) continue;
    const lower = word!.toLowerCase();
    const subject = SPEAKER_PRONOUNS.has(lower) || (DETERMINERS.has(lower) && lower !== 'that') || /^\p{Lu}/u.test(word!);
    if (subject && !quotation.openAt(m.index)) return from + m.index;
  }
  return null;
}

/**
 * Whether a quotation is open at a point of a clause: more opening than
 * closing curly marks before it, or an odd count of straight ones. Asked at
 * points in increasing order, it reads each character once.
 */
class OpenQuotation {
  private read = 0;
  private curly = 0;
  private straight = 0;

  constructor(private readonly clause: string) {}

  openAt(at: number): boolean {
    for (; this.read < at; this.read++) {
      const ch = this.clause[this.read];
      if (ch === '“') this.curly++;
      else if (ch === '”') this.curly--;
      else if (ch === '"') this.straight++;
    }
    return this.curly > 0 || this.straight % 2 === 1;
  }
}

/**
 * Where a cue set off by commas closes: right after it ("The plan, she said,
 * would fail"), or after a few words of when and where ("These workers, he
 * explained earlier in the hearing, were well paid"), when the words before
 * the cue end in a comma. Null when the cue is not set off.
 */
function asideCloses(text: string, phrase: Span, before: Span): number | null {
  const rest = text.slice(phrase.end, phrase.end + 70);
  if (/^\s*,/.test(rest)) return phrase.end;
  if (!/,\s*$/.test(text.slice(before.end, phrase.start))) return null;
  const m = /^\s+(?:[\p{L}\d’'-]+\s+){0,7}?[\p{L}\d’'-]+,/u.exec(rest);
  return m ? phrase.end + m[0].length : null;
}

/** The words of the sentence before a cue are a quoted line: `“We will win,” she said`. */
function quotedBefore(text: string, sentenceStart: number, cueStart: number): boolean {
  const before = text.slice(Math.max(sentenceStart, cueStart - 80), cueStart);
  // The closing mark, then at most a few words naming the speaker ("Mrs. Ruiz", "the former president"), before the cue.
  return /(?:[,!?\u2014-]\s*(?:[”"»]|''|’)|[”"»]\s*,)\s*(?:[\p{L}’'.-]+\s+){0,3}$/u.test(before);
}

/** What follows a cue still reports: a quotation (`, she said, “…”`), "that …", or a colon. */
function opensReport(text: string, from: number): boolean {
  return /^\s*(?:[,:]\s*)?(?:[“"«‘]|''|that\b)/u.test(text.slice(from, from + 12));
}

/** "told reporters the dock was closed", "told him that": the one spoken to is not what was said. */
function skipObject(text: string, a: FoundAttribution, from: number): number {
  const cueWord = text.slice(a.cue.start, a.cue.end).toLowerCase();
  const lemma = STRONG_CUES.get(cueWord) ?? WEAK_CUES.get(cueWord);
  if (!lemma || !OBJECT_FIRST_CUES.has(lemma)) return from;
  const m = /^\s+([\p{L}’'.-]+)/u.exec(text.slice(from, from + 40));
  if (!m) return from;
  const word = m[1]!;
  const isObject = OBJECT_PRONOUNS.has(word.toLowerCase()) || /^(?:reporters|journalists|supporters|voters|listeners|viewers|the press)$/i.test(word);
  return isObject ? from + m[0].length : from;
}

/** `said X, adding that Y`, `said X and added Y`: a second cue after a comma or "and" ends the first one's clause. */
function continuesList(text: string, from: number, nextStart: number): boolean {
  // Only the few characters before the next cue matter; testing the whole clause would be quadratic.
  return /(?:[,;]|\band|\bbut)\s*$/.test(text.slice(Math.max(from, nextStart - 8), nextStart));
}

function clauseEnd(text: string, from: number, sentenceEnd: number): number {
  const m = /[,;:]\s|\s\(/.exec(text.slice(from, sentenceEnd));
  return m ? from + m.index : sentenceEnd;
}

function lineEnd(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline < 0 ? text.length : newline;
}

function startsLowerCase(text: string, span: Span): boolean {
  return /^\p{Ll}/u.test(text.slice(span.start, span.start + 1));
}

/** Drops surrounding spaces, joining commas and colons, and a sentence's final stop (quotation marks stay). */
function trim(text: string, start: number, end: number): Span {
  while (start < end && /[\s,:;\u2014\u2013]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:\u2014\u2013-]/.test(text[end - 1]!)) end--;
  if (end > start && /[.!?]/.test(text[end - 1]!)) end--;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

function nonEmpty(span: Span): boolean {
  return span.end > span.start;
}

function merge(spans: readonly Span[]): Span[] {
  const sorted = spans.filter(nonEmpty).sort((x, y) => x.start - y.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}
