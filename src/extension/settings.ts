/**
 * The extension's settings, typed to mirror `contributes.configuration` in
 * package.json, read in one place and re-read only when `claimlens.*` changes.
 */
import * as vscode from 'vscode';

export const HIGHLIGHT_KINDS = ['quotes', 'speakers', 'cues', 'claims', 'contested'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];
export const HIGHLIGHT_STYLES = ['full', 'underline', 'minimal'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

export interface ClaimlensSettings {
  /** Highlights on or off as a whole ("Claimlens: Toggle Highlights"). */
  readonly enabled: boolean;
  readonly highlight: Readonly<Record<HighlightKind, boolean>>;
  /** How highlights are drawn: backgrounds and borders, underlines only, or contested figures only. */
  readonly highlightStyle: HighlightStyle;
  /** A note at the end of each line with a contested figure, e.g. "contested: 38 vs more than 140". */
  readonly inlineHints: boolean;
  /** Words, phrases or /patterns/ that are never figures or sources. */
  readonly ignore: readonly string[];
  /** Language ids analysed: "markdown", "plaintext". */
  readonly languages: readonly string[];
  /** Largest document analysed, in UTF-16 code units (the setting is in KB). */
  readonly maxDocumentSize: number;
  /** Milliseconds after the last keystroke before re-analysing. */
  readonly updateDelay: number;
  /** A glob of files the workspace export leaves out, on top of files.exclude. */
  readonly exclude: string;
  /** Start CSV exports with a byte-order mark, for Excel. */
  readonly csvBom: boolean;
}

export const SECTION = 'claimlens';

export function readSettings(): ClaimlensSettings {
  const config = vscode.workspace.getConfiguration(SECTION);
  const highlight = Object.fromEntries(HIGHLIGHT_KINDS.map((kind) => [kind, config.get<boolean>(`highlight.${kind}`, true)])) as Record<HighlightKind, boolean>;
  return {
    enabled: config.get<boolean>('enabled', true),
    highlight,
    highlightStyle: oneOf(config.get<string>('highlight.style', 'full'), HIGHLIGHT_STYLES, 'full'),
    inlineHints: config.get<boolean>('inlineHints', false),
    ignore: config.get<unknown[]>('ignore', []).filter((entry): entry is string => typeof entry === 'string'),
    languages: config.get<string[]>('languages', ['markdown']),
    maxDocumentSize: clamp(config.get<number>('maxDocumentSizeKB', 1536), 16, 65536) * 1024,
    updateDelay: clamp(config.get<number>('updateDelay', 300), 0, 5000),
    exclude: config.get<string>('exclude', '').trim(),
    csvBom: config.get<boolean>('export.csvByteOrderMark', false),
  };
}

/** Keeps a current copy of the settings and tells listeners when `claimlens.*` changes. */
export class SettingsStore implements vscode.Disposable {
  private current = readSettings();
  private readonly emitter = new vscode.EventEmitter<ClaimlensSettings>();
  private readonly subscription: vscode.Disposable;
  readonly onDidChange = this.emitter.event;

  constructor() {
    this.subscription = vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(SECTION)) return;
      this.current = readSettings();
      this.emitter.fire(this.current);
    });
  }

  get value(): ClaimlensSettings {
    return this.current;
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], fallback: T): T {
  return (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}
