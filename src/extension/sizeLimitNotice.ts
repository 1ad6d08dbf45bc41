/**
 * Tells the user, once per document, that an article is over the size limit
 * and was not analysed (never a silent partial result), with a way to raise it.
 */
import * as vscode from 'vscode';
import type { AnalysisResult, AnalysisService } from './analysisService';
import { displayText } from '../ui/displayText';

export class SizeLimitNotice implements vscode.Disposable {
  private readonly warned = new Set<string>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Messages shown, newest last, for tests. */
  readonly shown: string[] = [];

  constructor(service: AnalysisService) {
    this.subscriptions.push(
      service.onDidAnalyze(({ document, result }) => this.consider(document, result)),
      vscode.workspace.onDidCloseTextDocument((document) => this.warned.delete(document.uri.toString())),
    );
    // Documents open at activation may have been analysed before this notice listened.
    for (const editor of vscode.window.visibleTextEditors) {
      const result = service.peek(editor.document);
      if (result) this.consider(editor.document, result);
    }
  }

  private consider(document: vscode.TextDocument, result: AnalysisResult): void {
    const key = document.uri.toString();
    if (result.kind !== 'too-large') {
      this.warned.delete(key);
      return;
    }
    if (this.warned.has(key)) return;
    this.warned.add(key);
    const name = displayText(document.uri.path.split('/').pop() ?? 'This document');
    const message = `Claimlens did not analyse ${name}: it is ${megabytes(result.size)}, over the ${megabytes(result.limit)} limit. No highlights are shown for it.`;
    this.shown.push(message);
    void vscode.window.showWarningMessage(message, 'Raise the Limit').then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'claimlens.maxDocumentSizeKB');
    });
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}

function megabytes(characters: number): string {
  return `${(characters / 1024 / 1024).toFixed(1)} MB`;
}
