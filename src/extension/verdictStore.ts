/**
 * The verdicts of each open article: read from its sidecar file when the
 * article is first shown, re-read when the file changes from outside (git
 * checkout, another window, another editor), written back merged with what
 * is on disk so two windows never lose an entry. A sidecar that does not
 * parse is never written: its article's verdicts are read-only until it is
 * fixed, and the user is told why once.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../core';
import { mergeVerdicts, moveAnchor, parseSidecar, reviewArticle, serializeSidecar, SidecarError, withoutDismissed, type ArticleReview, type Verdict } from '../review';
import { displayText } from '../ui/displayText';
import type { SettingsStore } from './settings';
import { findSidecar, readText, sidecarUri, withLock, writeAtomically } from './sidecarFiles';

export type VerdictState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly sidecar: vscode.Uri; readonly verdicts: readonly Verdict[] }
  /** The sidecar exists but cannot be used; nothing writes over it. */
  | { readonly kind: 'broken'; readonly sidecar: vscode.Uri; readonly message: string }
  /** Verdicts cannot be kept for this document (untitled, or a scheme without files). */
  | { readonly kind: 'unavailable'; readonly message: string };

/** An article as the checker sees it: the analysis without what was dismissed, and where each verdict is. */
export interface ReviewedArticleView {
  /** The analysis less what was marked "not a claim". */
  readonly visible: Analysis;
  /** The verdicts placed on the full analysis. */
  readonly review: ArticleReview;
  readonly state: VerdictState;
}

interface Entry {
  readonly article: vscode.Uri;
  state: VerdictState;
  /** The sidecar's text as last read or written: a change event for the same text is our own write. */
  content: string | undefined;
  /** Bumped whenever the verdicts change, so cached reviews are recomputed. */
  generation: number;
  loading: Promise<void>;
  watcher: vscode.Disposable | undefined;
  /** This window's writes, one after another. */
  queue: Promise<unknown>;
  reported: string | undefined;
  cached: { analysis: Analysis; generation: number; view: ReviewedArticleView } | undefined;
}

const EMPTY_REVIEW: ArticleReview = { placed: [], orphans: [], byTarget: new Map() };
/** Change events come in bursts (a checkout writes, renames, touches): re-read once they settle. */
const RELOAD_DELAY_MS = 50;

