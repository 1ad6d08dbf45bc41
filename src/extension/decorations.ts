/**
 * Highlights quotes, speakers, cues, figures and contested figures in visible
 * editors. Redraws are debounced per document while the user types, use the
 * cached analysis when an editor comes into view (no flicker when switching),
 * and never use an analysis of another version of the document.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../core';
import { contestedHint } from '../export/figureText';
import type { AnalysisResult, AnalysisService } from './analysisService';
import { leavesWindow, spansWithin, WHOLE_ARTICLE_LIMIT, windowAround, type LineWindow } from './drawWindow';
import { HIGHLIGHT_KINDS, type HighlightKind, type HighlightStyle, type SettingsStore } from './settings';
import { SHOWN_STATUSES, statusSpans, verdictDecorationStyle, type ShownStatus } from './verdictDecorations';
import type { VerdictStore } from './verdictStore';

type Spans = Record<HighlightKind, Array<{ start: number; end: number }>>;

/** The spans of each kind in an analysis; pure, so it is unit-tested without VS Code. */
export function spansByKind(analysis: Analysis): Spans {
  const contested = new Set(analysis.contested.flatMap((g) => g.claimIds));
  return {
    quotes: analysis.quotes.map(({ start, end }) => ({ start, end })),
    speakers: analysis.attributions.filter((a) => a.speaker.end > a.speaker.start).map(({ speaker: { start, end } }) => ({ start, end })),
    cues: analysis.attributions.map(({ cue: { start, end } }) => ({ start, end })),
    claims: analysis.claims.filter((c) => !contested.has(c.id)).map(({ start, end }) => ({ start, end })),
    contested: analysis.claims.filter((c) => contested.has(c.id)).map(({ start, end }) => ({ start, end })),
  };
}

/** One hint per contested figure: where it is and what the end of its line says. */
export function contestedHints(analysis: Analysis): Array<{ offset: number; text: string }> {
  const groups = new Map(analysis.contested.map((g) => [g.id, g]));
  return analysis.claims.flatMap((c) => {
    const group = c.contestedId ? groups.get(c.contestedId) : undefined;
    return group ? [{ offset: c.start, text: contestedHint(analysis, group) }] : [];
  });
}

type Color = (id: string) => vscode.ThemeColor;

function decorationStyle(kind: HighlightKind, style: HighlightStyle): vscode.DecorationRenderOptions {
  const color: Color = (id) => new vscode.ThemeColor(`claimlens.${id}`);
  const ruler = overviewRuler(kind, color);
  if (style === 'full') return { ...fullStyle(kind, color), ...ruler };
  // Underlines only: the text keeps its own colours and weight, a coloured line marks each kind.
  const underline = (id: string, width = '1px', line = 'solid'): vscode.DecorationRenderOptions => ({ borderStyle: `none none ${line} none`, borderWidth: `0 0 ${width} 0`, borderColor: color(id) });
  if (style === 'minimal') return kind === 'contested' ? { ...underline('contestedBorder', '2px'), ...ruler } : ruler;
  switch (kind) {
    case 'quotes':
      return { ...underline('quoteOverviewRuler'), ...ruler };
    case 'speakers':
      return { color: color('speakerForeground') };
    case 'cues':
      return { ...underline('cueForeground', '1px', 'dotted') };
    case 'claims':
      return { ...underline('claimBorder'), ...ruler };
    case 'contested':
      return { ...underline('contestedBorder', '2px'), ...ruler };
  }
}

function overviewRuler(kind: HighlightKind, color: Color): vscode.DecorationRenderOptions {
  switch (kind) {
    case 'quotes':
      return { overviewRulerColor: color('quoteOverviewRuler'), overviewRulerLane: vscode.OverviewRulerLane.Left };
    case 'claims':
      return { overviewRulerColor: color('claimOverviewRuler'), overviewRulerLane: vscode.OverviewRulerLane.Center };
    case 'contested':
      return { overviewRulerColor: color('contestedOverviewRuler'), overviewRulerLane: vscode.OverviewRulerLane.Right };
    default:
      return {};
  }
}

function fullStyle(kind: HighlightKind, color: Color): vscode.DecorationRenderOptions {
  switch (kind) {
    case 'quotes':
      return { backgroundColor: color('quoteBackground') };
    case 'speakers':
      return { color: color('speakerForeground'), fontWeight: '600' };
    case 'cues':
      return { color: color('cueForeground'), textDecoration: 'underline dotted' };
    case 'claims':
      return { backgroundColor: color('claimBackground'), border: '1px solid', borderColor: color('claimBorder'), borderRadius: '3px' };
    case 'contested':
      return {
        backgroundColor: color('contestedBackground'),
        // 1px: a thicker border is drawn over the neighbouring characters.
        border: '1px solid',
        borderColor: color('contestedBorder'),
        borderRadius: '3px',
        fontWeight: '600',
      };
  }
}

/** Error Lens style: muted italic text after the end of the line. */
function hintStyle(): vscode.DecorationRenderOptions {
  return {
    after: { color: new vscode.ThemeColor('editorCodeLens.foreground'), fontStyle: 'italic', margin: '0 0 0 2em' },
  };
}

