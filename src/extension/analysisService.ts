/**
 * The analyses the extension draws from, asked of the Claimlens language
 * server for a document version and cached per version, so switching editors,
 * hovering and the status bar never ask twice. A version the user has typed
 * past is dropped, never shown.
 */
import * as vscode from 'vscode';
import { ruleErrorNotice, type Analysis, type SourceFormat } from '../core';
import { compileIgnoreList } from '../core/ignoreList';
import { isClaimlensReport } from '../export';
import type { AnalysisParams, AnalysisResponse, AnalysisResult, AnalyzeTextParams, ServerSettings } from '../protocol/analysis';
import { decodeDelta } from '../protocol/analysisDelta';
import type { SettingsStore } from './settings';

export type { AnalysisResult } from '../protocol/analysis';

/** How the service reaches the server: the language client's requests. */
export interface AnalysisTransport {
  analyse(params: AnalysisParams): Promise<AnalysisResponse>;
  analyseText(params: AnalyzeTextParams): Promise<AnalysisResult>;
}

/** How long to wait before asking again when the server has not yet seen the version asked for. */
const CATCH_UP_MS = 10;

export class AnalysisService implements vscode.Disposable {
  private readonly cache = new Map<string, AnalysisResult>();
  private readonly inFlight = new Map<string, { version: number; generation: number; result: Promise<AnalysisResult> }>();
  /** Bumped when the settings change: an answer asked for with the old settings is not cached. */
  private generation = 0;
  private readonly emitter = new vscode.EventEmitter<{ document: vscode.TextDocument; result: AnalysisResult }>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private output: vscode.OutputChannel | undefined;
  /** The rule failures last logged per document, so one failure is logged once. */
  private readonly reportedRuleErrors = new Map<string, string>();
  /** Fires after a document version is analysed (not for cache hits). */
  readonly onDidAnalyze = this.emitter.event;

  constructor(private readonly settings: SettingsStore, private readonly transport: AnalysisTransport) {
    this.subscriptions.push(
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri.toString())),
      settings.onDidChange(() => {
        this.generation++;
        this.cache.clear();
        this.inFlight.clear();
        this.warnAboutIgnoreList();
      }),
    );
    this.warnAboutIgnoreList();
  }

  private warnAboutIgnoreList(): void {
    const { invalid } = compileIgnoreList(this.settings.value.ignore);
    if (invalid.length > 0) {
      void vscode.window.showWarningMessage(`Claimlens: these "claimlens.ignore" entries are not valid regular expressions and are left out: ${invalid.join(', ')}`);
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

  /** The result for the document as it is now (or as it is when the answer comes), asking the server if needed. */
  get(document: vscode.TextDocument): Promise<AnalysisResult> {
    const cached = this.peek(document);
    if (cached) return Promise.resolve(cached);
    const key = document.uri.toString();
    const pending = this.inFlight.get(key);
    if (pending && pending.version === document.version && pending.generation === this.generation) return pending.result;
    const generation = this.generation;
    const result = this.ask(document, generation).finally(() => {
      if (this.inFlight.get(key)?.result === result) this.inFlight.delete(key);
    });
    this.inFlight.set(key, { version: document.version, generation, result });
    return result;
  }

  /** An article's text as the editor shows it, analysed by the server: a file the export reads that is not open. */
  async analyzeText(text: string, format: SourceFormat = 'markdown'): Promise<Analysis> {
    const result = await this.transport.analyseText({ text, format, settings: this.serverSettings() });
    if (result.kind === 'ok') return result.analysis;
    throw new Error(result.kind === 'too-large' ? `it is over the size limit (${Math.round(result.limit / 1024)} KB)` : result.message);
  }

  invalidate(document: vscode.TextDocument): void {
    this.forget(document.uri.toString());
    this.generation++;
  }

  private forget(key: string): void {
    this.cache.delete(key);
    this.inFlight.delete(key);
  }

  private serverSettings(): ServerSettings {
    const { numberFormat, ignore, maxDocumentSize } = this.settings.value;
    return { numberFormat, ignore, maxDocumentSize };
  }

  /** Asks until the answer is for the version the document has when it comes (typing may overtake a request). */
  private async ask(document: vscode.TextDocument, generation: number): Promise<AnalysisResult> {
    for (;;) {
      const version = document.version;
      const result = await this.askOnce(document, version);
      if (document.isClosed) return result ?? { kind: 'failed', version, message: 'the article was closed' };
      if (!result || document.version !== result.version) continue;
      if (generation === this.generation) {
        this.cache.set(document.uri.toString(), result);
        if (result.kind === 'ok') this.logRuleErrors(document, result.analysis);
        this.emitter.fire({ document, result });
      }
      return result;
    }
  }

  /** One request; undefined when the server or the editor has moved on to another version. */
  private async askOnce(document: vscode.TextDocument, version: number): Promise<AnalysisResult | undefined> {
    const limit = this.settings.value.maxDocumentSize;
    const size = document.getText().length;
    // Never a partial result: past the limit, nothing is analysed and the user is told.
    if (size > limit) return { kind: 'too-large', version, size, limit };
    const key = document.uri.toString();
    // The analysis held (of this generation's settings: a change clears the cache), so the server sends only what differs.
    const held = this.cache.get(key);
    const base = held?.kind === 'ok' ? held : undefined;
    let response: AnalysisResponse;
    try {
      response = await this.transport.analyse({ uri: key, version, settings: this.serverSettings(), have: base?.version });
    } catch (error) {
      return { kind: 'failed', version, message: error instanceof Error ? error.message : String(error) };
    }
    switch (response.kind) {
      case 'delta':
        if (response.base !== base?.version) return { kind: 'failed', version, message: `the server answered against version ${response.base}, not the one held` };
        try {
          return { kind: 'ok', version: response.version, analysis: decodeDelta(base.analysis, response.delta), milliseconds: response.milliseconds };
        } catch {
          // A delta that does not fit what is held: drop it and ask for the whole analysis.
          if (this.cache.get(key) === held) this.cache.delete(key);
          return undefined;
        }
      case 'stale':
        // The server is a step behind the editor (its change notification is on its way): ask again shortly.
        if (response.version < version) await new Promise((resolve) => setTimeout(resolve, CATCH_UP_MS));
        return undefined;
      case 'not-open':
        return { kind: 'failed', version, message: 'the language server does not have this document open' };
      default:
        return response;
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
    this.inFlight.clear();
  }
}
