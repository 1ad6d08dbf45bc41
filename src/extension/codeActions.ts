/**
 * Quick fixes (the lightbulb, Ctrl+., and the Problems panel) on a figure,
 * quote or contested figure: mark it verified, disputed, false, needing a
 * source or not a claim, reset it, or edit its note and evidence. Each action
 * runs a status command with the target's place, so it records at once.
 */
import * as vscode from 'vscode';
import { STATUS_LABELS, type VerdictStatus } from '../review';
import type { AnalysisService } from './analysisService';
import { COMMANDS, STATUS_COMMANDS } from '../ui/commandIds';
import { PROBLEM_SOURCE } from './problems';
import { reviewedDocumentNow } from './reviewedArticle';
import type { VerdictArgs } from './verdictCommands';
import { STATUS_CHOICES, targetAt, verdictOn, type VerdictTarget } from '../ui/verdictTargets';
import type { VerdictStore } from './verdictStore';

export class VerdictCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly service: AnalysisService, private readonly store: VerdictStore) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const article = reviewedDocumentNow(this.service, this.store, document);
    if (!article || article.view.state.kind !== 'ready') return [];
    const offset = document.offsetAt(range.start);
    const target = targetAt(article.view.visible, offset);
    if (!target) return [];
    const uri = document.uri.toString();
    const ours = context.diagnostics.filter((d) => d.source === PROBLEM_SOURCE);
    const current = verdictOn(article.view.review, target)?.status ?? 'unchecked';
    const actions = STATUS_CHOICES.filter(({ status }) => status !== current).map(({ status }) => statusAction(target, status, { uri, offset: target.start, target: target.kind }, ours));
    actions.push(command(`Edit the note and evidence on ${target.label}…`, COMMANDS.editVerdictNote, { uri, offset: target.start, target: target.kind }, ours));
    const group = targetAt(article.view.visible, offset, 'group');
    if (group) actions.push(command(`Fact-check ${group.label} as a whole…`, COMMANDS.setVerdict, { uri, offset: group.start, target: 'group' }, ours));
    return actions;
  }
}

function statusAction(target: VerdictTarget, status: VerdictStatus, args: VerdictArgs, diagnostics: vscode.Diagnostic[]): vscode.CodeAction {
  const title = status === 'not-a-claim' ? `Not a claim: hide ${target.label}` : status === 'unchecked' ? `Reset ${target.label} to unchecked` : `Mark ${target.label} as ${STATUS_LABELS[status].toLowerCase()}`;
  return command(title, STATUS_COMMANDS[status], args, diagnostics);
}

function command(title: string, id: string, args: VerdictArgs, diagnostics: vscode.Diagnostic[]): vscode.CodeAction {
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.command = { title, command: id, arguments: [args] };
  if (diagnostics.length > 0) action.diagnostics = diagnostics;
  return action;
}

export function registerCodeActions(service: AnalysisService, store: VerdictStore, languages: readonly string[]): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(
    languages.map((language) => ({ language })),
    new VerdictCodeActions(service, store),
    { providedCodeActionKinds: VerdictCodeActions.kinds },
  );
}
