/**
 * The Claimlens panel: a webview view listing the contested figures of the
 * active article, then everyone quoted or cited. It follows the active editor,
 * updates as the article is re-analysed, and reveals what the user clicks.
 */
import * as vscode from 'vscode';
import type { AnalysisService } from '../analysisService';
import { COMMANDS } from '../../ui/commandIds';
import type { RevealArgs } from '../../ui/hoverContent';
import { reviewedDocumentNow } from '../reviewedArticle';
import type { VerdictStore } from '../verdictStore';
import type { Analysis } from '../../core';
import { groupsForReview } from '../../export/figureText';
import type { ArticleReview } from '../../review';
import { buildPanelView } from './panelView';
import { isFromWebview, type FromWebview, type PanelView, type ToWebview } from './protocol';

export const PANEL_VIEW_ID = 'claimlens.panel';
const PANEL_UPDATE_DELAY = 500;
/** Entries past which the panel follows an article's edits once typing pauses rather than after each one. */
const LONG_LIST = 500;

export class PanelProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private ready = false;
  private document: vscode.TextDocument | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly viewSubscriptions: vscode.Disposable[] = [];
  /** What the webview last said it rendered; for tests. */
  lastRendered: Extract<FromWebview, { type: 'rendered' }> | undefined;
  private readonly renderedEmitter = new vscode.EventEmitter<Extract<FromWebview, { type: 'rendered' }>>();
  readonly onDidRender = this.renderedEmitter.event;

  constructor(private readonly extensionUri: vscode.Uri, private readonly service: AnalysisService, private readonly verdicts?: VerdictStore) {
    this.follow(vscode.window.activeTextEditor);
    if (verdicts) {
      this.subscriptions.push(
        verdicts.onDidChange((uri) => {
          if (uri.toString() === this.document?.uri.toString()) this.postSoon();
        }),
      );
    }
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (this.follow(editor)) this.post();
      }),
      service.onDidAnalyze(({ document }) => {
        // After the highlights are drawn: the editor comes first. A long list waits for a pause in typing,
        // since building it on every keystroke would hold up the highlights of the next one.
        if (document !== this.document) return;
        if (this.listedLast >= LONG_LIST) this.postLater();
        else this.postSoon();
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document === this.document) {
          this.document = undefined;
          this.post();
        }
      }),
      // The article may change while another editor is active (an edit elsewhere, a reload from disk).
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.document && event.contentChanges.length > 0) this.postLater();
      }),
      // Changing a document's language closes and reopens it: follow the active editor again.
      vscode.workspace.onDidOpenTextDocument(() => this.followSoon()),
    );
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    this.ready = false;
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    view.webview.options = { enableScripts: true, localResourceRoots: [media] };
    view.webview.html = this.html(view.webview, media);
    this.viewSubscriptions.push(
      view.webview.onDidReceiveMessage((message: unknown) => this.receive(message)),
      view.onDidChangeVisibility(() => {
        if (view.visible) this.post();
      }),
      view.onDidDispose(() => {
        this.view = undefined;
        this.ready = false;
        for (const s of this.viewSubscriptions.splice(0)) s.dispose();
      }),
    );
  }

  /** Keeps showing the last article when focus moves to a non-article editor or to the panel itself. */
  private follow(editor: vscode.TextEditor | undefined): boolean {
    if (!editor || !this.service.isAnalysable(editor.document) || editor.document === this.document) return false;
    this.document = editor.document;
    return true;
  }

  private receive(message: unknown): void {
    if (!isFromWebview(message)) return;
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.post();
        break;
      case 'reveal':
        // A click on a list built from an older version of the article would select the wrong text.
        if (this.document && !isCurrent(this.document, message)) this.post();
        else void this.reveal(message.start, message.end);
        break;
      case 'orphan':
        void vscode.commands.executeCommand(message.action === 'reattach' ? COMMANDS.reattachVerdict : COMMANDS.deleteVerdict, { uri: message.uri, id: message.id });
        break;
      case 'rendered':
        this.lastRendered = message;
        this.renderedEmitter.fire(message);
        break;
    }
  }

  /** The view model for the current article; exposed for tests. */
  async currentView(): Promise<PanelView> {
    return viewOf(await this.shownArticle());
  }

  /** What the panel shows of the followed article: the analysis less what was dismissed, and the verdicts on it. */
  private async shownArticle(): Promise<Extract<PanelView, { kind: 'empty' }> | ShownArticle> {
    const document = this.document;
    if (!document) return { kind: 'empty', message: 'Open a Markdown article to see its contested figures.' };
    const result = await this.service.get(document);
    if (result.kind === 'too-large') return { kind: 'empty', message: `This article is over the size limit (${Math.round(result.limit / 1024)} KB), so it was not analysed. Raise “claimlens.maxDocumentSizeKB” to analyse it.` };
    if (result.kind === 'failed') return { kind: 'empty', message: `Claimlens could not analyse this article: ${result.message}` };
    const reviewed = this.verdicts ? reviewedDocumentNow(this.service, this.verdicts, document) : undefined;
    if (!reviewed) return { kind: 'article', document, analysis: result.analysis, text: document.getText(), review: undefined, fullAnalysis: result.analysis };
    const { view } = reviewed;
    const readable = view.state.kind === 'ready' || view.state.kind === 'loading';
    return { kind: 'article', document, analysis: view.visible, text: reviewed.text, review: readable ? view.review : undefined, fullAnalysis: reviewed.analysis };
  }

  private pending: ReturnType<typeof setTimeout> | undefined;
  private typing: ReturnType<typeof setTimeout> | undefined;

  /** After typing pauses: the panel follows edits even when its article is not in view. */
  private postLater(): void {
    if (this.typing) clearTimeout(this.typing);
    this.typing = setTimeout(() => {
      this.typing = undefined;
      this.post();
    }, PANEL_UPDATE_DELAY);
  }

  private reopened: ReturnType<typeof setTimeout> | undefined;

  /** On the next tick, once VS Code has made the reopened document's editor active. */
  private followSoon(): void {
    if (this.reopened) clearTimeout(this.reopened);
    this.reopened = setTimeout(() => {
      this.reopened = undefined;
      if (this.follow(vscode.window.activeTextEditor)) this.post();
    }, 0);
  }

  private postSoon(): void {
    if (this.pending) return;
    this.pending = setTimeout(() => {
      this.pending = undefined;
      this.post();
    }, 0);
  }

  /** Counts the posts, so a view built while an older analysis was awaited never overwrites a newer one. */
  private posts = 0;
  /** How many entries the last view listed. */
  private listedLast = 0;

  private post(): void {
    void this.postView();
  }

  private async postView(): Promise<void> {
    if (!this.view) return;
    const post = ++this.posts;
    const shown = await this.shownArticle();
    if (post !== this.posts || !this.view) return;
    // The badge counts on the activity bar even while the panel is closed.
    const contested = shown.kind === 'article' ? groupsForReview(shown.analysis.contested).length : 0;
    const name = shown.kind === 'article' ? fileOf(shown.document).name : '';
    // A badge of 0 is not drawn; `undefined` leaves the last number on the icon in VS Code 1.100.
    this.view.badge = { value: contested, tooltip: contested > 0 ? `${contested} contested figure${contested === 1 ? '' : 's'} in ${name}` : '' };
    // A closed panel only keeps its badge: building a long article's list on every edit would cost the editor.
    if (!this.ready || !this.view.visible) return;
    const view = viewOf(shown);
    this.listedLast = view.kind === 'article' ? listed(view) : 0;
    const message: ToWebview = { type: 'show', view };
    void this.view.webview.postMessage(message);
  }

  /** Closes every source in the list (the title bar's "Collapse All"). */
  collapseAll(): void {
    if (this.view && this.ready) void this.view.webview.postMessage({ type: 'collapseAll' } satisfies ToWebview);
  }

  /** Selects a span of the followed article, through the same command the hover links use. */
  private async reveal(start: number, end: number): Promise<void> {
    if (!this.document) return;
    const args: RevealArgs = { uri: this.document.uri.toString(), start, end };
    await vscode.commands.executeCommand(COMMANDS.revealRange, args);
  }


  private html(webview: vscode.Webview, media: vscode.Uri): string {
    const nonce = createNonce();
    const script = webview.asWebviewUri(vscode.Uri.joinPath(media, 'panel.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(media, 'panel.css'));
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource}; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link href="${style}" rel="stylesheet">
<title>Claimlens</title>
</head>
<body>
<main id="root" aria-live="polite" aria-busy="true"><p class="empty">Loading…</p></main>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
  }

  dispose(): void {
    if (this.pending) clearTimeout(this.pending);
    if (this.typing) clearTimeout(this.typing);
    if (this.reopened) clearTimeout(this.reopened);
    for (const s of [...this.subscriptions, ...this.viewSubscriptions]) s.dispose();
    this.renderedEmitter.dispose();
  }
}

