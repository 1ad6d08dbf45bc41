/**
 * Claimlens for VS Code: wires the feature modules together. Each module owns
 * its disposables; nothing here holds state of its own.
 */
import * as vscode from 'vscode';
import { AnalysisService } from './analysisService';
import { registerCommands } from './commands';
import { registerExportCommands } from './exportCommands';
import { DecorationController } from './decorations';
import { registerHover } from './hover';
import { PANEL_VIEW_ID, PanelProvider } from './panel/panelProvider';
import { COMMANDS } from './commandIds';
import { SettingsStore } from './settings';
import { SizeLimitNotice } from './sizeLimitNotice';
import { StatusBar } from './statusBar';
import { createTestApi, type ClaimlensApi } from './testApi';

export function activate(context: vscode.ExtensionContext): ClaimlensApi {
  const started = Date.now();
  const settings = new SettingsStore();
  const service = new AnalysisService(settings);
  const decorations = new DecorationController(service, settings);
  const statusBar = new StatusBar(service, settings);
  const notice = new SizeLimitNotice(service);
  const panel = new PanelProvider(context.extensionUri, service);
  context.subscriptions.push(
    settings,
    service,
    decorations,
    statusBar,
    notice,
    panel,
    vscode.window.registerWebviewViewProvider(PANEL_VIEW_ID, panel),
    vscode.commands.registerCommand(COMMANDS.showPanel, () => vscode.commands.executeCommand(`${PANEL_VIEW_ID}.focus`)),
    vscode.commands.registerCommand(COMMANDS.collapseAll, () => panel.collapseAll()),
    registerHover(service, ['markdown', 'plaintext']),
    ...registerCommands(service, decorations),
    ...registerExportCommands(service, settings),
  );
  return createTestApi(service, decorations, statusBar, notice, panel, Date.now() - started);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
