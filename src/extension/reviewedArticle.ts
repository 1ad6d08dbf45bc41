/**
 * An open article with its analysis and its verdicts, as every verdict
 * feature needs it: only for an analysis of the document's exact text.
 */
import type * as vscode from 'vscode';
import type { Analysis } from '../core';
import type { AnalysisResult, AnalysisService } from './analysisService';
import type { ReviewedArticleView, VerdictStore } from './verdictStore';

export interface ReviewedDocument {
  readonly document: vscode.TextDocument;
  /** The text the analysis and the verdicts' places count into. */
  readonly text: string;
  /** The full analysis; verdicts are placed on this one. */
  readonly analysis: Analysis;
  readonly view: ReviewedArticleView;
}

/** The article as it is now, waiting for its analysis if it has none yet. */
export async function reviewedDocument(service: AnalysisService, store: VerdictStore, document: vscode.TextDocument): Promise<ReviewedDocument | undefined> {
  if (!service.isAnalysable(document)) return undefined;
  return reviewed(store, document, await service.get(document));
}

/** Only from an analysis already made: for what runs on every cursor move while the user types. */
export function reviewedDocumentNow(service: AnalysisService, store: VerdictStore, document: vscode.TextDocument): ReviewedDocument | undefined {
  if (!service.isAnalysable(document)) return undefined;
  const result = service.peek(document);
  return result && reviewed(store, document, result);
}

function reviewed(store: VerdictStore, document: vscode.TextDocument, result: AnalysisResult): ReviewedDocument | undefined {
  const text = document.getText();
  if (result.kind !== 'ok' || result.analysis.length !== text.length) return undefined;
  return { document, text, analysis: result.analysis, view: store.viewOf(document, result.analysis) };
}
