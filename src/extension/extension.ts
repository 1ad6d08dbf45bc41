/**
 * Claimlens for VS Code: wires the feature modules together. Each module owns
 * its disposables; nothing here holds state of its own.
 */
import * as vscode from 'vscode';
import { AnalysisService } from './analysisService';
import { registerCodeActions } from './codeActions';
import { registerCommands } from './commands';
import { registerExportCommands } from './exportCommands';
import { DecorationController } from './decorations';
import { registerHover } from './hover';
import { PANEL_VIEW_ID, PanelProvider } from './panel/panelProvider';
import { COMMANDS } from './commandIds';
import { ProblemsReporter } from './problems';
import { ReviewStatusBar } from './reviewStatusBar';
import { SettingsStore } from './settings';
import { SizeLimitNotice } from './sizeLimitNotice';
import { StatusBar } from './statusBar';
import { createTestApi, type ClaimlensApi } from './testApi';
import { registerOrphanCommands } from './orphanCommands';
import { registerVerdictCommands } from './verdictCommands';
import { VerdictStore } from './verdictStore';

const LANGUAGES = ['markdown', 'plaintext'];

export function activate(context: vscode.ExtensionContext): ClaimlensApi {
  const started = Date.now();
  const settings = new SettingsStore();
  const service = new AnalysisService(settings);
  const verdicts = new VerdictStore(settings);
  const decorations = new DecorationController(service, settings, verdicts);
  const statusBar = new StatusBar(service, settings);
  const reviewStatus = new ReviewStatusBar(service, verdicts, settings);
  const notice = new SizeLimitNotice(service);
  const panel = new PanelProvider(context.extensionUri, service, verdicts);
  const problems = new ProblemsReporter(service, verdicts, settings);
  context.subscriptions.push(
    settings,
    service,
    verdicts,
    decorations,
    statusBar,
    reviewStatus,
    notice,
    panel,
    problems,
    vscode.window.registerWebviewViewProvider(PANEL_VIEW_ID, panel),
    vscode.commands.registerCommand(COMMANDS.showPanel, () => vscode.commands.executeCommand(`${PANEL_VIEW_ID}.focus`)),
    vscode.commands.registerCommand(COMMANDS.collapseAll, () => panel.collapseAll()),
    registerHover(service, LANGUAGES, verdicts),
    registerCodeActions(service, verdicts, LANGUAGES),
    ...registerCommands(service, decorations),
    ...registerVerdictCommands(service, verdicts),
    ...registerOrphanCommands(service, verdicts),
    ...registerExportCommands(service, settings, verdicts),
  );
  return createTestApi({ service, decorations, statusBar, reviewStatus, notice, panel, verdicts }, Date.now() - started);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
