/**
 * Claimlens for VS Code: wires the feature modules to the language client.
 * Each module owns its disposables; nothing here holds state of its own. The
 * desktop and web entries (node.ts, browser.ts) say how the server starts.
 */
import * as vscode from 'vscode';
import { AnalysisService } from './analysisService';
import { registerCodeActions } from './codeActions';
import { registerCommands } from './commands';
import { registerExportCommands } from './exportCommands';
import { DecorationController } from './decorations';
import { ClaimHoverProvider } from './hover';
import { clientOptions, clientTransport, type ClientFactory } from './languageClient';
import { PANEL_VIEW_ID, PanelProvider } from './panel/panelProvider';
import { COMMANDS } from '../ui/commandIds';
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

export function activateClaimlens(context: vscode.ExtensionContext, createClient: ClientFactory): ClaimlensApi {
  const started = Date.now();
  const settings = new SettingsStore();
  const { numberFormat, ignore, maxDocumentSize } = settings.value;
  // The hover is the extension's own (it knows the verdicts); the client routes the server's hover to it.
  const client = createClient(clientOptions(LANGUAGES, { numberFormat, ignore, maxDocumentSizeKB: maxDocumentSize / 1024 }, {
    provideHover: (document, position, token) => hover.provideHover(document, position, token),
  }));
  const clientStarted = client.start();
  // A server that does not start is reported by the client; each analysis then fails with its message.
  clientStarted.catch(() => undefined);
  const service = new AnalysisService(settings, clientTransport(client, clientStarted));
  const verdicts = new VerdictStore(settings);
  const hover = new ClaimHoverProvider(service, verdicts);
  const decorations = new DecorationController(service, settings, verdicts);
  const statusBar = new StatusBar(service, settings);
  const reviewStatus = new ReviewStatusBar(service, verdicts, settings);
  const notice = new SizeLimitNotice(service);
  const panel = new PanelProvider(context.extensionUri, service, verdicts);
  const problems = new ProblemsReporter(service, verdicts, settings);
  context.subscriptions.push(
    { dispose: () => void client.stop() },
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
    registerCodeActions(service, verdicts, LANGUAGES),
    ...registerCommands(service, decorations),
    ...registerVerdictCommands(service, verdicts),
    ...registerOrphanCommands(service, verdicts),
    ...registerExportCommands(service, settings, verdicts),
  );
  return createTestApi({ service, decorations, statusBar, reviewStatus, notice, panel, verdicts }, Date.now() - started);
}

