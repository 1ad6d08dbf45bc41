/** The exporters, pure functions from the annotation model to a string; shared by the extension and the CLI. */
import { csvExporter } from './csv';
import { htmlExporter } from './html';
import { jsonExporter } from './json';
import { markdownReportExporter } from './markdownReport';
import type { ExportFormat, Exporter } from './types';
import { w3cExporter } from './w3c';

export const EXPORTERS: Readonly<Record<ExportFormat, Exporter>> = {
  json: jsonExporter,
  csv: csvExporter,
  markdown: markdownReportExporter,
  w3c: w3cExporter,
  html: htmlExporter,
};

export const EXPORT_FORMATS = Object.keys(EXPORTERS) as ExportFormat[];

export { articleRecord } from './json';
export { isClaimlensReport } from './markdownReport';
export type { ArticleExport, ExportFormat, Exporter, ExportOptions } from './types';
