/** "14 quotes · 21 figures · 3 contested" for the active article; a click opens the panel. */
import * as vscode from 'vscode';
import { plural } from '../core';
import type { AnalysisResult, AnalysisService } from './analysisService';
import { COMMANDS } from './commandIds';
import { displayText } from './displayText';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('claimlens.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly service: AnalysisService) {
    this.item.name = 'Claimlens';
    this.item.command = COMMANDS.showPanel;
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      service.onDidAnalyze(({ document }) => {
        if (document === vscode.window.activeTextEditor?.document) this.update();
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
    const result = this.service.peek(editor.document) ?? this.service.get(editor.document);
    this.render(result);
    this.item.show();
  }

  private render(result: AnalysisResult): void {
    this.item.backgroundColor = undefined;
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
    const { quotes, claims, contested } = result.analysis;
    this.item.text = `$(quote) ${plural(quotes.length, 'quote')} · ${plural(claims.length, 'figure')} · ${contested.length} contested`;
    this.item.tooltip = `Claimlens: ${plural(quotes.length, 'quote')}, ${plural(claims.length, 'figure')}, ${contested.length} contested (analysed in ${result.milliseconds} ms). Click to open the panel.`;
    if (contested.length > 0) this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
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
