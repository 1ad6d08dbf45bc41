/**
 * JSON: the full annotation model, versioned by `schema`. One article gives the
 * article object the CLI prints; several give `{ schema, articles: [...] }`.
 * Both are described by schema/claimlens.schema.json.
 */
import type { Verdict } from '../review';
import type { ArticleExport, Exporter } from './types';

export function articleRecord(article: ArticleExport): Record<string, unknown> {
  const { schema, length, language, quotes, attributions, claims, contested, ruleErrors } = article.analysis;
  const record = { schema, file: article.file, length, language, quotes, attributions, claims, contested, ruleErrors };
  return article.review ? { ...record, verdicts: verdictRecords(article) } : record;
}

/** Every verdict, placed ones in reading order with the id of what they are on, then the orphans (targetId null). */
function verdictRecords(article: ArticleExport): Record<string, unknown>[] {
  const review = article.review!;
  const shown = new Set([...article.analysis.claims, ...article.analysis.quotes, ...article.analysis.contested].map((item) => item.id));
  const record = (v: Verdict, targetId: string | null, span: { start: number; end: number }, changed: boolean) => ({ id: v.id, target: v.target, targetId, status: v.status, note: v.note, evidence: v.evidence, start: span.start, end: span.end, exact: v.anchor.exact, changed, updated: v.updated });
  const placed = [...review.byTarget.entries()].filter(([id]) => shown.has(id) || review.byTarget.get(id)!.verdict.status === 'not-a-claim').sort(([, a], [, b]) => a.span.start - b.span.start);
  return [...placed.map(([id, p]) => record(p.verdict, id, p.span, p.changed)), ...review.orphans.map((v) => record(v, null, v.anchor, true))];
}

export const jsonExporter: Exporter = {
  id: 'json',
  label: 'JSON',
  description: 'The full annotation model, versioned (schema 1)',
  extension: 'json',
  languageId: 'json',
  export(articles) {
    const value = articles.length === 1 ? articleRecord(articles[0]!) : { schema: 1, articles: articles.map(articleRecord) };
    return `${JSON.stringify(value, null, 2)}\n`;
  },
};
