/**
 * `analyze(text)`: Markdown (or plain text) in, one readonly annotation model out.
 */
import { attributedContent, blockAttributions, findAttributions, type BlockAttributions, type FoundAttribution } from './attributions';
import { blockClaims, findClaims, type BlockClaims } from './claims';
import { findContested, type ContestedStages } from './contested';
import { BLOCK_PHRASES } from './contested/disputes';
import { quantityOf } from './contested/quantity';
import { quoteAt, readDocument, type ArticleDocument } from './document';
import { blockNameRuns, EntityRegistry, type BlockNameRuns } from './entities';
import { RuleErrors } from './guard';
import { detectLanguage, digitStyleFor } from './language';
import type { Analysis, AnalyzeOptions, Attribution, AttributionKind, Claim, Quote, Span, Speaker, TextSpan } from './model';
import { resolveSpeaker, unresolvedSpeaker } from './speakers';
import { ContentIndex, governQuotations, shareSpeakers } from './sources';
import { cellContexts } from './tables';

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return analyzeDocument(text, readDocument(text, options.format ?? 'markdown'), options, READ_AFRESH);
}

/**
 * The stages that read one block alone: `incremental.ts` passes ones that keep their results by the block's text.
 * A figure's quantity (`quantity`) reads its own sentence, its claim's words and source, and the names of the article's sources.
 */
export interface BlockStages extends ContestedStages {
  readonly attributions: BlockAttributions;
  readonly claims: BlockClaims;
  readonly nameRuns: BlockNameRuns;
  /** An attribution's speaker, resolved against the registry and the speakers before it (`resolveSpeaker`, or one kept while its questions get the same answers). */
  readonly speaker: typeof resolveSpeaker;
}

const READ_AFRESH: BlockStages = { attributions: blockAttributions, claims: blockClaims, nameRuns: blockNameRuns, speaker: resolveSpeaker, quantity: quantityOf, disputePhrases: BLOCK_PHRASES };

/** The analysis of `text`, whose document is `doc` (read afresh, or partly kept by `incremental.ts`). */
export function analyzeDocument(text: string, doc: ArticleDocument, options: AnalyzeOptions, stages: BlockStages): Analysis {
  const errors = new RuleErrors();
  const registry = new EntityRegistry(doc, stages.nameRuns);
  const found = findAttributions(doc, errors, stages.attributions);

  const speakers: Speaker[] = [];
  // The fallbacks are made only when a stage fails: made for every attribution, they cost as much as a stage.
  for (const a of found) speakers.push(errors.run('speaker.resolve', () => stages.speaker(doc, registry, a, speakers), undefined) ?? unresolvedSpeaker(doc, a));

  const attributionId = (i: number): string => `a${i + 1}`;
  const governing = errors.run('source.quotations', () => governQuotations(doc, doc.quotations, found), undefined) ?? doc.quotations.map((q) => q.segments.map(() => -1));
  const headlines = new Map<number, Speaker | null>();
  const headlineOf = (block: number): Speaker | null => {
    if (!headlines.has(block)) headlines.set(block, headlineSubject(doc, registry, block));
    return headlines.get(block)!;
  };
  const quotes: Quote[] = [];
  const quoteIdsByAttribution = new Map<number, string[]>();
  doc.quotations.forEach((quotation, k) => {
    const firstId = `q${quotes.length + 1}`;
    quotation.segments.forEach((segment, n) => {
      const a = governing[k]![n]!;
      const id = `q${quotes.length + 1}`;
      const info = doc.blocks[segment.block]!;
      quotes.push({
        id,
        start: segment.start,
        end: segment.end,
        text: text.slice(segment.start, segment.end),
        mark: segment.mark,
        closed: quotation.closed,
        partial: isPartial(info.block.text, segment.start - info.block.start),
        quotation: quotation.segments.length > 1 ? { id: firstId, segment: n } : null,
        nested: segment.nested,
        speaker: a >= 0 ? speakers[a]! : headlineOf(segment.block),
        attributionId: a >= 0 ? attributionId(a) : null,
      });
      if (a >= 0) {
        const ids = quoteIdsByAttribution.get(a);
        if (ids) ids.push(id);
        else quoteIdsByAttribution.set(a, [id]);
      }
    });
  });
  const quoteById = new Map(quotes.map((q) => [q.id, q]));
  const quoteSpans = new Map([...quoteIdsByAttribution].map(([a, ids]) => [a, ids.map((id) => quoteById.get(id)!)]));
  const contents = errors.run('content', () => attributedContent(doc, found, quoteSpans), found.map(() => []));

  const attributions: Attribution[] = found.map((a, i) => {
    const base = doc.blocks[a.block]!.block.start;
    const start = base + a.phrase.start;
    const end = base + a.phrase.end;
    const content = contents[i]!;
    return {
      id: attributionId(i),
      start,
      end,
      text: squash(text.slice(start, end)),
      cue: { start: base + a.cue.start, end: base + a.cue.end, text: squash(text.slice(base + a.cue.start, base + a.cue.end)), kind: a.cue.kind },
      speaker: speakers[i]!,
      content,
      kind: kindOf(content, quoteSpans.get(i) ?? []),
      rule: a.rule,
      sentence: { start: base + a.sentence.start, end: base + a.sentence.end },
      quoteIds: quoteIdsByAttribution.get(i) ?? [],
    };
  });

  const quoteIndexBySegmentStart = new Map(quotes.map((q, i) => [q.start, i]));
  const contentIndex = new ContentIndex(contents);

  const language = detectLanguage(text);
  const drafts = errors.run('figure.read', () => findClaims(doc, digitStyleFor(options.numberFormat, language), stages.claims), []);
  const cells = cellContexts(doc);
  const shares = shareSpeakers(speakers, drafts);
  const claimsWithoutGroups: Claim[] = drafts.map((c, i) => {
    const info = doc.blocks[c.block]!;
    const inQuote = quoteAt(info, c.figure.start);
    const quoteIndex = inQuote ? quoteIndexBySegmentStart.get(info.block.start + inQuote.start) : undefined;
    const quote = quoteIndex !== undefined ? quotes[quoteIndex] : undefined;
    const quoted = quote?.attributionId ? Number(quote.attributionId.slice(1)) - 1 : -1;
    // "The poll found that 43% of voters support …": a figure inside the speaker ("43% of voters") is the outer report's.
    const notOwnSpeaker = (i: number): boolean => !(speakers[i]!.start <= c.start && speakers[i]!.end >= c.end);
    const inner = quoted >= 0 ? quoted : contentIndex.innermost(c.start, c.end, notOwnSpeaker);
    // "38 percent of voters said …, while 60 percent said …": a share of respondents speaks for its poll, so the figure is the poll's, or the article's when no poll's content holds it.
    const holder = quoted < 0 && inner >= 0 && shares[inner] ? contentIndex.innermost(c.start, c.end, (i) => notOwnSpeaker(i) && !shares[i]) : inner;
    const governingIndex = holder >= 0 && isWritersOwnView(doc, found[holder]!) ? -1 : holder;
    const cell = cells.get(c.block);
    const rowSource = governingIndex < 0 && cell?.rowHeader ? tableSource(registry, cell.rowHeader) : null;
    return {
      id: `c${i + 1}`,
      start: c.start,
      end: c.end,
      text: squash(text.slice(c.start, c.end)),
      value: c.value,
      range: c.range,
      qualifier: c.qualifier,
      unit: c.unit,
      change: c.change,
      vague: c.vague,
      counts: c.counts ?? cell?.header ?? null,
      source: governingIndex >= 0 ? speakers[governingIndex]! : rowSource,
      attributionId: governingIndex >= 0 ? attributionId(governingIndex) : null,
      quoteId: quote?.id ?? null,
      contestedId: null,
    };
  });
  const contested = errors.run('contested.group', () => findContested(doc, drafts, claimsWithoutGroups, cells, stages), []);
  const groupOf = new Map<string, string>();
  for (const group of contested) for (const id of group.claimIds) groupOf.set(id, group.id);
  const claims = claimsWithoutGroups.map((c) => (groupOf.has(c.id) ? { ...c, contestedId: groupOf.get(c.id)! } : c));

  return { schema: 1, length: text.length, language, quotes, attributions, claims, contested, ruleErrors: errors.list() };
}