interface ShownArticle {
  readonly kind: 'article';
  readonly document: vscode.TextDocument;
  readonly analysis: Analysis;
  readonly text: string;
  readonly review: ArticleReview | undefined;
  readonly fullAnalysis: Analysis;
}

function viewOf(shown: Extract<PanelView, { kind: 'empty' }> | ShownArticle): PanelView {
  if (shown.kind === 'empty') return shown;
  return buildPanelView(shown.analysis, shown.text, fileOf(shown.document), shown.document.version, shown.review, shown.fullAnalysis);
}

function listed(view: Extract<PanelView, { kind: 'article' }>): number {
  const entries = (n: number, list: { readonly quotes: readonly unknown[]; readonly figures: readonly unknown[] }) => n + list.quotes.length + list.figures.length;
  return view.contested.reduce((n, g) => n + g.figures.length, 0) + view.sources.reduce(entries, 0) + view.unattributedFigures.length + view.unattributedQuotes.length;
}

function fileOf(document: vscode.TextDocument): { readonly uri: string; readonly name: string } {
  return { uri: document.uri.toString(), name: document.uri.path.split('/').pop() ?? document.uri.toString() };
}

/** The click was made on a view of this very document at this version (another article can have the same version number). */
function isCurrent(document: vscode.TextDocument, view: { readonly uri: string; readonly version: number }): boolean {
  return view.uri === document.uri.toString() && view.version === document.version;
}

function createNonce(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
