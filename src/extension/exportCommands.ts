/**
 * "Claimlens: Export Annotations…" (the active article), "Claimlens: Export
 * Workspace Articles…" (every Markdown file, respecting files.exclude and
 * claimlens.exclude), in the formats newsrooms use, each figure and quote
 * with its fact-check status, note and evidence; and "Claimlens: Export
 * Fact-checks as ClaimReview…" (schema.org JSON-LD) for the active article.
 * All take optional arguments so they can be scripted (and tested) without
 * the prompts.
 */
import * as vscode from 'vscode';
import { EXPORT_FORMATS, EXPORTERS, isClaimlensReport, type ArticleExport, type ExportFormat } from '../export';
import { exportClaimReviews, reviewArticle, withoutDismissed } from '../review';
import type { AnalysisService } from './analysisService';
import { COMMANDS } from '../ui/commandIds';
import { displayText } from '../ui/displayText';
import { reviewedDocumentNow } from './reviewedArticle';
import type { SettingsStore } from './settings';
import type { VerdictStore } from './verdictStore';

export interface ExportArgs {
  readonly format?: ExportFormat;
  /** Where to write; omit to be asked. `untitled` opens the result in a new editor instead. */
  readonly destination?: vscode.Uri | string | 'untitled';
}

/** What a written export is, for the save dialog and an untitled editor. */
interface OutputKind {
  readonly label: string;
  readonly extension: string;
  readonly languageId: string;
  /** A Markdown report opens in the preview. */
  readonly preview: boolean;
}

const CLAIM_REVIEW_OUTPUT: OutputKind = { label: 'ClaimReview (JSON-LD)', extension: 'jsonld', languageId: 'json', preview: false };

function outputOf(format: ExportFormat): OutputKind {
  const { label, extension, languageId } = EXPORTERS[format];
  return { label, extension, languageId, preview: format === 'markdown' };
}

export function registerExportCommands(service: AnalysisService, settings: SettingsStore, verdicts: VerdictStore): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMANDS.exportAnnotations, (args?: ExportArgs) => exportActive(service, settings, verdicts, args ?? {})),
    vscode.commands.registerCommand(COMMANDS.exportWorkspace, (args?: ExportArgs) => exportWorkspace(service, settings, verdicts, args ?? {})),
    vscode.commands.registerCommand(COMMANDS.exportClaimReview, (args?: ExportArgs) => exportClaimReview(service, settings, verdicts, args ?? {})),
  ];
}

/** The active article with its verdicts, or undefined (the user told why). */
async function activeArticle(service: AnalysisService, verdicts: VerdictStore): Promise<ArticleExport | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !service.isAnalysable(editor.document)) {
    void vscode.window.showWarningMessage('Open a Markdown article to export its annotations.');
    return undefined;
  }
  const document = editor.document;
  await verdicts.whenLoaded(document);
  // The text is read the moment the analysis of its version arrives: the two must match.
  const result = await service.get(document);
  const text = document.getText();
  if (result.kind === 'too-large') {
    void vscode.window.showWarningMessage('This article is over the Claimlens size limit, so there are no annotations to export. Raise "claimlens.maxDocumentSizeKB" first.');
    return undefined;
  }
  if (result.kind === 'failed') {
    void vscode.window.showErrorMessage(`Claimlens could not analyse this article: ${displayText(result.message)}`);
    return undefined;
  }
  const file = vscode.workspace.asRelativePath(document.uri);
  const article = reviewedDocumentNow(service, verdicts, document);
  if (!article || article.view.state.kind !== 'ready') return { file, uri: document.uri.toString(), text, analysis: result.analysis };
  return { file, uri: document.uri.toString(), text, analysis: article.view.visible, review: article.view.review };
}

/** Beside the article, named so it is never taken for its verdicts file (article.claimlens.json). */
function suggestedFile(article: vscode.Uri, suffix: string): vscode.Uri {
  const baseName = article.path.split('/').pop()!.replace(/\.[^.]+$/, '');
  return vscode.Uri.joinPath(article, '..', `${baseName}.${suffix}`);
}

