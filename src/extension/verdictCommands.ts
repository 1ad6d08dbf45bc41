/**
 * Recording fact-check findings: "Set Fact-check Status…" (a quick pick, then
 * a note and an evidence link for findings that want them), one command per
 * status for menus and quick fixes, "Edit Note and Evidence…", and "Check
 * Unchecked Figures", which walks the unchecked figures in reading order.
 * Every command takes optional arguments (hover links, the panel's context
 * menu, quick fixes and tests pass them); without them it acts on the figure
 * or quote at the cursor.
 */
import * as vscode from 'vscode';
import { plural } from '../core';
import { recordFinding, STATUS_LABELS, uncheckedFigures, type Finding, type TargetKind, type VerdictStatus } from '../review';
import type { AnalysisService } from './analysisService';
import { COMMANDS, STATUS_COMMANDS } from '../ui/commandIds';
import { select } from './commands';
import { reviewedDocument, reviewedDocumentNow, type ReviewedDocument } from './reviewedArticle';
import { evidenceProblem, STATUS_CHOICES, targetAt, verdictOn, wantsNote, type VerdictTarget } from '../ui/verdictTargets';
import type { VerdictStore } from './verdictStore';

/** What hover links, menus, quick fixes and scripts pass; every field optional. */
export interface VerdictArgs {
  readonly uri?: string;
  readonly offset?: number;
  readonly target?: TargetKind;
  readonly status?: VerdictStatus;
  readonly note?: string;
  readonly evidence?: string;
}

export function registerVerdictCommands(service: AnalysisService, store: VerdictStore): vscode.Disposable[] {
  const commands = new VerdictCommands(service, store);
  return [
    vscode.commands.registerCommand(COMMANDS.setVerdict, (args?: VerdictArgs) => commands.set(cleanArgs(args))),
    vscode.commands.registerCommand(COMMANDS.editVerdictNote, (args?: VerdictArgs) => commands.editNote(cleanArgs(args))),
    vscode.commands.registerCommand(COMMANDS.checkUnchecked, () => commands.walk()),
    ...Object.entries(STATUS_COMMANDS).map(([status, id]) => vscode.commands.registerCommand(id, (args?: VerdictArgs) => commands.set({ ...cleanArgs(args), status: status as VerdictStatus }))),
  ];
}

class VerdictCommands {
  constructor(private readonly service: AnalysisService, private readonly store: VerdictStore) {}

  /** Records a status (asked for when not given) on the target; true when it was saved. */
  async set(args: VerdictArgs): Promise<boolean> {
    const found = await this.resolve(args);
    if (!found) return false;
    const { article, target } = found;
    const current = verdictOn(article.view.review, target);
    const status = args.status ?? (await pickStatus(target, current?.status));
    if (!status) return false;
    let finding: Partial<Finding> & { status: VerdictStatus } = { status, note: args.note, evidence: args.evidence };
    // Asked only in the interactive path: quick fixes and menu items record the status at once.
    if (!args.status && wantsNote(status)) finding = { ...finding, ...(await askNoteAndEvidence(target, current?.note ?? '', current?.evidence ?? '')) };
    return this.record(article, target, finding);
  }

  async editNote(args: VerdictArgs): Promise<boolean> {
    const found = await this.resolve(args);
    if (!found) return false;
    const { article, target } = found;
    const current = verdictOn(article.view.review, target);
    const answer = args.note !== undefined || args.evidence !== undefined ? { note: args.note, evidence: args.evidence } : await askNoteAndEvidence(target, current?.note ?? '', current?.evidence ?? '');
    if (answer.note === undefined && answer.evidence === undefined) return false;
    return this.record(article, target, { status: current?.status ?? 'unchecked', ...answer });
  }

  /**
   * Selects each unchecked figure from the cursor on, in reading order, and
   * asks for its status; Escape stops, "Skip" leaves it for later.
   */
  async walk(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const document = editor.document;
    if (!(await this.store.writable(document))) return;
    let from = document.offsetAt(editor.selection.start);
    const skipped = new Set<string>();
    for (;;) {
      const article = await reviewedDocument(this.service, this.store, document);
      if (!article) return;
      const unchecked = uncheckedFigures(article.analysis, article.view.review).filter((c) => !skipped.has(c.id) && article.view.visible.claims.some((v) => v.id === c.id));
      if (unchecked.length === 0) {
        const total = article.view.visible.claims.length;
        void vscode.window.showInformationMessage(skipped.size > 0 ? `Claimlens: ${plural(skipped.size, 'figure')} skipped; every other figure is checked.` : `Claimlens: all ${plural(total, 'figure')} in this article are checked.`);
        return;
      }
      const next = unchecked.find((c) => c.start >= from) ?? unchecked[0]!;
      const target = targetAt(article.view.visible, next.start, 'figure')!;
      select(editor, target.start, target.end);
      const status = await pickStatus(target, undefined, `${plural(unchecked.length, 'unchecked figure')} left · Escape stops`, true);
      if (status === undefined) return;
      if (status === 'skip') skipped.add(next.id);
      else {
        const finding = wantsNote(status) ? { status, ...(await askNoteAndEvidence(target, '', '')) } : { status };
        if (!(await this.record(article, target, finding))) return;
      }
      from = next.end;
    }
  }

