/**
 * The extension's settings, typed to mirror `contributes.configuration` in
 * package.json, read in one place and re-read only when `claimlens.*` changes.
 */
import * as vscode from 'vscode';
import { NUMBER_FORMATS, type NumberFormat } from '../core';
import type { SidecarLayout } from '../review';
import { displayText } from '../ui/displayText';

export const HIGHLIGHT_KINDS = ['quotes', 'speakers', 'cues', 'claims', 'contested'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];
export const HIGHLIGHT_STYLES = ['full', 'underline', 'minimal'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];
export const PROBLEM_LEVELS = ['off', 'contested', 'all'] as const;
export type ProblemLevel = (typeof PROBLEM_LEVELS)[number];
const SIDECAR_LAYOUTS: readonly SidecarLayout[] = ['beside', 'folder'];

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
  /** How numbers are written: "auto" follows the article's language. */
  readonly numberFormat: NumberFormat;
  /** Milliseconds after the last keystroke before re-analysing. */
  readonly updateDelay: number;
  /** A glob of files the workspace export leaves out, on top of files.exclude. */
  readonly exclude: string;
  /** Start CSV exports with a byte-order mark, for Excel. */
  readonly csvBom: boolean;
  /** What the Problems panel lists: nothing, what needs attention (contested, disputed, false, unclosed quotes), or every unchecked figure too. */
  readonly problems: ProblemLevel;
  /** Where new verdict files go: beside the article, or in a .claimlens folder. */
  readonly verdictsLocation: SidecarLayout;
  /** The published article's address for ClaimReview, when its front matter has none; `${slug}` is the file's name. '' for none. */
  readonly claimReviewUrl: string;
  /** Who publishes the articles, for ClaimReview, when the front matter does not say. '' for none. */
  readonly claimReviewPublication: string;
}

export const SECTION = 'claimlens';

export function readSettings(): ClaimlensSettings {
  return checkSettings().settings;
}

/**
 * The settings, with every value that breaks its package.json schema (a wrong
 * type, a number out of range, a glob that does not parse) replaced by its
 * default and named in `problems`, so the user is told once instead of the
 * extension misbehaving.
 */
export function checkSettings(): { settings: ClaimlensSettings; problems: string[] } {
  const config = vscode.workspace.getConfiguration(SECTION);
  const problems: string[] = [];
  const read = <T>(key: string, fallback: T, valid: (value: unknown) => boolean, expected: string): T => {
    const value = config.get<unknown>(key, fallback);
    if (valid(value)) return value as T;
    problems.push(`${SECTION}.${key} (${describe(value)}; ${expected})`);
    return fallback;
  };
  const bool = (key: string, fallback: boolean) => read(key, fallback, (v) => typeof v === 'boolean', 'true or false');
  const number = (key: string, fallback: number, min: number, max: number) => read(key, fallback, (v) => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max, `a number from ${min} to ${max}`);
  const highlight = Object.fromEntries(HIGHLIGHT_KINDS.map((kind) => [kind, bool(`highlight.${kind}`, true)])) as Record<HighlightKind, boolean>;
  const settings: ClaimlensSettings = {
    enabled: bool('enabled', true),
    highlight,
    highlightStyle: read('highlight.style', 'full', (v) => HIGHLIGHT_STYLES.includes(v as HighlightStyle), HIGHLIGHT_STYLES.join(', ')),
    inlineHints: bool('inlineHints', false),
    ignore: read('ignore', [], (v) => Array.isArray(v) && v.every((entry) => typeof entry === 'string'), 'a list of words or /patterns/'),
    languages: read('languages', ['markdown'], (v) => Array.isArray(v) && v.every((l) => LANGUAGES.includes(l)), `a list of ${LANGUAGES.join(' and ')}`),
    maxDocumentSize: number('maxDocumentSizeKB', 1536, 16, 65536) * 1024,
    numberFormat: read('numberFormat', 'auto', (v) => NUMBER_FORMATS.includes(v as NumberFormat), NUMBER_FORMATS.join(', ')),
    updateDelay: number('updateDelay', 300, 0, 5000),
    exclude: read('exclude', '', (v) => typeof v === 'string' && isValidGlob(v), 'a glob such as **/drafts/**').trim(),
    csvBom: bool('export.csvByteOrderMark', false),
    problems: read('problems', 'contested', (v) => PROBLEM_LEVELS.includes(v as ProblemLevel), PROBLEM_LEVELS.join(', ')),
    verdictsLocation: read('verdicts.location', 'beside', (v) => SIDECAR_LAYOUTS.includes(v as SidecarLayout), SIDECAR_LAYOUTS.join(', ')),
    claimReviewUrl: read('claimReview.url', '', (v) => typeof v === 'string' && (v === '' || /^https?:\/\/\S+$/.test(v)), 'an http(s) address such as https://news.example/${slug}').trim(),
    claimReviewPublication: read('claimReview.publication', '', (v) => typeof v === 'string', 'a name such as The Valmora Herald').trim(),
  };
  return { settings, problems };
}

const LANGUAGES: readonly unknown[] = ['markdown', 'plaintext'];

/** Brackets and braces balanced, braces not nested (the export joins the globs inside one pair of braces). */
export function isValidGlob(glob: string): boolean {
  let braces = 0;
  let bracket = false;
  for (const ch of glob) {
    if (bracket) bracket = ch !== ']';
    else if (ch === '[') bracket = true;
    else if (ch === '{' && ++braces > 1) return false;
    else if (ch === '}' && --braces < 0) return false;
  }
  return braces === 0 && !bracket;
}

function describe(value: unknown): string {
  const shown = typeof value === 'string' ? `"${value}"` : Array.isArray(value) ? JSON.stringify(value) : String(value);
  return displayText(shown, 60);
}

/** Keeps a current copy of the settings and tells listeners when `claimlens.*` changes. */
export class SettingsStore implements vscode.Disposable {
  private current: ClaimlensSettings;
  private readonly emitter = new vscode.EventEmitter<ClaimlensSettings>();
  private readonly subscription: vscode.Disposable;
  readonly onDidChange = this.emitter.event;
  /** The bad values last warned about, so the same ones are not reported twice. */
  private reported = '';

  constructor() {
    this.current = this.reread();
    this.subscription = vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(SECTION)) return;
      this.current = this.reread();
      this.emitter.fire(this.current);
    });
  }

  /** Reads the settings and warns about bad values once (again only when the bad values change). */
  private reread(): ClaimlensSettings {
    const { settings, problems } = checkSettings();
    const report = problems.join(', ');
    if (report && report !== this.reported) void vscode.window.showWarningMessage(`Claimlens ignored ${problems.length === 1 ? 'a setting' : 'settings'} with a bad value and used the default: ${report}.`);
    this.reported = report;
    return settings;
  }

  get value(): ClaimlensSettings {
    return this.current;
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
