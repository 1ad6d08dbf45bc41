/**
 * Finds direct quotations: curly “…”, straight "…", NYT-style ''…'', «…», and
 * single ‘…’ at top level or nested inside a double quote.
 *
 * A mark's role (opening or closing) comes from what flanks it, the way a
 * typesetter reads it, because writers mix glyphs (a stray ” opening a
 * paragraph) and the right single quote is also the apostrophe (they’ll).
 */
import type { QuoteMark, Span } from './model';
import type { ProseBlock } from './prose';

/** A quotation found in one block, in source offsets. */
export interface QuoteSpan extends Span {
  readonly block: number;
  readonly mark: QuoteMark;
  /** Closed inside its block. */
  readonly closedInBlock: boolean;
  /** Unclosed, ended by a new line that opens another quote; never continued in the next block. */
  readonly lineEnded?: boolean;
  readonly nested: readonly Span[];
}

/** Segments of one quotation: a single quote, or the paragraphs of a multi-paragraph quote. */
export interface Quotation {
  readonly segments: readonly QuoteSpan[];
  /** False when the last segment never closes. */
  readonly closed: boolean;
}

type Role = 'open' | 'close' | 'either' | 'none';

interface Mark {
  readonly at: number;
  readonly length: number;
  readonly style: QuoteMark;
  readonly single: boolean;
  readonly role: Role;
}

