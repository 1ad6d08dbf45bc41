/** The desktop extension (a Node extension host): the language server runs as a Node process, over IPC. */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import { activateClaimlens } from './extension';
import { CLIENT_ID, CLIENT_NAME } from './languageClient';
import type { ClaimlensApi } from './testApi';

export function activate(context: vscode.ExtensionContext): ClaimlensApi {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const run = { module, transport: TransportKind.ipc };
  return activateClaimlens(context, (options) => new LanguageClient(CLIENT_ID, CLIENT_NAME, { run, debug: run }, options));
}

export function deactivate(): void {
  // The client is stopped through context.subscriptions.
}
