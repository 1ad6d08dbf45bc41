/**
 * W3C Web Annotations (JSON-LD): one annotation per quote and figure, in an
 * AnnotationCollection. Each target carries a TextQuoteSelector (exact, prefix,
 * suffix) and a TextPositionSelector, whose positions count Unicode code points
 * as the Web Annotation model says, not UTF-16 units.
 */
import type { Claim, Quote } from '../core';
import { findingOf } from './findings';
import { codePointMapper, textQuote } from './positions';
import { STATUS_LABELS } from '../review';
import type { ArticleExport, Exporter } from './types';

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const AFFIX = 32;

export const w3cExporter: Exporter = {
  id: 'w3c',
  label: 'W3C Web Annotations',
  description: 'JSON-LD annotations with text quote and position selectors',
  extension: 'jsonld',
  languageId: 'json',
  export(articles, options = {}) {
    const created = (options.generatedAt ?? new Date()).toISOString();
    const items = articles.flatMap((article) => annotationsOf(article, created));
    const collection = {
      '@context': CONTEXT,
      id: `urn:claimlens:collection:${articles.map((a) => encodeURIComponent(a.file)).join(',')}`,
      type: 'AnnotationCollection',
      label: articles.length === 1 ? `Claimlens annotations for ${articles[0]!.file}` : `Claimlens annotations for ${articles.length} articles`,
      total: items.length,
      generator: { id: 'https://claimlens.dev', type: 'Software', name: 'Claimlens' },
      first: { type: 'AnnotationPage', startIndex: 0, items },
    };
    return `${JSON.stringify(collection, null, 2)}\n`;
  },
};

function annotationsOf(article: ArticleExport, created: string): unknown[] {
  const toCodePoints = codePointMapper(article.text);
  const groups = new Map(article.analysis.contested.map((g) => [g.id, g]));
  const target = (start: number, end: number) => ({
    source: article.uri,
    selector: [
      { type: 'TextQuoteSelector', ...textQuote(article.text, start, end, AFFIX) },
      { type: 'TextPositionSelector', start: toCodePoints(start), end: toCodePoints(end) },
    ],
  });
  const body = (purpose: string, value: string) => ({ type: 'TextualBody', purpose, value, format: 'text/plain' });
  const attributions = new Map(article.analysis.attributions.map((a) => [a.id, a]));
  // An item its source vouches for also targets what the source says (the attribution's content), and names the rule.
  const targets = (item: { start: number; end: number; attributionId: string | null }) => {
    const a = item.attributionId ? attributions.get(item.attributionId) : undefined;
    const own = target(item.start, item.end);
    return a && a.content.length > 0 ? [own, ...a.content.map((s) => target(s.start, s.end))] : own;
  };
  const attributionBodies = (item: { attributionId: string | null }) => {
    const a = item.attributionId ? attributions.get(item.attributionId) : undefined;
    return a ? [body('describing', `Attribution: “${a.cue.text}” (${a.kind}, rule ${a.rule})`)] : [];
  };
  const id = (item: { id: string }) => `${article.uri}#claimlens-${item.id}`;
  // The fact-check: its status assesses the item, the note comments on it, the evidence is linked.
  const findingBodies = (item: { id: string; contestedId?: string | null }) => {
    const bodies = (f: ReturnType<typeof findingOf>, of: string) =>
      !f || f.status === 'unchecked'
        ? []
        : [body('assessing', `Fact-check${of}: ${STATUS_LABELS[f.status]}`), ...(f.note ? [body('commenting', f.note)] : []), ...(f.evidence ? [{ type: 'SpecificResource', purpose: 'linking', source: f.evidence }] : [])];
    return [...bodies(findingOf(article, item.id), ''), ...(item.contestedId ? bodies(findingOf(article, item.contestedId), ' of the contested group') : [])];
  };

  const quote = (q: Quote) => ({
    '@context': CONTEXT,
    id: id(q),
    type: 'Annotation',
    motivation: 'identifying',
    created,
    body: [body('tagging', 'quote'), ...(q.speaker ? [body('identifying', q.speaker.name), body('describing', `Speaker: ${q.speaker.name} (written “${q.speaker.text}”)`)] : []), ...attributionBodies(q), ...findingBodies(q)],
    target: targets(q),
    start: q.start,
  });
  const claim = (c: Claim) => {
    const group = c.contestedId ? groups.get(c.contestedId) : undefined;
    const value = c.vague ? 'vague amount' : c.range ? `${c.range.low}–${c.range.high}` : String(c.value);
    return {
      '@context': CONTEXT,
      id: id(c),
      type: 'Annotation',
      motivation: group ? 'questioning' : 'assessing',
      created,
      body: [
        body('tagging', group ? 'contested claim' : 'claim'),
        body('describing', `Value: ${value}${c.unit ? ` ${c.unit}` : ''}${c.qualifier ? ` (${c.qualifier})` : ''}${c.counts ? `; counts: ${c.counts}` : ''}`),
        ...(c.source ? [body('identifying', c.source.name)] : []),
        ...(group ? [body('linking', `Contested: ${group.quantity} (${group.id}). ${group.reason}`)] : []),
        ...attributionBodies(c),
        ...findingBodies(c),
      ],
      target: targets(c),
      start: c.start,
    };
  };
  // In reading order; `start` only sorts and is not part of the annotation.
  return [...article.analysis.quotes.map(quote), ...article.analysis.claims.map(claim)].sort((a, b) => a.start - b.start).map(({ start: _start, ...annotation }) => annotation);
}
