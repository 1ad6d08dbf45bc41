/** Hovers on figures and quotes: what the figure is, who says it, and what competes with it. */
import * as vscode from 'vscode';
import type { AnalysisService } from './analysisService';
import { hoverMarkdown, REVEAL_COMMAND } from './hoverContent';

export class ClaimHoverProvider implements vscode.HoverProvider {
  constructor(private readonly service: AnalysisService) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
    if (!this.service.isAnalysable(document) || token.isCancellationRequested) return undefined;
    const result = this.service.get(document);
    if (result.kind !== 'ok' || token.isCancellationRequested) return undefined;
    const found = hoverMarkdown(result.analysis, document.getText(), document.offsetAt(position), document.uri.toString());
    if (!found) return undefined;
    const markdown = new vscode.MarkdownString(found.markdown, true);
    // Links may run our reveal command and nothing else; article text is escaped and HTML stays off.
    markdown.isTrusted = { enabledCommands: [REVEAL_COMMAND] };
    markdown.supportHtml = false;
    return new vscode.Hover(markdown, new vscode.Range(document.positionAt(found.start), document.positionAt(found.end)));
  }
}

export function registerHover(service: AnalysisService, languages: readonly string[]): vscode.Disposable {
  const selector = languages.map((language) => ({ language }));
  return vscode.languages.registerHoverProvider(selector, new ClaimHoverProvider(service));
}
