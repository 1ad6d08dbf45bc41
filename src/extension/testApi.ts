/**
 * What `activate` returns: a small read-only view for the integration tests
 * (and other extensions), in offsets so tests compare against the core model.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../core';
import type { AnalysisService } from './analysisService';
import type { DecorationController } from './decorations';
import { HIGHLIGHT_KINDS, type HighlightKind } from './settings';
import type { SizeLimitNotice } from './sizeLimitNotice';
import type { StatusBar } from './statusBar';
import type { PanelProvider } from './panel/panelProvider';
import type { FromWebview, PanelView } from './panel/protocol';
import type { ReviewStatusBar } from './reviewStatusBar';
import type { Verdict } from '../review';
import type { ShownStatus } from './verdictDecorations';
import type { VerdictState, VerdictStore } from './verdictStore';

export interface ClaimlensApi {
  /** The analysis of the document as it is now, or undefined when it was not analysed (wrong language, too large). */
  analysisOf(document: vscode.TextDocument): Promise<Analysis | undefined>;
  /** The highlighted spans in an editor, per kind, as document offsets. */
  decorationsOf(editor: vscode.TextEditor): Record<HighlightKind, Array<{ start: number; end: number }>> | undefined;
  /** Resolves when no redraw is pending. */
  whenIdle(): Promise<void>;
  /** Resolves at the next redraw of an editor showing this document (with `minVersion`, of that version or a later one). */
  nextDraw(document: vscode.TextDocument, minVersion?: number): Promise<void>;
  /** How long activate() took, in milliseconds. */
  activationMs(): number;
  /** How long the analysis of the document's current version took, in milliseconds. */
  analysisMs(document: vscode.TextDocument): number | undefined;
  /** The status bar text. */
  statusText(): string;
  /** Warnings shown about documents over the size limit. */
  sizeWarnings(): readonly string[];
  /** What the panel is given to show for the active article. */
  panelView(): Promise<PanelView>;
  /** What the panel webview last reported it rendered (its DOM text and counts), once it has rendered. */
  panelRendered(): Extract<FromWebview, { type: 'rendered' }> | undefined;
  /** Resolves at the panel's next render. */
  nextPanelRender(): Promise<Extract<FromWebview, { type: 'rendered' }>>;
  /** The analysis less what was marked "not a claim", as the highlights, hover and panel show it. */
  visibleAnalysisOf(document: vscode.TextDocument): Promise<Analysis | undefined>;
  /** The verdicts of a document once they were read, and whether they can be changed. */
  verdictsOf(document: vscode.TextDocument): Promise<{ state: VerdictState['kind']; verdicts: readonly Verdict[]; sidecar: string | undefined; message: string | undefined }>;
  /** The status of a claim, quote or group id in the document as it is now. */
  statusOf(document: vscode.TextDocument, id: string): Promise<string | undefined>;
  /** Forgets the document's verdicts and reads them from disk again, as a new window would. */
  reloadVerdicts(document: vscode.TextDocument): Promise<void>;
  /** Finding marks drawn in an editor, per status, as document offsets. */
  verdictMarksOf(editor: vscode.TextEditor): Record<ShownStatus, Array<{ start: number; end: number }>> | undefined;
  /** The fact-check status bar text. */
  reviewStatusText(): string;
  /** Resolves at the next change of a document's verdicts (loaded, written or changed on disk). */
  nextVerdictChange(document: vscode.TextDocument): Promise<void>;
}

export interface TestApiParts {
  readonly service: AnalysisService;
  readonly decorations: DecorationController;
  readonly statusBar: StatusBar;
  readonly reviewStatus: ReviewStatusBar;
  readonly notice: SizeLimitNotice;
  readonly panel: PanelProvider;
  readonly verdicts: VerdictStore;
}

export function createTestApi({ service, decorations, statusBar, reviewStatus, notice, panel, verdicts }: TestApiParts, activationMs: number): ClaimlensApi {
  const offsets = (document: vscode.TextDocument, ranges: readonly vscode.Range[]) => ranges.map((r) => ({ start: document.offsetAt(r.start), end: document.offsetAt(r.end) }));
  const full = async (document: vscode.TextDocument) => {
    if (!service.isAnalysable(document)) return undefined;
    const result = await service.get(document);
    return result.kind === 'ok' ? result.analysis : undefined;
  };
  return {
    async visibleAnalysisOf(document) {
      const analysis = await full(document);
      return analysis && verdicts.viewOf(document, analysis).visible;
    },
    async verdictsOf(document) {
      const state = await verdicts.whenLoaded(document);
      return {
        state: state.kind,
        verdicts: state.kind === 'ready' ? state.verdicts : [],
        sidecar: state.kind === 'ready' || state.kind === 'broken' ? state.sidecar.toString() : undefined,
        message: state.kind === 'broken' || state.kind === 'unavailable' ? state.message : undefined,
      };
    },
    async statusOf(document, id) {
      const analysis = await full(document);
      return analysis && (verdicts.viewOf(document, analysis).review.byTarget.get(id)?.verdict.status ?? 'unchecked');
    },
    async reloadVerdicts(document) {
      await verdicts.reloadFromDisk(document);
    },
    verdictMarksOf(editor) {
      const ranges = decorations.verdictRangesIn(editor);
      return ranges && (Object.fromEntries(Object.entries(ranges).map(([status, list]) => [status, offsets(editor.document, list)])) as Record<ShownStatus, Array<{ start: number; end: number }>>);
    },
    reviewStatusText: () => reviewStatus.text,
    nextVerdictChange: (document) =>
      new Promise((resolve) => {
        const subscription = verdicts.onDidChange((uri) => {
          if (uri.toString() !== document.uri.toString()) return;
          subscription.dispose();
          resolve();
        });
      }),
    analysisOf: full,
    decorationsOf(editor) {
      const ranges = decorations.rangesIn(editor);
      if (!ranges) return undefined;
      const document = editor.document;
      return Object.fromEntries(HIGHLIGHT_KINDS.map((kind) => [kind, ranges[kind].map((r) => ({ start: document.offsetAt(r.start), end: document.offsetAt(r.end) }))])) as Record<HighlightKind, Array<{ start: number; end: number }>>;
    },
    whenIdle: () => decorations.whenIdle(),
    nextDraw: (document, minVersion = 0) =>
      new Promise((resolve) => {
        const subscription = decorations.onDidDraw((editor) => {
          if (editor.document !== document || document.version < minVersion) return;
          subscription.dispose();
          resolve();
        });
      }),
    activationMs: () => activationMs,
    analysisMs: (document) => {
      const result = service.peek(document);
      return result?.kind === 'ok' ? result.milliseconds : undefined;
    },
    statusText: () => statusBar.text,
    sizeWarnings: () => notice.shown,
    panelView: () => panel.currentView(),
    panelRendered: () => panel.lastRendered,
    nextPanelRender: () =>
      new Promise((resolve) => {
        const subscription = panel.onDidRender((rendered) => {
          subscription.dispose();
          resolve(rendered);
        });
      }),
  };
}
