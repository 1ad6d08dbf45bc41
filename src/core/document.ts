/**
 * The parsed article the detectors share: prose blocks, their quotations and
 * sentences, and tokens made on demand. Positions inside a block are local to
 * `block.text`; add `block.start` for source offsets.
 */
import type { Span, SourceFormat } from './model';
import { extractProse, type ProseBlock } from './prose';
import { findQuotesInBlock, linkQuotations, type Quotation, type QuoteSpan } from './quotes';
import { firstIndex, spanAt } from './search';
import { splitSentences } from './sentences';
import { tokenize, type QuoteLayout, type Token } from './tokens';

export interface Sentence extends Span {
  readonly block: number;
  readonly index: number;
  /** Tokens of the sentence, made on first use. */
  tokens(): readonly Token[];
}

export interface BlockInfo {
  readonly block: ProseBlock;
  readonly index: number;
  /** Quote segments of this block, block-local, in order. */
  readonly quotes: readonly LocalQuote[];
  readonly sentences: readonly Sentence[];
}

export interface LocalQuote extends Span {
  readonly segment: QuoteSpan;
  readonly quotation: Quotation;
}

export interface ArticleDocument {
  readonly source: string;
  readonly blocks: readonly BlockInfo[];
  readonly quotations: readonly Quotation[];
}

export function readDocument(source: string, format: SourceFormat): ArticleDocument {
  return documentOf(source, extractProse(source, format), readBlock);
}

/** What one block holds on its own, read from its text alone: so a reading can be kept while the text stays. */
export interface BlockReading {
  /** Quote segments, in source offsets, as `findQuotesInBlock` gives them. */
  readonly quotes: readonly QuoteSpan[];
  /** Sentence spans, block-local. */
  readonly sentences: readonly Span[];
  /** Each sentence's tokens (block-local), filled on first use. */
  readonly tokens: Array<readonly Token[] | undefined>;
  /**
   * The sentences made from this reading, by the block index they name: a
   * kept reading gives the same sentences while its block stays at that
   * index, so what is keyed by sentence stays valid too.
   */
  readonly made: Map<number, readonly Sentence[]>;
}

export function readBlock(block: ProseBlock, index: number): BlockReading {
  const quotes = findQuotesInBlock(block, index);
  const sentences = splitSentences(block.text, quotes.map((q) => ({ start: q.start - block.start, end: q.end - block.start })));
  return { quotes, sentences, tokens: [], made: new Map() };
}

/** The document of prose blocks already extracted, each read by `read` (`readBlock`, or a kept reading). */
export function documentOf(source: string, prose: readonly ProseBlock[], read: (block: ProseBlock, index: number) => BlockReading): ArticleDocument {
  const readings = prose.map(read);
  const quotations = linkQuotations(prose, readings.map((r) => r.quotes));
  const quotesByBlock: LocalQuote[][] = prose.map(() => []);
  for (const quotation of quotations) {
    for (const segment of quotation.segments) {
      const base = prose[segment.block]!.start;
      quotesByBlock[segment.block]!.push({ start: segment.start - base, end: segment.end - base, segment, quotation });
    }
  }
  const blocks = prose.map((block, index): BlockInfo => {
    const quotes = quotesByBlock[index]!.sort((a, b) => a.start - b.start);
    const reading = readings[index]!;
    return { block, index, quotes, sentences: sentencesOf(block, index, quotes, reading) };
  });
  return { source, blocks, quotations };
}

/**
 * A block's sentences. Their tokens read only the block's text and its own
 * quotes (which the reading holds), so the sentences made once for an index
 * serve every later document in which the reading stands at that index.
 */
function sentencesOf(block: ProseBlock, index: number, quotes: readonly LocalQuote[], reading: BlockReading): readonly Sentence[] {
  const made = reading.made.get(index);
  if (made) return made;
  const layout = quoteLayout(quotes);
  const sentences = reading.sentences.map((span, k) => makeSentence(block.text, index, k, span, layout, reading.tokens));
  reading.made.set(index, sentences);
  return sentences;
}

function quoteLayout(quotes: readonly LocalQuote[]): QuoteLayout {
  const marks = new Map<number, 'open' | 'close'>();
  for (const quote of quotes) {
    const width = quote.segment.mark === 'doubled' ? 2 : 1;
    for (let i = 0; i < width; i++) marks.set(quote.start + i, 'open');
    if (quote.segment.closedInBlock) for (let i = 1; i <= width; i++) marks.set(quote.end - i, 'close');
  }
  return { marks, spans: quotes };
}

function makeSentence(text: string, blockIndex: number, index: number, span: Span, layout: QuoteLayout, tokens: Array<readonly Token[] | undefined>): Sentence {
  return {
    start: span.start,
    end: span.end,
    block: blockIndex,
    index,
    tokens: () => (tokens[index] ??= tokenize(text, span.start, span.end, layout)),
  };
}

/** The quote (block-local) containing the local position, if any. Binary search: quotes are sorted and never overlap. */
export function quoteAt(info: BlockInfo, position: number): LocalQuote | undefined {
  return spanAt(info.quotes, position);
}

/** The sentence holding a block-local position, if any. */
export function sentenceAt(info: BlockInfo, position: number): Sentence | undefined {
  return spanAt(info.sentences, position);
}

/** The quotes (block-local) that overlap [start, end), found by binary search. */
export function quotesIn(info: BlockInfo, start: number, end: number): readonly LocalQuote[] {
  const quotes = info.quotes;
  const lo = firstIndex(quotes.length, (i) => quotes[i]!.end <= start);
  let to = lo;
  while (to < quotes.length && quotes[to]!.start < end) to++;
  return quotes.slice(lo, to);
}