async function exportActive(service: AnalysisService, settings: SettingsStore, verdicts: VerdictStore, args: ExportArgs): Promise<vscode.Uri | undefined> {
  if (!vscode.window.activeTextEditor || !service.isAnalysable(vscode.window.activeTextEditor.document)) {
    void vscode.window.showWarningMessage('Open a Markdown article to export its annotations.');
    return undefined;
  }
  const format = args.format ?? (await pickFormat('Export the annotations of this article as…'));
  if (!format) return undefined;
  const article = await activeArticle(service, verdicts);
  if (!article) return undefined;
  const exporter = EXPORTERS[format];
  const content = exporter.export([article], { bom: settings.value.csvBom });
  return deliver(content, outputOf(format), args.destination, suggestedFile(vscode.Uri.parse(article.uri), `annotations.${exporter.extension}`));
}

async function exportClaimReview(service: AnalysisService, settings: SettingsStore, verdicts: VerdictStore, args: Pick<ExportArgs, 'destination'>): Promise<vscode.Uri | undefined> {
  const article = await activeArticle(service, verdicts);
  if (!article) return undefined;
  if (!article.review) {
    void vscode.window.showWarningMessage('The verdicts of this article cannot be read, so there is nothing to export as ClaimReview.');
    return undefined;
  }
  const reviewed = { ...article, review: article.review };
  // The front matter's url and publication come first; the settings fill in for articles without them.
  const { claimReviewUrl, claimReviewPublication } = settings.value;
  const content = exportClaimReviews([reviewed], { urlTemplate: claimReviewUrl, defaultPublication: claimReviewPublication || undefined });
  if (JSON.parse(content).length === 0) void vscode.window.showInformationMessage('No figure or quote of this article has a finding yet (verified, disputed, false or needs source): the ClaimReview list is empty.');
  return deliver(content, CLAIM_REVIEW_OUTPUT, args.destination, suggestedFile(vscode.Uri.parse(article.uri), 'claimreview.jsonld'));
}

async function exportWorkspace(service: AnalysisService, settings: SettingsStore, verdicts: VerdictStore, args: ExportArgs): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showWarningMessage('Open a folder to export its articles.');
    return undefined;
  }
  const format = args.format ?? (await pickFormat('Export every article in the workspace as…'));
  if (!format) return undefined;
  const exporter = EXPORTERS[format];
  const limit = settings.value.maxDocumentSize;
  const outcome = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Claimlens: exporting articles', cancellable: true },
    async (progress, token) => {
      const files = (await vscode.workspace.findFiles('**/*.{md,markdown}', excludeGlob(settings), undefined, token)).sort((a, b) => a.path.localeCompare(b.path));
      const articles: ArticleExport[] = [];
      const skipped: string[] = [];
      for (const [i, uri] of files.entries()) {
        if (token.isCancellationRequested) return undefined;
        const file = vscode.workspace.asRelativePath(uri);
        const name = displayText(file);
        progress.report({ message: `${i + 1}/${files.length} ${name}`, increment: 100 / Math.max(1, files.length) });
        try {
          // An open editor's text wins over the file on disk (it may hold unsaved edits).
          const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
          if (!open && (await vscode.workspace.fs.stat(uri)).size > limit * 3) {
            skipped.push(`${name} (over the size limit)`);
            continue;
          }
          const text = open ? open.getText() : decode(await vscode.workspace.fs.readFile(uri));
          if (text.length > limit) {
            skipped.push(`${name} (over the size limit)`);
            continue;
          }
          // Its own reports are not articles.
          if (isClaimlensReport(text.split('\n', 1)[0] ?? '')) continue;
          const analysis = await service.analyzeText(text);
          const found = await verdicts.readVerdicts(uri);
          if ('problem' in found) skipped.push(`${name}'s verdicts (${displayText(found.problem)})`);
          const review = 'verdicts' in found ? reviewArticle(text, analysis, found.verdicts) : undefined;
          articles.push(review ? { file, uri: uri.toString(), text, analysis: withoutDismissed(analysis, review), review } : { file, uri: uri.toString(), text, analysis });
        } catch (error) {
          skipped.push(`${name} (${displayText(error instanceof Error ? error.message : String(error))})`);
        }
        // Let the progress notification and cancellation through between articles.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      return { articles, skipped };
    },
  );
  if (!outcome) {
    void vscode.window.showInformationMessage('Claimlens export cancelled; nothing was written.');
    return undefined;
  }
  if (outcome.articles.length === 0) {
    void vscode.window.showWarningMessage(`Claimlens found no Markdown articles to export in ${displayText(folder.name)}.`);
    return undefined;
  }
  const content = exporter.export(outcome.articles, { bom: settings.value.csvBom });
  const written = await deliver(content, outputOf(format), args.destination, vscode.Uri.joinPath(folder.uri, `claimlens-export.${exporter.extension}`));
  if (written && outcome.skipped.length > 0) {
    void vscode.window.showWarningMessage(`Claimlens skipped ${outcome.skipped.length} file(s): ${outcome.skipped.slice(0, 5).join(', ')}${outcome.skipped.length > 5 ? '…' : ''}`);
  }
  return written;
}

