/** The web extension (vscode.dev, github.dev): the language server runs in a Web Worker. */
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports } from 'vscode-languageclient/browser';
import { activateClaimlens } from './extension';
import { CLIENT_ID, CLIENT_NAME } from './languageClient';
import type { ClaimlensApi } from './testApi';

/** The web extension host's globals (the extension's TypeScript setup has no DOM library). */
const web = globalThis as unknown as {
  Worker: new (url: string) => Worker;
  Blob: new (parts: string[], options: { type: string }) => object;
  URL: { createObjectURL(blob: object): string };
  fetch(url: string): Promise<{ ok: boolean; status: number; text(): Promise<string> }>;
};

export function activate(context: vscode.ExtensionContext): ClaimlensApi {
  const script = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  return activateClaimlens(context, (options) => new LanguageClient(CLIENT_ID, CLIENT_NAME, () => startWorker(script), options));
}

/**
 * The server's worker, started from its script's text: VS Code's web
 * extension host refuses `new Worker` on an extension served by a remote
 * (code-server, Codespaces), and fetch reaches the script wherever it is.
 * The transports are made here: the host's Worker is a wrapper, so the
 * client's own `instanceof Worker` test would not recognise it.
 */
async function startWorker(script: vscode.Uri): Promise<MessageTransports> {
  const response = await web.fetch(script.toString(true));
  if (!response.ok) throw new Error(`Claimlens could not load its language server (${script.toString(true)}: HTTP ${response.status})`);
  const url = web.URL.createObjectURL(new web.Blob([await response.text()], { type: 'application/javascript' }));
  const worker = new web.Worker(url);
  return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
}

export function deactivate(): void {
  // The client is stopped through context.subscriptions.
}