const MARK = /'''|''|[“”„‟«»"‘’']/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE_BEFORE_OPENING = /[\s([{\u2014\u2013\-/]/u;
const AFTER_CLOSING = /[\s.,;:!?)\]}\u2014\u2013\-/…]/u;
// Elided words that start with an apostrophe: ’90s, ’em, ’til, rock ’n’ roll.
const ELISION = /^(?:\d0s|\d\d\b|em\b|til\b|cause\b|n\b|bout\b|round\b|tis\b|twas\b|nuff\b|s\b)/i;

/** Joins each block's quotes (`findQuotesInBlock`) into quotations: a quote left open goes on in the next block that opens with one. */
export function linkQuotations(blocks: readonly ProseBlock[], perBlock: ReadonlyArray<readonly QuoteSpan[]>): Quotation[] {
  const quotations: Quotation[] = [];
  let open: QuoteSpan[] | undefined;
  perBlock.forEach((quotes, index) => {
    quotes.forEach((quote, k) => {
      const continues = open !== undefined && k === 0 && startsBlock(quote, blocks[index]!);
      if (open && !continues) {
        quotations.push({ segments: open, closed: false });
        open = undefined;
      }
      const segments = continues && open ? [...open, quote] : [quote];
      open = undefined;
      if (quote.closedInBlock) quotations.push({ segments, closed: true });
      else if (quote.lineEnded) quotations.push({ segments, closed: false });
      else open = segments;
    });
    // A quote left open must continue in the very next block, or it ends unclosed.
    if (open && quotes.length === 0) {
      quotations.push({ segments: open, closed: false });
      open = undefined;
    }
  });
  if (open) quotations.push({ segments: open, closed: false });
  return quotations;
}

function startsBlock(quote: QuoteSpan, block: ProseBlock): boolean {
  return block.text.slice(0, quote.start - block.start).trim() === '';
}

export function findQuotesInBlock(block: ProseBlock, blockIndex: number): QuoteSpan[] {
  const marks = readMarks(block.text);
  const found: QuoteSpan[] = [];
  // Open double quotes, outermost first; single quotes open at the current level.
  const doubles: Mark[] = [];
  // Each open single quote with the number of double quotes open around it: it can only close at that depth.
  let singles: Array<{ readonly mark: Mark; readonly depth: number }> = [];
  let nested: Span[] = [];
  let straightInside: Mark | undefined;
  const at = (offset: number): number => block.start + offset;

  for (let index = 0; index < marks.length; index++) {
    const mark = marks[index]!;
    // A line that opens with a quotation mark starts a new quote: the one still
    // open ends, unclosed, with the line before (lists of reader comments, transcripts).
    if (doubles.length > 0 && !mark.single && mark.role !== 'close' && startsLine(block.text, mark.at) && mark.at > 0) {
      const opening = doubles[0]!;
      const end = block.text.slice(0, mark.at).trimEnd().length;
      found.push({ start: at(opening.at), end: at(end), block: blockIndex, mark: opening.style, closedInBlock: false, nested, lineEnded: true });
      doubles.length = 0;
      nested = [];
      singles = [];
    }
    if (mark.single) {
      if (mark.role === 'open') singles.push({ mark, depth: doubles.length });
      else if ((mark.role === 'close' || mark.role === 'either') && singles[singles.length - 1]?.depth === doubles.length) {
        const opening = singles.pop()!.mark;
        const span = { start: at(opening.at), end: at(mark.at + mark.length) };
        if (doubles.length > 0) nested.push(span);
        else found.push({ ...span, block: blockIndex, mark: 'single', closedInBlock: true, nested: [] });
      }
      continue;
    }
    const top = doubles[doubles.length - 1];
    // Straight marks inside a curly quote pair among themselves: “He wrote ""x"" there,” she said.
    // One that can only close (`“I heard it," Trump said. "He …”`) closes the curly quote: a mismatched mark, not a nested quote.
    if (top && isDirectional(top) && !isDirectional(mark) && (straightInside !== undefined || (!endsSpeech(block.text, mark) && hasLaterStraight(marks, index)))) {
      if (straightInside === undefined) straightInside = mark;
      else {
        nested.push({ start: at(straightInside.at), end: at(mark.at + mark.length) });
        straightInside = undefined;
      }
      continue;
    }
    const closes = top !== undefined && (mark.role === 'close' || mark.role === 'either' || (mark.role === 'open' && !isDirectional(mark) && !isDirectional(top)));
    if (closes) {
      straightInside = undefined;
      const opening = doubles.pop()!;
      const span = { start: at(opening.at), end: at(mark.at + mark.length) };
      // A single quote opened inside this one and never closed cannot close outside it.
      // (The stack's depths never decrease upwards, so those are on top.)
      while ((singles[singles.length - 1]?.depth ?? 0) > doubles.length) singles.pop();
      if (doubles.length > 0) nested.push(span);
      else {
        found.push({ ...span, block: blockIndex, mark: opening.style, closedInBlock: true, nested });
        nested = [];
        singles = [];
      }
    } else if (mark.role === 'close' && /\d/.test(block.text[mark.at - 1] ?? '')) {
      // 12" with no quote open: an inch mark.
    } else if (mark.role === 'open' || mark.role === 'either' || (mark.role === 'close' && startsLine(block.text, mark.at))) {
      // A closing glyph typed where an opening one was meant (”What a night,” she said) opens only
      // a quote that closes in its paragraph: a stray one would open a quote running on into the next.
      if (!isClosingGlyph(block.text, mark) || closesLater(marks, mark)) doubles.push(mark);
    }
  }
  if (doubles.length > 0) {
    const opening = doubles[0]!;
    const end = block.text.trimEnd().length;
    found.push({ start: at(opening.at), end: at(end), block: blockIndex, mark: opening.style, closedInBlock: false, nested });
  }
  return settle(found);
}

/**
 * The model's promise whatever the marks: quotes never overlap, and nested
 * spans lie inside their quote. A quote inside another (‘a ‘b’ c’ at top
 * level) becomes one of its nested spans; one that crosses an earlier quote's
 * end is not a quotation the marks can tell apart, and is dropped.
 */
function settle(found: QuoteSpan[]): QuoteSpan[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Array<{ quote: QuoteSpan; nested: Span[] }> = [];
  for (const quote of sorted) {
    const last = kept[kept.length - 1];
    if (last === undefined || quote.start >= last.quote.end) kept.push({ quote, nested: [...quote.nested] });
    else if (quote.end <= last.quote.end) {
      last.nested.push({ start: quote.start, end: quote.end });
      for (const n of quote.nested) last.nested.push(n);
    }
  }
  return kept.map(({ quote, nested }) => ({ ...quote, nested: nested.filter((n) => n.start >= quote.start && n.end <= quote.end).sort((a, b) => a.start - b.start) }));
}

/**
 * Whether another straight double mark follows in the block before the next
 * curly closing mark: only then can a straight mark inside a curly quote open a
 * nested one (else it is a mismatched close: `“Hello," he said`).
 */
function hasLaterStraight(marks: readonly Mark[], index: number): boolean {
  const mark = marks[index]!;
  // Marks are in text order: only the ones after this one need looking at.
  for (let i = index + 1; i < marks.length; i++) {
    const m = marks[i]!;
    if (m.single) continue;
    if (isDirectional(m)) return false;
    if (m.style === mark.style) return true;
  }
  return false;
}

/** A mark shaped like the end of spoken words: after the sentence's punctuation, before a space (`six hours," Jo Penn said`). */
function endsSpeech(text: string, mark: Mark): boolean {
  return mark.role === 'close' && /[,.!?…]/.test(text[mark.at - 1] ?? '') && /\s/.test(text[mark.at + mark.length] ?? ' ');
}

/** “ ” « » tell which way they face; a straight " or '' does not. */
function isDirectional(mark: Mark): boolean {
  return mark.style === 'curly' || mark.style === 'guillemet';
}

function isClosingGlyph(text: string, mark: Mark): boolean {
  return text[mark.at] === '”' || text[mark.at] === '»';
}

/** Whether a later double mark in the block could close a quote this mark opens. */
function closesLater(marks: readonly Mark[], mark: Mark): boolean {
  return marks.some((m) => m.at > mark.at && !m.single && (m.role === 'close' || m.role === 'either'));
}

// A closing glyph at the start of a line may open a quote: writers and converters
// often type ” where “ was meant.
function startsLine(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (ch === '\n') return true;
    if (ch !== ' ' && ch !== '\t' && ch !== '\r') return false;
  }
  return true;
}

function readMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  for (let m = MARK.exec(text); m; m = MARK.exec(text)) {
    const glyph = m[0];
    const at = m.index;
    const before = at > 0 ? text[at - 1]! : ' ';
    const after = text[at + glyph.length] ?? ' ';
    if (glyph === "'''") {
      // An apostrophe next to a doubled quote: the Smiths''' or '''Tis.
      if (WORD_CHAR.test(before)) marks.push(classify(text, at + 1, "''"));
      else marks.push(classify(text, at, "''"));
      continue;
    }
    if (glyph === "''" && WORD_CHAR.test(before) && WORD_CHAR.test(after)) continue;
    if (isMeasurement(text, at, glyph)) continue;
    marks.push(classify(text, at, glyph));
  }
  return marks;
}

