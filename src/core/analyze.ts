/**
 * `analyze(text)`: Markdown (or plain text) in, one readonly annotation model out.
 */
import { findAttributions, type FoundAttribution } from './attributions';
import { findClaims } from './claims';
import { findContested } from './contested';
import { quoteAt, readDocument, type ArticleDocument } from './document';
import { EntityRegistry } from './entities';
import { detectLanguage, digitStyleFor } from './language';
import type { Analysis, AnalyzeOptions, Attribution, Claim, Quote, Speaker, TextSpan } from './model';
import { resolveSpeaker } from './speakers';
import { attributionCovering, governQuotations } from './sources';
import { cellContexts } from './tables';

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const doc = readDocument(text, options.format ?? 'markdown');
  const registry = new EntityRegistry(doc);
  const found = dedupe(findAttributions(doc));

  const speakers: Speaker[] = [];
  for (const a of found) speakers.push(resolveSpeaker(doc, registry, a, speakers));

  const attributionId = (i: number): string => `a${i + 1}`;
  const governing = governQuotations(doc, doc.quotations, found);
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
        speaker: a >= 0 ? speakers[a]! : headlineSubject(doc, registry, segment.block),
        attributionId: a >= 0 ? attributionId(a) : null,
      });
      if (a >= 0) quoteIdsByAttribution.set(a, [...(quoteIdsByAttribution.get(a) ?? []), id]);
    });
  });

  const attributions: Attribution[] = found.map((a, i) => {
    const base = doc.blocks[a.block]!.block.start;
    const start = base + a.phrase.start;
    const end = base + a.phrase.end;
    return {
      id: attributionId(i),
      start,
      end,
      text: squash(text.slice(start, end)),
      cue: { start: base + a.cue.start, end: base + a.cue.end, text: squash(text.slice(base + a.cue.start, base + a.cue.end)), kind: a.cue.kind },
      speaker: speakers[i]!,
      quoteIds: quoteIdsByAttribution.get(i) ?? [],
    };
  });

  const attributionsBySentence = new Map<string, number[]>();
  found.forEach((a, i) => {
    const key = `${a.block}:${a.sentence.index}`;
    attributionsBySentence.set(key, [...(attributionsBySentence.get(key) ?? []), i]);
  });
  const quoteIndexBySegmentStart = new Map(quotes.map((q, i) => [q.start, i]));

  const language = detectLanguage(text);
  const drafts = findClaims(doc, digitStyleFor(options.numberFormat, language));
  const cells = cellContexts(doc);
  const claimsWithoutGroups: Claim[] = drafts.map((c, i) => {
    const info = doc.blocks[c.block]!;
    const inQuote = quoteAt(info, c.figure.start);
    const quoteIndex = inQuote ? quoteIndexBySegmentStart.get(info.block.start + inQuote.start) : undefined;
    const quote = quoteIndex !== undefined ? quotes[quoteIndex] : undefined;
    let governingIndex = -1;
    if (quote) governingIndex = quote.attributionId ? Number(quote.attributionId.slice(1)) - 1 : -1;
    else governingIndex = attributionCovering(found, attributionsBySentence.get(`${c.block}:${c.sentence.index}`) ?? [], c.figure.start);
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
  const contested = findContested(doc, drafts, claimsWithoutGroups, cells);
  const groupOf = new Map<string, string>();
  for (const group of contested) for (const id of group.claimIds) groupOf.set(id, group.id);
  const claims = claimsWithoutGroups.map((c) => (groupOf.has(c.id) ? { ...c, contestedId: groupOf.get(c.id)! } : c));

  return { schema: 1, length: text.length, language, quotes, attributions, claims, contested };
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
  const isHeadline = info.block.kind === 'heading' || (block === 0 && !info.block.text.includes('\n') && info.block.text.length < 200);
  if (!isHeadline) return null;
  const mention = registry.mentions.find((m) => m.block === block && m.start === info.block.start + (info.block.text.length - info.block.text.trimStart().length));
  if (!mention || mention.entity.type !== 'person') return null;
  return { start: mention.start, end: mention.end, text: squash(doc.source.slice(mention.start, mention.end)), name: mention.entity.name, mention: 'name', entity: 'person' };
}

/** One attribution per cue: the transcript and dash passes may find a cue the sentence pass also found. */
function dedupe(found: FoundAttribution[]): FoundAttribution[] {
  const seen = new Set<string>();
  const sorted = [...found].sort((a, b) => a.block - b.block || a.cue.start - b.cue.start);
  return sorted.filter((a) => {
    const key = `${a.block}:${a.cue.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A quoted fragment inside the writer's sentence: a word comes right before it (`is “impossible.”`). */
function isPartial(blockText: string, localStart: number): boolean {
  const before = blockText.slice(Math.max(0, localStart - 30), localStart).trimEnd();
  return /[\p{L}\p{N}]$/u.test(before) && !/\b(?:said|says|say|told|added|asked|wrote|replied)$/i.test(before);
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
