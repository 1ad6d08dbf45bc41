/**
 * An open article with its analysis and its verdicts, as every verdict
 * feature needs it: only for an analysis of the document's exact text.
 */
import type * as vscode from 'vscode';
import type { Analysis } from '../core';
import type { AnalysisService } from './analysisService';
import type { ReviewedArticleView, VerdictStore } from './verdictStore';

export interface ReviewedDocument {
  readonly document: vscode.TextDocument;
  /** The text the analysis and the verdicts' places count into. */
  readonly text: string;
  /** The full analysis; verdicts are placed on this one. */
  readonly analysis: Analysis;
  readonly view: ReviewedArticleView;
}

/** `analyse: false` uses only an analysis already made (for what runs on every cursor move while the user types). */
export function reviewedDocument(service: AnalysisService, store: VerdictStore, document: vscode.TextDocument, analyse = true): ReviewedDocument | undefined {
  if (!service.isAnalysable(document)) return undefined;
  const result = analyse ? service.get(document) : service.peek(document);
  if (!result) return undefined;
  const text = document.getText();
  if (result.kind !== 'ok' || result.analysis.length !== text.length) return undefined;
  return { document, text, analysis: result.analysis, view: store.viewOf(document, result.analysis) };
}