/** Direct when everything attributed is quoted, mixed when quotes sit in the writer's words, else indirect. */
function kindOf(content: readonly Span[], quotes: readonly Span[]): AttributionKind {
  if (quotes.length === 0) return 'indirect';
  const quoted = quotes.reduce((n, q) => n + q.end - q.start, 0);
  const total = content.reduce((n, s) => n + s.end - s.start, 0);
  return total <= quoted + 2 ? 'direct' : 'mixed';
}

/** "We know their average age (63)": the writer's own "we" or "I", outside quotes, is the article's voice. */
function isWritersOwnView(doc: ArticleDocument, a: FoundAttribution): boolean {
  const info = doc.blocks[a.block]!;
  const mention = info.block.text.slice(a.speaker.start, a.speaker.end).toLowerCase();
  return (mention === 'we' || mention === 'i') && !quoteAt(info, a.cue.start);
}

/** A table row's first cell as the source of the figures in that row. */
function tableSource(registry: EntityRegistry, cell: TextSpan): Speaker {
  const entity = registry.lookup(cell.text);
  return { ...cell, name: entity?.name ?? cell.text, mention: 'name', entity: entity?.type ?? 'unknown' };
}

/**
 * `Obama Sees ‘Personal Insult’ if …`: a quote in a title-case headline is the
 * words of the person the headline opens with, when the article names them.
 */
function headlineSubject(doc: ArticleDocument, registry: EntityRegistry, block: number): Speaker | null {
  const info = doc.blocks[block]!;
  const isHeadline = info.block.kind === 'heading' || (block === 0 && info.block.text.length < 200 && !info.block.text.includes('\n'));
  if (!isHeadline) return null;
  const mention = registry.mentions.find((m) => m.block === block && m.start === info.block.start + (info.block.text.length - info.block.text.trimStart().length));
  if (!mention || mention.entity.type !== 'person') return null;
  return { start: mention.start, end: mention.end, text: squash(doc.source.slice(mention.start, mention.end)), name: mention.entity.name, mention: 'name', entity: 'person' };
}

/** A quoted fragment inside the writer's sentence: a word comes right before it (`is “impossible.”`). */
function isPartial(blockText: string, localStart: number): boolean {
  const before = blockText.slice(Math.max(0, localStart - 30), localStart).trimEnd();
  return /[\p{L}\p{N}]$/u.test(before) && !/\b(?:said|says|say|told|added|asked|wrote|replied)$/i.test(before);
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
