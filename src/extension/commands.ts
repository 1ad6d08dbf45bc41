/** The command palette: toggle highlights, step through figures and quotes, re-analyse, reveal a span. */
import * as vscode from 'vscode';
import type { AnalysisService } from './analysisService';
import { COMMANDS } from '../ui/commandIds';
import type { DecorationController } from './decorations';
import type { RevealArgs } from '../ui/hoverContent';
import { SECTION } from './settings';

export function registerCommands(service: AnalysisService, decorations: DecorationController): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMANDS.toggleHighlights, async () => {
      const config = vscode.workspace.getConfiguration(SECTION);
      // Write where the value that wins is set, or a workspace setting would overrule the toggle.
      const inspected = config.inspect<boolean>('enabled');
      const target = inspected?.workspaceFolderValue !== undefined ? vscode.ConfigurationTarget.WorkspaceFolder : inspected?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
      await config.update('enabled', !config.get<boolean>('enabled', true), target);
    }),
    vscode.commands.registerCommand(COMMANDS.nextClaim, () => step(service, 'claims', 1)),
    vscode.commands.registerCommand(COMMANDS.previousClaim, () => step(service, 'claims', -1)),
    vscode.commands.registerCommand(COMMANDS.nextQuote, () => step(service, 'quotes', 1)),
    vscode.commands.registerCommand(COMMANDS.previousQuote, () => step(service, 'quotes', -1)),
    vscode.commands.registerCommand(COMMANDS.reanalyze, () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      service.invalidate(editor.document);
      decorations.refreshVisible();
    }),
    vscode.commands.registerCommand(COMMANDS.revealRange, (args: RevealArgs) => reveal(args)),
  ];
}

/** Moves the selection to the next (or previous) figure or quote after the cursor, wrapping around. */
async function step(service: AnalysisService, kind: 'claims' | 'quotes', direction: 1 | -1): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !service.isAnalysable(editor.document)) return;
  const result = await service.get(editor.document);
  if (result.kind !== 'ok' || result.version !== editor.document.version) return;
  const spans = [...result.analysis[kind]].sort((a, b) => a.start - b.start);
  if (spans.length === 0) {
    void vscode.window.showInformationMessage(kind === 'claims' ? 'Claimlens found no figures in this article.' : 'Claimlens found no quotes in this article.');
    return;
  }
  const anchor = editor.document.offsetAt(editor.selection.start);
  const target = direction === 1 ? spans.find((s) => s.start > anchor) ?? spans[0]! : [...spans].reverse().find((s) => s.start < anchor) ?? spans[spans.length - 1]!;
  select(editor, target.start, target.end);
}

async function reveal(args: RevealArgs): Promise<void> {
  if (!isRevealArgs(args)) return;
  // Links in hovers and the panel only ever point into an article that is open; nothing else is opened.
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.uri);
  if (!document) return;
  const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
  const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn, preserveFocus: false });
  const end = Math.min(args.end, document.getText().length);
  select(editor, Math.min(args.start, end), end);
}

/** Command arguments come from links: a span of whole, non-negative offsets in a document named by URI. */
export function isRevealArgs(args: unknown): args is RevealArgs {
  if (typeof args !== 'object' || args === null) return false;
  const { uri, start, end } = args as Record<string, unknown>;
  return typeof uri === 'string' && Number.isSafeInteger(start) && Number.isSafeInteger(end) && (start as number) >= 0 && (start as number) <= (end as number);
}

/** Selects a span and scrolls it into view. */
export function select(editor: vscode.TextEditor, start: number, end: number): void {
  const range = new vscode.Range(editor.document.positionAt(start), editor.document.positionAt(end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