  private async record(article: ReviewedDocument, target: VerdictTarget, finding: Partial<Finding> & { status: VerdictStatus }): Promise<boolean> {
    const { document } = article;
    const version = document.version;
    // The article may have changed while a prompt was open: its analysis now, before the (synchronous) update.
    await this.service.get(document);
    return this.store.update(document, (verdicts) => {
      const now = reviewedDocumentNow(this.service, this.store, document);
      if (!now) return verdicts;
      // The article changed while a prompt was open: the finding goes to what is at the same place now.
      const id = document.version === version ? target.id : targetAt(now.view.visible, target.start, target.kind)?.id;
      return id ? recordFinding(verdicts, now.view.review, now.text, now.analysis, target.kind, id, finding) : verdicts;
    });
  }

  /** The article and the figure, quote or group the arguments (or the cursor) point at. */
  private async resolve(args: VerdictArgs): Promise<{ article: ReviewedDocument; target: VerdictTarget } | undefined> {
    const editor = vscode.window.activeTextEditor;
    const document = args.uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.uri) : editor?.document;
    if (!document) return undefined;
    await this.store.whenLoaded(document);
    const article = await reviewedDocument(this.service, this.store, document);
    if (!article) return undefined;
    const offset = args.offset ?? (editor && editor.document === document ? document.offsetAt(editor.selection.active) : undefined);
    const target = offset === undefined ? undefined : targetAt(article.view.visible, offset, args.target);
    if (!target) {
      void vscode.window.showInformationMessage('Put the cursor on a figure or a quote to record what the fact-check found.');
      return undefined;
    }
    return { article, target };
  }
}

type Picked = VerdictStatus | 'skip';

async function pickStatus(target: VerdictTarget, current: VerdictStatus | undefined): Promise<VerdictStatus | undefined>;
async function pickStatus(target: VerdictTarget, current: VerdictStatus | undefined, placeHolder: string, withSkip: true): Promise<Picked | undefined>;
async function pickStatus(target: VerdictTarget, current: VerdictStatus | undefined, placeHolder?: string, withSkip = false): Promise<Picked | undefined> {
  const items: Array<vscode.QuickPickItem & { status: Picked }> = STATUS_CHOICES.map(({ status, icon, detail }) => ({ status, label: `${icon} ${STATUS_LABELS[status]}`, description: status === current ? 'current' : undefined, detail }));
  if (withSkip) items.push({ status: 'skip', label: '$(debug-step-over) Skip', detail: 'Leave it unchecked for now and go to the next one' });
  const picked = await vscode.window.showQuickPick(items, { title: `Fact-check ${target.label}`, placeHolder: placeHolder ?? 'What did the check find?', matchOnDetail: true });
  return picked?.status;
}

/** A note and an evidence link; Enter keeps what is shown, Escape leaves that one as it was. */
async function askNoteAndEvidence(target: VerdictTarget, note: string, evidence: string): Promise<{ note?: string; evidence?: string }> {
  const newNote = await vscode.window.showInputBox({ title: `Note on ${target.label}`, prompt: 'What was checked, and against what (Enter to leave it empty)', value: note });
  if (newNote === undefined) return {};
  const newEvidence = await vscode.window.showInputBox({ title: `Evidence for ${target.label}`, prompt: 'A link to the source or document (Enter to leave it empty)', value: evidence, placeHolder: 'https://…', validateInput: evidenceProblem });
  return { note: newNote.trim(), ...(newEvidence === undefined ? {} : { evidence: newEvidence.trim() }) };
}

/** Arguments from links and menus are untrusted: only the fields of the expected types pass. */
export function cleanArgs(args: unknown): VerdictArgs {
  if (typeof args !== 'object' || args === null) return {};
  const a = args as Record<string, unknown>;
  const statuses = Object.keys(STATUS_LABELS);
  return {
    ...(typeof a.uri === 'string' ? { uri: a.uri } : {}),
    ...(Number.isSafeInteger(a.offset) && (a.offset as number) >= 0 ? { offset: a.offset as number } : {}),
    ...(a.target === 'figure' || a.target === 'quote' || a.target === 'group' ? { target: a.target } : {}),
    ...(typeof a.status === 'string' && statuses.includes(a.status) ? { status: a.status as VerdictStatus } : {}),
    ...(typeof a.note === 'string' ? { note: a.note } : {}),
    ...(typeof a.evidence === 'string' ? { evidence: a.evidence } : {}),
  };
}
