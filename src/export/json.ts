/**
 * JSON: the full annotation model, versioned by `schema`. One article gives the
 * article object the CLI prints; several give `{ schema, articles: [...] }`.
 * Both are described by schema/claimlens.schema.json.
 */
import type { ArticleExport, Exporter } from './types';

export function articleRecord(article: ArticleExport): Record<string, unknown> {
  const { schema, length, language, quotes, attributions, claims, contested, ruleErrors } = article.analysis;
  return { schema, file: article.file, length, language, quotes, attributions, claims, contested, ruleErrors };
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
