/** What every exporter takes: one or more analysed articles. Pure data, no I/O. */
import type { Analysis } from '../core';
import type { ArticleReview } from '../review';

export interface ArticleExport {
  /** A path for people: "articles/ukraine.md". */
  readonly file: string;
  /** The article's URI, for W3C targets: "file:///home/ed/articles/ukraine.md". */
  readonly uri: string;
  /** The exact text the offsets count into. */
  readonly text: string;
  readonly analysis: Analysis;
  /**
   * The fact-check verdicts placed on the analysis, when there are any to
   * export: each item's status, note and evidence go with it. `analysis` is
   * then the analysis less what was marked "not a claim".
   */
  readonly review?: ArticleReview;
}

export interface ExportOptions {
  /** CSV: start with a UTF-8 byte-order mark so Excel reads the encoding right. */
  readonly bom?: boolean;
  /** A fixed time for "generated at" lines (tests); the current time otherwise. */
  readonly generatedAt?: Date;
}

export interface Exporter {
  readonly id: ExportFormat;
  readonly label: string;
  readonly description: string;
  /** File extension, without the dot. */
  readonly extension: string;
  /** VS Code language id for an untitled document of this format. */
  readonly languageId: string;
  export(articles: readonly ArticleExport[], options?: ExportOptions): string;
}

export type ExportFormat = 'json' | 'csv' | 'markdown' | 'w3c' | 'html';
