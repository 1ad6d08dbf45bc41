/**
 * The messages between the extension and the panel webview: one typed module,
 * imported by the extension and (through JSDoc) by media/panel.js.
 */

/** A figure or quote the panel lists; offsets into the article. */
export interface PanelItem {
  readonly id: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** 1-based line of `start`. */
  readonly line: number;
  /** "4,200,000,000 USD, funds released", "age 51, Piet Harlan", "not closed". */
  readonly detail: string;
  readonly source: { readonly name: string; readonly start: number; readonly end: number } | null;
  /** Where the article gives the same figure from the same source again (a table restating the text). */
  readonly restated: ReadonlyArray<{ readonly line: number; readonly start: number; readonly end: number }>;
  /** The fact-check: its status, and the note and evidence link in one line ('' when none). */
  readonly finding: PanelFinding;
}

/** What the panel shows of a verdict: "figure", "quote" or "group" says what the context menu acts on. */
export interface PanelFinding {
  readonly target: 'figure' | 'quote' | 'group';
  readonly status: 'unchecked' | 'verified' | 'disputed' | 'false' | 'needs-source' | 'not-a-claim';
  readonly label: string;
  readonly summary: string;
}

export interface PanelGroup {
  readonly id: string;
  readonly quantity: string;
  /** "498 vs more than 6,000 (about 12×)", or null when fewer than two figures have values. */
  readonly spread: string | null;
  readonly reason: string;
  /** "different sources, different values · rule group.sources-differ". */
  readonly why: string;
  /** The finding on the group as a whole; its offset is its first figure's. */
  readonly finding: PanelFinding;
  readonly offset: number;
  /** Its first distinct figures (`GROUP_FIGURE_LIMIT`); `moreFigures` counts the rest. */
  readonly figures: readonly PanelItem[];
  readonly moreFigures: number;
  /** Phrases casting doubt, with who casts it when the article says; `moreDisputes` counts those not listed. */
  readonly disputes: ReadonlyArray<{ readonly text: string; readonly start: number; readonly end: number; readonly line: number; readonly by: string | null }>;
  readonly moreDisputes: number;
}

/** A verdict that lost its text: what it was on, where it last was, and what it says. */
export interface PanelOrphan {
  readonly id: string;
  /** The text it was on, as recorded. */
  readonly exact: string;
  /** 1-based line where the text last was. */
  readonly line: number;
  readonly status: string;
  readonly note: string;
}

/** Everyone quoted or cited, with their quotes and figures. */
export interface PanelSource {
  readonly name: string;
  readonly quotes: readonly PanelItem[];
  readonly figures: readonly PanelItem[];
}

export type PanelView =
  | {
      readonly kind: 'article';
      readonly file: string;
      /**
       * The document the view was built from, with its version: a click is applied only to
       * that document as it was, and the panel starts at the top when the document changes.
       */
      readonly uri: string;
      readonly version: number;
      readonly contested: readonly PanelGroup[];
      readonly sources: readonly PanelSource[];
      readonly unattributedFigures: readonly PanelItem[];
      readonly unattributedQuotes: readonly PanelItem[];
      /** Entries left out of a very long article's lists (the editor still highlights them all). */
      readonly omitted: number;
      /** "12 of 21 figures checked"; '' when the verdicts cannot be read. */
      readonly progress: string;
      /** Verdicts whose text was edited beyond recognition: listed to re-attach or delete, never dropped. */
      readonly orphans: readonly PanelOrphan[];
    }
  | { readonly kind: 'empty'; readonly message: string };

/** Extension → webview. */
export type ToWebview = { readonly type: 'show'; readonly view: PanelView } | { readonly type: 'collapseAll' };

/** Webview → extension. */
export type FromWebview =
  | { readonly type: 'ready' }
  /** `uri` and `version` say which document, as it was, the view was built from; a stale click is not applied. */
  | { readonly type: 'reveal'; readonly start: number; readonly end: number; readonly uri: string; readonly version: number }
  /** A button on an orphaned verdict: re-attach it to the editor's selection, or delete it. */
  | { readonly type: 'orphan'; readonly action: 'reattach' | 'delete'; readonly id: string; readonly uri: string }
  /** Sent after each render: what the DOM now lists, so tests can check it. */
  /** `milliseconds`: how long building the DOM took (layout follows at the next frame); `made`: the entries and blocks it made anew rather than kept. */
  | { readonly type: 'rendered'; readonly groups: number; readonly items: number; readonly text: string; readonly elements: number; readonly milliseconds: number; readonly made: number };

export function isFromWebview(value: unknown): value is FromWebview {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as { type?: unknown; start?: unknown; end?: unknown };
  switch (message.type) {
    case 'ready':
      return true;
    case 'reveal':
      return isOffset(message.start) && isOffset(message.end) && typeof (message as { uri?: unknown }).uri === 'string' && Number.isSafeInteger((message as { version?: unknown }).version);
    case 'rendered':
      return true;
    case 'orphan': {
      const orphan = value as { action?: unknown; id?: unknown; uri?: unknown };
      return (orphan.action === 'reattach' || orphan.action === 'delete') && typeof orphan.id === 'string' && typeof orphan.uri === 'string';
    }
    default:
      return false;
  }
}

function isOffset(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}