function classify(text: string, at: number, glyph: string): Mark {
  const before = at > 0 ? text[at - 1]! : ' ';
  const after = text[at + glyph.length] ?? ' ';
  const single = glyph === '‘' || glyph === '’' || glyph === "'";
  const style: QuoteMark = glyph === '“' || glyph === '”' || glyph === '„' || glyph === '‟' ? 'curly'
    : glyph === '«' || glyph === '»' ? 'guillemet'
    : glyph === '"' ? 'straight'
    : glyph === "''" ? 'doubled'
    : 'single';
  const opensBefore = SPACE_BEFORE_OPENING.test(before) || isMarkChar(before);
  const closesAfter = AFTER_CLOSING.test(after) || isMarkChar(after);
  const leftFlanking = opensBefore && !/\s/u.test(after);
  const rightFlanking = !/\s/u.test(before) && closesAfter;

  if (single) {
    if (WORD_CHAR.test(before) && WORD_CHAR.test(after)) return { at, length: 1, style, single, role: 'none' };
    if (leftFlanking && ELISION.test(text.slice(at + 1, at + 6))) return { at, length: 1, style, single, role: 'none' };
    if (glyph === '‘') return { at, length: 1, style, single, role: leftFlanking || !rightFlanking ? 'open' : 'close' };
    return { at, length: 1, style, single, role: leftFlanking && !rightFlanking ? 'open' : rightFlanking ? 'close' : 'none' };
  }
  let role: Role = leftFlanking && !rightFlanking ? 'open' : rightFlanking && !leftFlanking ? 'close' : 'either';
  // Directional glyphs break ties the way they face.
  if (role === 'either' && (glyph === '“' || glyph === '„' || glyph === '«')) role = 'open';
  if (role === 'either' && (glyph === '”' || glyph === '»')) role = 'close';
  return { at, length: glyph.length, style, single, role };
}

function isMarkChar(ch: string): boolean {
  return ch === '"' || ch === "'" || ch === '“' || ch === '”' || ch === '‘' || ch === '’' || ch === '«' || ch === '»' || ch === '„';
}

// 6'3": feet and inch marks after digits are measurements, not quotes.
function isMeasurement(text: string, at: number, glyph: string): boolean {
  const around = text.slice(Math.max(0, at - 4), at + 4);
  const local = Math.min(at, 4);
  const feetInches = /\d['’]\d{1,2}(?:["”]|'')/g;
  for (let m = feetInches.exec(around); m; m = feetInches.exec(around)) {
    if (local >= m.index && local < m.index + m[0].length) return glyph.length <= 2;
  }
  return false;
}
