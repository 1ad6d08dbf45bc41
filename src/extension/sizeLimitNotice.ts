/**
 * Tells the user, once per document, that an article is over the size limit
 * and was not analysed (never a silent partial result), with a way to raise it.
 */
import * as vscode from 'vscode';
import type { AnalysisService } from './analysisService';

export class SizeLimitNotice implements vscode.Disposable {
  private readonly warned = new Set<string>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Messages shown, newest last, for tests. */
  readonly shown: string[] = [];

  constructor(service: AnalysisService) {
    this.subscriptions.push(
      service.onDidAnalyze(({ document, result }) => {
        const key = document.uri.toString();
        if (result.kind !== 'too-large') {
          this.warned.delete(key);
          return;
        }
        if (this.warned.has(key)) return;
        this.warned.add(key);
        const name = document.uri.path.split('/').pop() ?? 'This document';
        const message = `Claimlens did not analyse ${name}: it is ${megabytes(result.size)}, over the ${megabytes(result.limit)} limit. No highlights are shown for it.`;
        this.shown.push(message);
        void vscode.window.showWarningMessage(message, 'Raise the Limit').then((choice) => {
          if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'claimlens.maxDocumentSizeKB');
        });
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.warned.delete(document.uri.toString())),
    );
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}

function megabytes(characters: number): string {
  return `${(characters / 1024 / 1024).toFixed(1)} MB`;
}
