/**
 * Verdicts whose text was edited beyond recognition ("orphans") are never
 * dropped: the panel lists them, and these commands re-attach one to the text
 * selected in the editor or delete it. Without arguments (the command
 * palette) they ask which orphan of the active article.
 */
import * as vscode from 'vscode';
import { reattachVerdict, STATUS_LABELS, type Verdict } from '../review';
import type { AnalysisService } from './analysisService';
import { COMMANDS } from '../ui/commandIds';
import { displayText } from '../ui/displayText';
import { reviewedDocument } from './reviewedArticle';
import type { VerdictStore } from './verdictStore';

/** What the panel passes: the article and the orphan's id. */
export interface OrphanArgs {
  readonly uri?: string;
  readonly id?: string;
}

export function registerOrphanCommands(service: AnalysisService, store: VerdictStore): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMANDS.reattachVerdict, (args?: unknown) => reattach(service, store, cleanOrphanArgs(args))),
    vscode.commands.registerCommand(COMMANDS.deleteVerdict, (args?: unknown) => remove(service, store, cleanOrphanArgs(args))),
  ];
}

/** Re-anchors the orphan on the current selection of its article; true when saved. */
async function reattach(service: AnalysisService, store: VerdictStore, args: OrphanArgs): Promise<boolean> {
  const found = await orphanOf(service, store, args, 'Re-attach which verdict to the selected text?');
  if (!found) return false;
  const { document, orphan } = found;
  const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
  if (!editor || editor.selection.isEmpty) {
    void vscode.window.showInformationMessage(`Select the text in ${fileName(document)} that the verdict “${displayText(orphan.anchor.exact, 60)}” is about, then choose Re-attach again.`);
    return false;
  }
  const span = { start: document.offsetAt(editor.selection.start), end: document.offsetAt(editor.selection.end) };
  const text = document.getText();
  return store.update(document, (verdicts) => verdicts.map((v) => (v.id === orphan.id ? reattachVerdict(v, text, span) : v)));
}

/** Deletes the orphan after the user confirms; true when saved. */
async function remove(service: AnalysisService, store: VerdictStore, args: OrphanArgs): Promise<boolean> {
  const found = await orphanOf(service, store, args, 'Delete which verdict?');
  if (!found) return false;
  const { document, orphan } = found;
  const choice = await vscode.window.showWarningMessage(`Delete the ${STATUS_LABELS[orphan.status].toLowerCase()} verdict on “${displayText(orphan.anchor.exact, 60)}”?`, { modal: true, detail: orphan.note ? displayText(orphan.note) : undefined }, 'Delete');
  if (choice !== 'Delete') return false;
  return store.update(document, (verdicts) => verdicts.filter((v) => v.id !== orphan.id));
}

async function orphanOf(service: AnalysisService, store: VerdictStore, args: OrphanArgs, question: string): Promise<{ document: vscode.TextDocument; orphan: Verdict } | undefined> {
  const document = args.uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.uri) : vscode.window.activeTextEditor?.document;
  if (!document) return undefined;
  await store.whenLoaded(document);
  if (!(await store.writable(document))) return undefined;
  const orphans = (await reviewedDocument(service, store, document))?.view.review.orphans ?? [];
  if (args.id) return withOrphan(document, orphans.find((o) => o.id === args.id));
  if (orphans.length === 0) {
    void vscode.window.showInformationMessage(`Every verdict of ${fileName(document)} is on its text: none has lost it.`);
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    orphans.map((o) => ({ label: `“${displayText(o.anchor.exact, 60)}”`, description: STATUS_LABELS[o.status], detail: o.note ? displayText(o.note) : undefined, orphan: o })),
    { title: question, placeHolder: 'Verdicts whose text was edited away' },
  );
  return withOrphan(document, picked?.orphan);
}

function withOrphan(document: vscode.TextDocument, orphan: Verdict | undefined): { document: vscode.TextDocument; orphan: Verdict } | undefined {
  return orphan ? { document, orphan } : undefined;
}

/** Article text and file names go into notifications and quick picks through `displayText`: inert, one line, short. */
function fileName(document: vscode.TextDocument): string {
  return displayText(document.uri.path.split('/').pop() ?? document.uri.toString(), 60);
}

/** Arguments from the panel are untrusted: only strings pass. */
export function cleanOrphanArgs(args: unknown): OrphanArgs {
  if (typeof args !== 'object' || args === null) return {};
  const a = args as Record<string, unknown>;
  return { ...(typeof a.uri === 'string' ? { uri: a.uri } : {}), ...(typeof a.id === 'string' ? { id: a.id } : {}) };
}