export class DecorationController implements vscode.Disposable {
  private types = new Map<HighlightKind, vscode.TextEditorDecorationType>();
  private hintType: vscode.TextEditorDecorationType | undefined;
  private verdictTypes = new Map<ShownStatus, vscode.TextEditorDecorationType>();
  private readonly appliedVerdicts = new WeakMap<vscode.TextEditor, Record<ShownStatus, vscode.Range[]>>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Redraws waiting for the server's analysis. */
  private analysing = 0;
  private readonly applied = new WeakMap<vscode.TextEditor, Record<HighlightKind, vscode.Range[]>>();
  /** The lines drawn in an editor of a long article (`drawWindow.ts`); none when it draws the whole article. */
  private readonly windows = new WeakMap<vscode.TextEditor, LineWindow>();
  private readonly idleWaiters: Array<() => void> = [];
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly drawEmitter = new vscode.EventEmitter<vscode.TextEditor>();
  /** Fires after an editor's highlights were redrawn. */
  readonly onDidDraw = this.drawEmitter.event;

  /** `verdicts`, when given, adds each finding's mark and hides what was marked "not a claim". */
  constructor(private readonly service: AnalysisService, private readonly settings: SettingsStore, private readonly verdicts?: VerdictStore) {
    this.createTypes();
    if (verdicts) this.subscriptions.push(verdicts.onDidChange((uri) => this.refreshUri(uri.toString())));
    this.subscriptions.push(
      // Only editors that came into view: the others keep their highlights. Closing several editors
      // sends one change per editor, and redrawing one VS Code has already closed is an "Illegal argument".
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.filter((e) => !this.applied.has(e)).forEach((e) => this.apply(e))),
      vscode.window.onDidChangeTextEditorVisibleRanges(({ textEditor, visibleRanges }) => {
        const drawn = this.windows.get(textEditor);
        if (drawn && leavesWindow(drawn, visibleRanges, textEditor.document.lineCount)) this.apply(textEditor);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0 && this.isVisible(event.document)) this.schedule(event.document);
      }),
      // Changing a document's language closes and reopens it; no editor event follows.
      vscode.workspace.onDidOpenTextDocument((document) => setTimeout(() => this.refreshShowing(document), 0)),
      settings.onDidChange(() => {
        // Styles follow the settings: recreate the types, then redraw everything visible.
        this.disposeTypes();
        this.createTypes();
        this.refreshVisible();
      }),
    );
    this.refreshVisible();
  }

  /** Redraws every visible editor now (cached analyses are reused). */
  refreshVisible(): void {
    for (const editor of vscode.window.visibleTextEditors) this.apply(editor);
  }

  /** Redraws the editors showing a document (by URI: a language change gives it a new document object). */
  private refreshShowing(document: vscode.TextDocument): void {
    this.refreshUri(document.uri.toString());
  }

  private refreshUri(uri: string): void {
    for (const editor of vscode.window.visibleTextEditors) if (editor.document.uri.toString() === uri) this.apply(editor);
  }

  /** Re-analyses a document after the update delay; keystrokes in between restart the wait. */
  schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        for (const editor of vscode.window.visibleTextEditors) if (editor.document === document) this.apply(editor);
        this.notifyIfIdle();
      }, this.settings.value.updateDelay),
    );
  }

  /** The finding marks currently drawn in an editor, per status (for tests). */
  verdictRangesIn(editor: vscode.TextEditor): Record<ShownStatus, vscode.Range[]> | undefined {
    return this.appliedVerdicts.get(editor);
  }

  /** Ranges currently drawn in an editor, per kind (for tests and the status bar). */
  rangesIn(editor: vscode.TextEditor): Record<HighlightKind, vscode.Range[]> | undefined {
    return this.applied.get(editor);
  }

  /** Resolves once no redraw is waiting on the update delay. */
  whenIdle(): Promise<void> {
    if (this.timers.size === 0 && this.analysing === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private notifyIfIdle(): void {
    if (this.timers.size > 0 || this.analysing > 0) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private isVisible(document: vscode.TextDocument): boolean {
    return vscode.window.visibleTextEditors.some((e) => e.document === document);
  }

  /** Draws an editor from its document's analysis: at once when cached, else when the server answers. */
  private apply(editor: vscode.TextEditor): void {
    const document = editor.document;
    const settings = this.settings.value;
    if (!settings.enabled || !this.service.isAnalysable(document)) {
      this.draw(editor, emptyRanges(), [], undefined);
      return;
    }
    const cached = this.service.peek(document);
    if (cached) {
      this.drawResult(editor, cached);
      return;
    }
    // Until the answer comes the editor keeps its highlights, which VS Code moves along with the edits.
    this.analysing++;
    void this.service.get(document).then(
      (result) => {
        if (vscode.window.visibleTextEditors.includes(editor)) this.drawResult(editor, result);
      },
      () => undefined,
    ).finally(() => {
      this.analysing--;
      this.notifyIfIdle();
    });
  }

  private drawResult(editor: vscode.TextEditor, result: AnalysisResult): void {
    const document = editor.document;
    const settings = this.settings.value;
    // Only an analysis of this exact version may be drawn: offsets must not point past a changed document.
    if (result.version !== document.version) return;
    if (result.kind !== 'ok' || result.analysis.length !== document.getText().length) {
      this.draw(editor, emptyRanges(), [], undefined);
      return;
    }
    const view = this.verdicts?.viewOf(document, result.analysis);
    const analysis = view?.visible ?? result.analysis;
    const spans = spansByKind(analysis);
    const stretch = this.drawnStretch(editor, spans);
    const within = <T extends { start: number; end: number }>(list: readonly T[]): readonly T[] => (stretch ? spansWithin(list, stretch.from, stretch.to) : list);
    const toRange = (s: { start: number; end: number }) => new vscode.Range(document.positionAt(s.start), document.positionAt(s.end));
    const ranges = Object.fromEntries(
      HIGHLIGHT_KINDS.map((kind) => [kind, settings.highlight[kind] ? within(spans[kind]).map(toRange) : []]),
    ) as Record<HighlightKind, vscode.Range[]>;
    const marks = view ? statusSpans(view.visible, view.review) : undefined;
    const verdictRanges = marks && (Object.fromEntries(SHOWN_STATUSES.map((status) => [status, within(marks[status]).map(toRange)])) as Record<ShownStatus, vscode.Range[]>);
    const hints = settings.inlineHints && settings.highlight.contested ? hintOptions(document, contestedHints(analysis).filter(({ offset }) => !stretch || (offset >= stretch.from && offset <= stretch.to))) : [];
    this.draw(editor, ranges, hints, verdictRanges);
  }

  /** The offsets an editor draws between: in a long article those around what it shows; undefined for the whole article. */
  private drawnStretch(editor: vscode.TextEditor, spans: Spans): { from: number; to: number } | undefined {
    const total = HIGHLIGHT_KINDS.reduce((sum, kind) => sum + spans[kind].length, 0);
    if (total <= WHOLE_ARTICLE_LIMIT) {
      this.windows.delete(editor);
      return undefined;
    }
    const { document } = editor;
    const lines = windowAround(editor.visibleRanges, document.lineCount);
    this.windows.set(editor, lines);
    const from = document.offsetAt(new vscode.Position(lines.from, 0));
    const to = lines.to >= document.lineCount ? document.getText().length : document.offsetAt(new vscode.Position(lines.to, 0));
    return { from, to };
  }

  private draw(editor: vscode.TextEditor, ranges: Record<HighlightKind, vscode.Range[]>, hints: vscode.DecorationOptions[], verdictRanges: Record<ShownStatus, vscode.Range[]> | undefined): void {
    for (const kind of HIGHLIGHT_KINDS) editor.setDecorations(this.types.get(kind)!, ranges[kind]);
    if (this.hintType) editor.setDecorations(this.hintType, hints);
    for (const [status, type] of this.verdictTypes) editor.setDecorations(type, verdictRanges?.[status] ?? []);
    if (verdictRanges) this.appliedVerdicts.set(editor, verdictRanges);
    else this.appliedVerdicts.delete(editor);
    this.applied.set(editor, ranges);
    this.drawEmitter.fire(editor);
  }

  private createTypes(): void {
    const style = this.settings.value.highlightStyle;
    for (const kind of HIGHLIGHT_KINDS) this.types.set(kind, vscode.window.createTextEditorDecorationType(decorationStyle(kind, style)));
    // Only with the setting on: editors never get a decoration type they do not use.
    if (this.settings.value.inlineHints) this.hintType = vscode.window.createTextEditorDecorationType(hintStyle());
    if (this.verdicts) for (const status of SHOWN_STATUSES) this.verdictTypes.set(status, vscode.window.createTextEditorDecorationType(verdictDecorationStyle(status)));
  }

  private disposeTypes(): void {
    for (const type of this.types.values()) type.dispose();
    this.types = new Map();
    this.hintType?.dispose();
    this.hintType = undefined;
    for (const type of this.verdictTypes.values()) type.dispose();
    this.verdictTypes = new Map();
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.notifyIfIdle();
    this.disposeTypes();
    this.drawEmitter.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

function emptyRanges(): Record<HighlightKind, vscode.Range[]> {
  return Object.fromEntries(HIGHLIGHT_KINDS.map((k) => [k, [] as vscode.Range[]])) as Record<HighlightKind, vscode.Range[]>;
}

/** The first contested figure of a line speaks for it, at the line's end. */
function hintOptions(document: vscode.TextDocument, hints: ReadonlyArray<{ offset: number; text: string }>): vscode.DecorationOptions[] {
  const byLine = new Map<number, string>();
  for (const { offset, text } of hints) {
    const line = document.positionAt(offset).line;
    if (!byLine.has(line)) byLine.set(line, text);
  }
  return [...byLine].map(([line, text]) => {
    const end = document.lineAt(line).range.end;
    return { range: new vscode.Range(end, end), renderOptions: { after: { contentText: text } } };
  });
}
