/**
 * Analyses documents on demand and caches the result per document version, so
 * switching editors, hovering and the status bar never analyse twice.
 */
import * as vscode from 'vscode';
import { analyze, ruleErrorNotice, type Analysis } from '../core';
import { isClaimlensReport } from '../export';
import { compileIgnoreList, withoutIgnored } from './ignoreList';
import type { SettingsStore } from './settings';

export type AnalysisResult =
  | { readonly kind: 'ok'; readonly version: number; readonly analysis: Analysis; readonly milliseconds: number }
  | { readonly kind: 'too-large'; readonly version: number; readonly size: number; readonly limit: number }
  | { readonly kind: 'failed'; readonly version: number; readonly message: string };

export class AnalysisService implements vscode.Disposable {
  private readonly cache = new Map<string, AnalysisResult>();
  private readonly emitter = new vscode.EventEmitter<{ document: vscode.TextDocument; result: AnalysisResult }>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private ignore = compileIgnoreList([]);
  private output: vscode.OutputChannel | undefined;
  /** The rule failures last logged per document, so one failure is logged once. */
  private readonly reportedRuleErrors = new Map<string, string>();
  /** Fires after a document version is analysed (not for cache hits). */
  readonly onDidAnalyze = this.emitter.event;

  constructor(private readonly settings: SettingsStore) {
    this.subscriptions.push(
      vscode.workspace.onDidCloseTextDocument((document) => this.cache.delete(document.uri.toString())),
      settings.onDidChange(() => {
        this.cache.clear();
        this.readIgnoreList();
      }),
    );
    this.readIgnoreList();
  }

  private readIgnoreList(): void {
    this.ignore = compileIgnoreList(this.settings.value.ignore);
    if (this.ignore.invalid.length > 0) {
      void vscode.window.showWarningMessage(`Claimlens: these "claimlens.ignore" entries are not valid regular expressions and are left out: ${this.ignore.invalid.join(', ')}`);
    }
  }

  /** An article in an enabled language; never a report Claimlens wrote itself. */
  isAnalysable(document: vscode.TextDocument): boolean {
    return this.settings.value.languages.includes(document.languageId) && !(document.lineCount > 0 && isClaimlensReport(document.lineAt(0).text));
  }

  /** The cached result for this exact version, if any. */
  peek(document: vscode.TextDocument): AnalysisResult | undefined {
    const cached = this.cache.get(document.uri.toString());
    return cached && cached.version === document.version ? cached : undefined;
  }

  /** The result for the document as it is now, analysing it if needed. */
  get(document: vscode.TextDocument): AnalysisResult {
    const cached = this.peek(document);
    if (cached) return cached;
    const result = this.run(document);
    this.cache.set(document.uri.toString(), result);
    this.emitter.fire({ document, result });
    return result;
  }

  /** An article's text as the editor shows it: analysed, then without what `claimlens.ignore` names. */
  analyzeText(text: string, format: 'markdown' | 'plaintext' = 'markdown'): Analysis {
    const found = analyze(text, { format, numberFormat: this.settings.value.numberFormat });
    return this.settings.value.ignore.length > 0 ? withoutIgnored(found, this.ignore.matches) : found;
  }

  invalidate(document: vscode.TextDocument): void {
    this.cache.delete(document.uri.toString());
  }

  private run(document: vscode.TextDocument): AnalysisResult {
    const version = document.version;
    const text = document.getText();
    const limit = this.settings.value.maxDocumentSize;
    // Never a partial result: past the limit, nothing is analysed and the user is told.
    if (text.length > limit) return { kind: 'too-large', version, size: text.length, limit };
    const started = Date.now();
    try {
      const analysis = this.analyzeText(text, document.languageId === 'plaintext' ? 'plaintext' : 'markdown');
      this.logRuleErrors(document, analysis);
      return { kind: 'ok', version, analysis, milliseconds: Date.now() - started };
    } catch (error) {
      return { kind: 'failed', version, message: error instanceof Error ? error.message : String(error) };
    }
  }

  /** A rule that failed is reported once per document in the "Claimlens" output channel; its analysis still stands. */
  private logRuleErrors(document: vscode.TextDocument, analysis: Analysis): void {
    const notice = ruleErrorNotice(analysis.ruleErrors);
    const key = document.uri.toString();
    if (!notice || this.reportedRuleErrors.get(key) === notice) return;
    this.reportedRuleErrors.set(key, notice);
    this.output ??= vscode.window.createOutputChannel('Claimlens');
    this.output.appendLine(`${vscode.workspace.asRelativePath(document.uri)} (version ${document.version}): ${notice}`);
  }

  dispose(): void {
    this.output?.dispose();
    for (const s of this.subscriptions) s.dispose();
    this.emitter.dispose();
    this.cache.clear();
  }
}
