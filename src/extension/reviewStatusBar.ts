/**
 * "$(checklist) 12 of 21 figures checked" for the active article; a click
 * walks the unchecked figures. Quiet (no warning colour) until something
 * needs attention: verdicts whose text is gone, or a verdicts file that
 * cannot be read.
 */
import * as vscode from 'vscode';
import { plural } from '../core';
import { progressText, reviewProgress } from '../review';
import type { AnalysisService } from './analysisService';
import { COMMANDS } from '../ui/commandIds';
import { displayText } from '../ui/displayText';
import { reviewedDocumentNow } from './reviewedArticle';
import type { SettingsStore } from './settings';
import type { VerdictStore } from './verdictStore';

export class ReviewStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('claimlens.review', vscode.StatusBarAlignment.Right, 99);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly service: AnalysisService, private readonly store: VerdictStore, private readonly settings: SettingsStore) {
    this.item.name = 'Claimlens Fact-check';
    const ifActive = (uri: vscode.Uri) => {
      if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
    };
    this.subscriptions.push(
      settings.onDidChange(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      service.onDidAnalyze(({ document }) => ifActive(document.uri)),
      store.onDidChange(ifActive),
    );
    this.update();
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    const article = editor && this.settings.value.enabled ? reviewedDocumentNow(this.service, this.store, editor.document) : undefined;
    if (!article) {
      this.item.hide();
      return;
    }
    const { state, review, visible } = article.view;
    this.item.backgroundColor = undefined;
    this.item.command = COMMANDS.checkUnchecked;
    if (state.kind === 'broken') {
      this.item.text = '$(warning) Verdicts read-only';
      this.item.tooltip = state.message;
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
      this.item.command = { title: 'Open the verdicts file', command: 'vscode.open', arguments: [state.sidecar] };
      this.item.show();
      return;
    }
    const progress = reviewProgress(article.analysis, review);
    const { checked, total } = progress.figures;
    this.item.text = `$(checklist) ${checked} of ${plural(total, 'figure')} checked`;
    const hidden = progress.hidden > 0 ? `\n${plural(progress.hidden, 'item')} marked "not a claim" and hidden.` : '';
    const where = state.kind === 'ready' ? `\nVerdicts: ${displayText(vscode.workspace.asRelativePath(state.sidecar))}` : state.kind === 'unavailable' ? `\n${state.message}` : '';
    this.item.tooltip = `Fact-check: ${progressText(progress)}; ${plural(progress.quotes.checked, 'quote')} and ${plural(progress.groups.checked, 'contested group')} checked.${hidden}${where}\nClick to check the unchecked figures one by one.`;
    // Something to act on: verdicts whose text is gone.
    if (progress.orphans > 0) {
      this.item.text += ` $(warning) ${plural(progress.orphans, 'orphan')}`;
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
    }
    if (visible.claims.length === 0 && progress.orphans === 0) this.item.hide();
    else this.item.show();
  }

  /** The text shown, for tests. */
  get text(): string {
    return this.item.text;
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