export class VerdictStore implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly reloads = new Map<string, ReturnType<typeof setTimeout>>();
  /** Fires with the article's URI when its verdicts changed (loaded, edited here, or changed on disk). */
  readonly onDidChange = this.emitter.event;

  constructor(private readonly settings: SettingsStore) {
    let layout = settings.value.verdictsLocation;
    this.subscriptions.push(
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri.toString())),
      vscode.workspace.onDidSaveTextDocument((document) => void this.refreshAnchors(document)),
      settings.onDidChange((value) => {
        if (value.verdictsLocation === layout) return;
        layout = value.verdictsLocation;
        for (const key of [...this.entries.keys()]) this.reload(key);
      }),
    );
  }

  /** The verdicts of a document as known now; starts reading them the first time. */
  stateOf(document: vscode.TextDocument): VerdictState {
    return this.entry(document.uri).state;
  }

  /** Resolves once the document's verdicts were read. */
  async whenLoaded(document: vscode.TextDocument): Promise<VerdictState> {
    const entry = this.entry(document.uri);
    await entry.loading;
    await entry.queue;
    return this.entries.get(document.uri.toString())?.state ?? entry.state;
  }

  /** Whether the document's verdicts can be changed; when not, the user is told why. */
  async writable(document: vscode.TextDocument): Promise<boolean> {
    const state = await this.whenLoaded(document);
    if (state.kind === 'ready') return true;
    await this.explain(this.entry(document.uri), true);
    return false;
  }

  /** The article's verdicts on this analysis of its current text; cached until either changes. */
  viewOf(document: vscode.TextDocument, analysis: Analysis): ReviewedArticleView {
    const entry = this.entry(document.uri);
    if (entry.cached && entry.cached.analysis === analysis && entry.cached.generation === entry.generation) return entry.cached.view;
    const verdicts = entry.state.kind === 'ready' ? entry.state.verdicts : [];
    const review = verdicts.length > 0 ? reviewArticle(document.getText(), analysis, verdicts) : EMPTY_REVIEW;
    const view: ReviewedArticleView = { visible: withoutDismissed(analysis, review), review, state: entry.state };
    entry.cached = { analysis, generation: entry.generation, view };
    return view;
  }

  /**
   * Changes the document's verdicts: `edit` gets the current ones and returns
   * the new list, which is merged with the file on disk and written. False
   * (and the user told why) when the verdicts cannot be written.
   */
  update(document: vscode.TextDocument, edit: (verdicts: readonly Verdict[]) => readonly Verdict[]): Promise<boolean> {
    const entry = this.entry(document.uri);
    const run = async (): Promise<boolean> => {
      await entry.loading;
      const state = entry.state;
      if (state.kind !== 'ready') {
        void this.explain(entry, true);
        return false;
      }
      try {
        await this.write(entry, state, edit(state.verdicts));
        return true;
      } catch (error) {
        if (entry.state.kind === 'broken') void this.explain(entry, true);
        else void vscode.window.showErrorMessage(`Claimlens could not save the verdicts in ${displayText(name(state.sidecar))}: ${displayText(error instanceof Error ? error.message : String(error))}`);
        return false;
      }
    };
    const done = entry.queue.then(run, run);
    entry.queue = done;
    return done;
  }

  /** The verdicts of any article, open or not (the workspace export): as known here when it is open, else from its file. */
  async readVerdicts(article: vscode.Uri): Promise<{ verdicts: readonly Verdict[] } | { problem: string }> {
    const open = this.entries.get(article.toString());
    if (open) await open.loading;
    const state = open?.state;
    if (state?.kind === 'ready') return { verdicts: state.verdicts };
    if (state?.kind === 'broken') return { problem: state.message };
    if (article.scheme === 'untitled') return { verdicts: [] };
    try {
      const text = await readText(await findSidecar(article, this.settings.value.verdictsLocation));
      return { verdicts: text === undefined ? [] : parseSidecar(text) };
    } catch (error) {
      return { problem: error instanceof Error ? error.message : String(error) };
    }
  }

  /** Forgets what is known and reads the sidecar again (as a new window would). */
  async reloadFromDisk(document: vscode.TextDocument): Promise<VerdictState> {
    this.forget(document.uri.toString());
    return this.whenLoaded(document);
  }

  private async write(entry: Entry, state: Extract<VerdictState, { kind: 'ready' }>, ours: readonly Verdict[]): Promise<void> {
    const sidecar = state.sidecar;
    await withLock(sidecar, async () => {
      const text = await readText(sidecar);
      // Never over a file that does not parse: stop, and say so.
      let onDisk: Verdict[];
      try {
        onDisk = text === undefined ? [] : parseSidecar(text);
      } catch (error) {
        if (!(error instanceof SidecarError)) throw error;
        this.settle(entry, { kind: 'broken', sidecar, message: brokenMessage(sidecar, error) }, text);
        throw error;
      }
      const merged = mergeVerdicts(state.verdicts, ours, onDisk);
      const content = serializeSidecar(merged);
      // An article nobody checked gets no file.
      if (!(merged.length === 0 && text === undefined) && content !== text) await writeAtomically(sidecar, content);
      this.settle(entry, { kind: 'ready', sidecar, verdicts: merged }, merged.length === 0 && text === undefined ? undefined : content);
    });
  }

  /**
   * After the article is saved, verdicts whose text moved get their new place
   * and context written down, so the file keeps up with the article and the
   * next re-anchoring starts from where the text is.
   */
  private async refreshAnchors(document: vscode.TextDocument): Promise<void> {
    const entry = this.entries.get(document.uri.toString());
    if (!entry || entry.state.kind !== 'ready' || entry.state.verdicts.length === 0) return;
    const text = document.getText();
    const review = entry.cached?.view.review;
    if (!review || entry.cached?.analysis.length !== text.length) return;
    const moved = new Map<string, Verdict>();
    for (const placed of review.placed) {
      if (placed.changed) continue;
      const anchor = moveAnchor(placed.verdict.anchor, text, { ...placed.span, exact: true });
      const old = placed.verdict.anchor;
      if (anchor.start !== old.start || anchor.prefix !== old.prefix || anchor.suffix !== old.suffix) moved.set(placed.verdict.id, { ...placed.verdict, anchor });
    }
    if (moved.size > 0) await this.update(document, (verdicts) => verdicts.map((v) => moved.get(v.id) ?? v));
  }

  private entry(article: vscode.Uri): Entry {
    const key = article.toString();
    const known = this.entries.get(key);
    if (known) return known;
    const entry: Entry = { article, state: { kind: 'loading' }, content: undefined, generation: 0, loading: Promise.resolve(), watcher: undefined, queue: Promise.resolve(), reported: undefined, cached: undefined };
    this.entries.set(key, entry);
    entry.loading = this.load(entry);
    return entry;
  }

  private async load(entry: Entry): Promise<void> {
    const article = entry.article;
    if (article.scheme === 'untitled') {
      this.settle(entry, { kind: 'unavailable', message: 'Save the article first: its verdicts are kept in a file beside it.' }, undefined);
      return;
    }
    // No file system (an output, a virtual document), or a read-only one (a git revision in a diff): not the article's own file.
    if (vscode.workspace.fs.isWritableFileSystem(article.scheme) !== true) {
      this.settle(entry, { kind: 'unavailable', message: `Verdicts are kept for an article's own file, not for ${article.scheme}: documents.` }, undefined);
      return;
    }
    let sidecar: vscode.Uri;
    try {
      sidecar = await findSidecar(article, this.settings.value.verdictsLocation);
    } catch {
      sidecar = sidecarUri(article, this.settings.value.verdictsLocation);
    }
    this.watch(entry, article);
    let text: string | undefined;
    try {
      text = await readText(sidecar);
    } catch (error) {
      this.settle(entry, { kind: 'broken', sidecar, message: `Claimlens cannot read ${displayText(name(sidecar))}: ${displayText(error instanceof Error ? error.message : String(error))}. Verdicts for this article are read-only until it can be read.` }, undefined);
      void this.explain(entry, false);
      return;
    }
    if (text !== undefined && text === entry.content && entry.state.kind === 'ready') return;
    try {
      this.settle(entry, { kind: 'ready', sidecar, verdicts: text === undefined ? [] : parseSidecar(text) }, text);
    } catch (error) {
      if (!(error instanceof SidecarError)) throw error;
      this.settle(entry, { kind: 'broken', sidecar, message: brokenMessage(sidecar, error) }, text);
      void this.explain(entry, false);
    }
  }

  /** Both places a sidecar can be, so a file created in either (or moved between them) is seen. */
  private watch(entry: Entry, article: vscode.Uri): void {
    if (entry.watcher) return;
    const folder = vscode.Uri.joinPath(article, '..');
    const relative = (['beside', 'folder'] as const).map((layout) => sidecarUri(article, layout).path.slice(folder.path.length + 1));
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, `{${relative.map(escapeGlob).join(',')}}`));
    const changed = () => this.scheduleReload(entry.article.toString());
    watcher.onDidChange(changed);
    watcher.onDidCreate(changed);
    watcher.onDidDelete(changed);
    entry.watcher = watcher;
  }

  private scheduleReload(key: string): void {
    const pending = this.reloads.get(key);
    if (pending) clearTimeout(pending);
    this.reloads.set(
      key,
      setTimeout(() => {
        this.reloads.delete(key);
        this.reload(key);
      }, RELOAD_DELAY_MS),
    );
  }

  /** Reads the sidecar again after this window's writes; the file decides. */
  private reload(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    const run = () => this.load(entry);
    entry.loading = entry.queue.then(run, run);
    entry.queue = entry.loading;
  }

  private settle(entry: Entry, state: VerdictState, content: string | undefined): void {
    const same = sameState(entry.state, state);
    entry.state = state;
    entry.content = content;
    entry.generation++;
    if (state.kind !== 'broken') entry.reported = undefined;
    // Listeners redraw: not for a change nobody can see (an article without verdicts finished loading).
    if (same || this.entries.get(entry.article.toString()) !== entry) return;
    this.emitter.fire(entry.article);
  }

  /** Tells the user why verdicts cannot be changed: once per problem, or again when they try. */
  private async explain(entry: Entry, asked: boolean): Promise<void> {
    const state = entry.state;
    if (state.kind !== 'broken' && state.kind !== 'unavailable') return;
    if (!asked && entry.reported === state.message) return;
    entry.reported = state.message;
    if (state.kind === 'unavailable') {
      void vscode.window.showInformationMessage(`Claimlens: ${state.message}`);
      return;
    }
    const open = 'Open the File';
    const choice = await vscode.window.showWarningMessage(state.message, open);
    if (choice === open) await vscode.commands.executeCommand('vscode.open', state.sidecar);
  }

  private forget(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    entry.watcher?.dispose();
    this.entries.delete(key);
    const pending = this.reloads.get(key);
    if (pending) clearTimeout(pending);
    this.reloads.delete(key);
  }

  dispose(): void {
    for (const key of [...this.entries.keys()]) this.forget(key);
    for (const s of this.subscriptions) s.dispose();
    this.emitter.dispose();
  }
}

