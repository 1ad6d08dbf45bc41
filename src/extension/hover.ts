/** Hovers on figures and quotes: what the figure is, who says it, and what competes with it. */
import * as vscode from 'vscode';
import type { AnalysisService } from './analysisService';
import { HOVER_COMMANDS, hoverMarkdown } from '../ui/hoverContent';
import type { VerdictStore } from './verdictStore';

export class ClaimHoverProvider implements vscode.HoverProvider {
  constructor(private readonly service: AnalysisService, private readonly verdicts?: VerdictStore) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    if (!this.service.isAnalysable(document) || token.isCancellationRequested) return undefined;
    const result = await this.service.get(document);
    if (result.kind !== 'ok' || result.version !== document.version || token.isCancellationRequested) return undefined;
    const text = document.getText();
    // Verdicts only on an analysis of this very text: their places count into it.
    const view = this.verdicts && result.analysis.length === text.length ? this.verdicts.viewOf(document, result.analysis) : undefined;
    const found = hoverMarkdown(view?.visible ?? result.analysis, text, document.offsetAt(position), document.uri.toString(), view?.state.kind === 'ready' ? view.review : undefined);
    if (!found) return undefined;
    const markdown = new vscode.MarkdownString(found.markdown, true);
    // Links may run our reveal and finding commands and nothing else; article text is escaped and HTML stays off.
    markdown.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
    markdown.supportHtml = false;
    return new vscode.Hover(markdown, new vscode.Range(document.positionAt(found.start), document.positionAt(found.end)));
  }
}
