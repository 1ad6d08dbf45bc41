/**
 * "14 quotes · 21 figures · 3 contested" for the active article; a click opens the panel.
 * Contested figures are normal content, so no warning colour; with highlights off it says
 * "off" instead of counts that would go stale.
 */
import * as vscode from 'vscode';
import { languageNotice, plural } from '../core';
import type { AnalysisResult, AnalysisService } from './analysisService';
import { COMMANDS } from '../ui/commandIds';
import { displayText } from '../ui/displayText';
import type { SettingsStore } from './settings';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('claimlens.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly service: AnalysisService, private readonly settings: SettingsStore) {
    this.item.name = 'Claimlens';
    this.subscriptions.push(
      settings.onDidChange(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      service.onDidAnalyze(({ document }) => {
        if (document === vscode.window.activeTextEditor?.document) this.update();
      }),
      // While the language server reads an edit (seconds, in a long article), the counts say they are being updated.
      vscode.workspace.onDidChangeTextDocument(({ document, contentChanges }) => {
        if (contentChanges.length > 0 && document === vscode.window.activeTextEditor?.document && this.settings.value.enabled && this.service.isAnalysable(document)) this.renderPending();
      }),
    );
    this.update();
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !this.service.isAnalysable(editor.document)) {
      this.item.hide();
      return;
    }
    if (!this.settings.value.enabled) this.renderOff();
    else {
      const result = this.service.peek(editor.document);
      if (result) this.render(result);
      else {
        // The answer fires onDidAnalyze, which comes back here.
        this.renderPending();
        void this.service.get(editor.document);
      }
    }
    this.item.show();
  }

  /** The last counts stay, with a spinning icon: they are about to change. */
  private renderPending(): void {
    const counts = this.item.text.replace(/^\$\([a-z~-]+\)\s*/, '');
    this.item.text = `$(sync~spin) ${counts || 'Claimlens'}`;
    this.item.tooltip = 'Claimlens is reading the latest version of this article…';
  }

  private renderOff(): void {
    this.item.backgroundColor = undefined;
    this.item.text = '$(eye-closed) Claimlens off';
    this.item.tooltip = 'Claimlens highlights are off. Click to turn them on.';
    this.item.command = COMMANDS.toggleHighlights;
  }

  private render(result: AnalysisResult): void {
    this.item.backgroundColor = undefined;
    this.item.command = COMMANDS.showPanel;
    if (result.kind === 'too-large') {
      this.item.text = '$(warning) Claimlens: paused';
      this.item.tooltip = `This document has ${result.size.toLocaleString('en-US')} characters, over the limit of ${result.limit.toLocaleString('en-US')}. Nothing was analysed. Raise "claimlens.maxDocumentSizeKB" to analyse it.`;
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
      return;
    }
    if (result.kind === 'failed') {
      this.item.text = '$(error) Claimlens';
      this.item.tooltip = `Analysis failed: ${displayText(result.message)}`;
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
      return;
    }
    const { quotes, claims, contested, language } = result.analysis;
    const counts = `Claimlens: ${plural(quotes.length, 'quote')}, ${plural(claims.length, 'figure')}, ${contested.length} contested (analysed in ${result.milliseconds} ms). Click to open the panel.`;
    // An article in another language gets a one-line notice instead of silently wrong figures.
    const notice = languageNotice(language);
    if (notice) {
      this.item.text = '$(globe) Claimlens: not English';
      this.item.tooltip = `${displayText(notice)}\n\n${counts}`;
      return;
    }
    this.item.text = `$(quote) ${plural(quotes.length, 'quote')} · ${plural(claims.length, 'figure')} · ${contested.length} contested`;
    this.item.tooltip = counts;
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
