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

export interface ClaimlensApi {
  /** The analysis of the document as it is now, or undefined when it was not analysed (wrong language, too large). */
  analysisOf(document: vscode.TextDocument): Analysis | undefined;
  /** The highlighted spans in an editor, per kind, as document offsets. */
  decorationsOf(editor: vscode.TextEditor): Record<HighlightKind, Array<{ start: number; end: number }>> | undefined;
  /** Resolves when no redraw is pending. */
  whenIdle(): Promise<void>;
  /** Resolves at the next redraw of an editor showing this document. */
  nextDraw(document: vscode.TextDocument): Promise<void>;
  /** How long activate() took, in milliseconds. */
  activationMs(): number;
  /** How long the analysis of the document's current version took, in milliseconds. */
  analysisMs(document: vscode.TextDocument): number | undefined;
  /** The status bar text. */
  statusText(): string;
  /** Warnings shown about documents over the size limit. */
  sizeWarnings(): readonly string[];
  /** What the panel is given to show for the active article. */
  panelView(): PanelView;
  /** What the panel webview last reported it rendered (its DOM text and counts), once it has rendered. */
  panelRendered(): Extract<FromWebview, { type: 'rendered' }> | undefined;
  /** Resolves at the panel's next render. */
  nextPanelRender(): Promise<Extract<FromWebview, { type: 'rendered' }>>;
}

export function createTestApi(service: AnalysisService, decorations: DecorationController, statusBar: StatusBar, notice: SizeLimitNotice, panel: PanelProvider, activationMs: number): ClaimlensApi {
  return {
    analysisOf(document) {
      if (!service.isAnalysable(document)) return undefined;
      const result = service.get(document);
      return result.kind === 'ok' ? result.analysis : undefined;
    },
    decorationsOf(editor) {
      const ranges = decorations.rangesIn(editor);
      if (!ranges) return undefined;
      const document = editor.document;
      return Object.fromEntries(HIGHLIGHT_KINDS.map((kind) => [kind, ranges[kind].map((r) => ({ start: document.offsetAt(r.start), end: document.offsetAt(r.end) }))])) as Record<HighlightKind, Array<{ start: number; end: number }>>;
    },
    whenIdle: () => decorations.whenIdle(),
    nextDraw: (document) =>
      new Promise((resolve) => {
        const subscription = decorations.onDidDraw((editor) => {
          if (editor.document !== document) return;
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