function brokenMessage(sidecar: vscode.Uri, error: SidecarError): string {
  const fix = error.kind === 'newer-version' ? '' : ' Fix it or delete it; Claimlens leaves it as it is.';
  return `Claimlens: the verdicts file ${displayText(name(sidecar))} ${displayText(error.message)}${fix} Until then the verdicts of this article are read-only.`;
}

function name(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri);
}

/** Whether the two states show the same: no verdicts yet while loading shows as an empty list. */
function sameState(a: VerdictState, b: VerdictState): boolean {
  const empty = (s: VerdictState) => s.kind === 'loading' || (s.kind === 'ready' && s.verdicts.length === 0);
  if (empty(a) && empty(b)) return true;
  if (a.kind !== b.kind) return false;
  if (a.kind === 'ready' && b.kind === 'ready') return a.sidecar.toString() === b.sidecar.toString() && serializeSidecar(a.verdicts) === serializeSidecar(b.verdicts);
  if ((a.kind === 'broken' || a.kind === 'unavailable') && (b.kind === 'broken' || b.kind === 'unavailable')) return a.message === b.message;
  return true;
}

/** A file name as a glob that matches only itself: the characters globs give meaning to, in brackets. */
function escapeGlob(path: string): string {
  return path.replace(/[{}*?,]/g, (ch) => `[${ch}]`);
}
