/**
 * The Problems panel: each analysed article's contested figures, disputed
 * and false findings and unclosed quotes (problemList.ts), at Information
 * severity with a code, so F8 steps through them, the panel's filter finds
 * them, and the quick fixes (codeActions.ts) record a finding from there.
 */
import * as vscode from 'vscode';
import type { AnalysisService } from './analysisService';
import { articleProblems } from './problemList';
import { reviewedDocumentNow } from './reviewedArticle';
import type { SettingsStore } from './settings';
import type { VerdictStore } from './verdictStore';

export const PROBLEM_SOURCE = 'Claimlens';
/** VS Code lists at most this many problems of one file: more would only be made and dropped. */
const LISTED_PER_FILE = 1000;

export class ProblemsReporter implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('claimlens');
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly service: AnalysisService, private readonly store: VerdictStore, private readonly settings: SettingsStore) {
    this.subscriptions.push(
      service.onDidAnalyze(({ document }) => this.update(document)),
      store.onDidChange((uri) => {
        const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        if (document) this.update(document);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.collection.delete(document.uri)),
      settings.onDidChange(() => this.updateAll()),
    );
    this.updateAll();
  }

  private updateAll(): void {
    this.collection.clear();
    for (const document of vscode.workspace.textDocuments) if (this.service.peek(document)) this.update(document);
  }

  private update(document: vscode.TextDocument): void {
    const article = reviewedDocumentNow(this.service, this.store, document);
    const level = this.settings.value.problems;
    if (!article || level === 'off') {
      this.collection.delete(document.uri);
      return;
    }
    const diagnostics = articleProblems(article.view.visible, article.view.review, level, LISTED_PER_FILE).map((p) => {
      const diagnostic = new vscode.Diagnostic(new vscode.Range(document.positionAt(p.start), document.positionAt(p.end)), p.message, vscode.DiagnosticSeverity.Information);
      diagnostic.source = PROBLEM_SOURCE;
      diagnostic.code = p.code;
      return diagnostic;
    });
    this.collection.set(document.uri, diagnostics);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.collection.dispose();
  }
}