/** Text as VS Code would show it: UTF-8 or UTF-16 by byte-order mark, the mark left out; not UTF-8 is an error. */
function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error('not UTF-8 text');
  }
}

/** files.exclude (the patterns switched on) plus claimlens.exclude, as one glob. */
function excludeGlob(settings: SettingsStore): string | undefined {
  const filesExclude = vscode.workspace.getConfiguration('files').get<Record<string, boolean | object>>('exclude', {});
  const patterns = Object.entries(filesExclude).filter(([, on]) => on === true).map(([pattern]) => pattern);
  if (settings.value.exclude) patterns.push(settings.value.exclude);
  patterns.push('**/node_modules/**');
  return patterns.length > 0 ? `{${patterns.join(',')}}` : undefined;
}

/** "file:///a/b.csv" or a plain path ("/a/b.csv", "C:\\out\\b.csv"). */
function toUri(destination: string): vscode.Uri {
  return /^[a-z][a-z0-9+.-]+:\/\//i.test(destination) ? vscode.Uri.parse(destination) : vscode.Uri.file(destination);
}

async function pickFormat(title: string): Promise<ExportFormat | undefined> {
  const items = EXPORT_FORMATS.map((id) => ({ label: EXPORTERS[id].label, description: `.${EXPORTERS[id].extension}`, detail: EXPORTERS[id].description, id }));
  const choice = await vscode.window.showQuickPick(items, { title, placeHolder: 'Choose a format' });
  return choice?.id;
}

/** Saves next to the article (asking where, unless told), or opens the result as an untitled document. */
async function deliver(content: string, output: OutputKind, destination: ExportArgs['destination'], suggested: vscode.Uri): Promise<vscode.Uri | undefined> {
  let target: vscode.Uri | 'untitled' | undefined = typeof destination === 'string' && destination !== 'untitled' ? toUri(destination) : destination;
  if (!target) {
    const choice = await vscode.window.showQuickPick(
      [
        { label: '$(save) Save to a file…', id: 'save' as const, detail: `Suggested: ${displayText(vscode.workspace.asRelativePath(suggested))}` },
        { label: '$(new-file) Open as an untitled document', id: 'untitled' as const },
      ],
      { title: 'Where should the export go?' },
    );
    if (!choice) return undefined;
    if (choice.id === 'untitled') target = 'untitled';
    else {
      target = await vscode.window.showSaveDialog({ defaultUri: suggested, filters: { [output.label]: [output.extension] }, saveLabel: 'Export' });
      if (!target) return undefined;
    }
  }
  if (target === 'untitled') {
    const document = await vscode.workspace.openTextDocument({ content, language: output.languageId });
    await vscode.window.showTextDocument(document, { preview: false });
    if (output.preview) await showPreview(document.uri);
    return document.uri;
  }
  try {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
  } catch (error) {
    void vscode.window.showErrorMessage(`Claimlens could not write ${displayText(target.fsPath || target.toString())}: ${displayText(error instanceof Error ? error.message : String(error))}`);
    return undefined;
  }
  const open = 'Open';
  void vscode.window.showInformationMessage(`Claimlens exported ${output.label} to ${displayText(vscode.workspace.asRelativePath(target))}.`, open).then((picked) => {
    if (picked === open) void (output.preview ? showPreview(target) : vscode.commands.executeCommand('vscode.open', target));
  });
  return target;
}

/** A report is for reading: it opens in the Markdown preview, in place of its source (still one tab away). */
async function showPreview(uri: vscode.Uri): Promise<void> {
  try {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch {
    // Without the built-in Markdown extension the source stays open, which is still the report.
    await vscode.commands.executeCommand('vscode.open', uri);
  }
}
