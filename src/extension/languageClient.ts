/**
 * The extension as a client of the Claimlens language server: which documents
 * it syncs, the requests the analysis service sends, and the middleware that
 * answers hovers from the extension's own copy of the analysis (it knows the
 * fact-check verdicts; the server does not). Shared by the desktop and web
 * entries, which only say how the server is started.
 */
import type * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { ANALYSIS_REQUEST, ANALYZE_TEXT_REQUEST, type AnalysisResponse, type AnalysisResult } from '../protocol/analysis';
import type { AnalysisTransport } from './analysisService';

/** Makes the language client for these options; the desktop and web entries differ only here. */
export type ClientFactory = (options: LanguageClientOptions) => BaseLanguageClient;

export const CLIENT_ID = 'claimlens';
export const CLIENT_NAME = 'Claimlens Language Server';

export interface ClientHooks {
  /** The extension's hover, drawn from the analysis it holds. */
  provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined>;
}

export function clientOptions(languages: readonly string[], initialSettings: unknown, hooks: ClientHooks): LanguageClientOptions {
  return {
    documentSelector: languages.map((language) => ({ language })),
    initializationOptions: { claimlens: initialSettings },
    outputChannelName: CLIENT_NAME,
    middleware: {
      provideHover: (document, position, token) => hooks.provideHover(document, position, token),
    },
  };
}

/** The analysis service's requests, sent once the client has started (a request before that waits). */
export function clientTransport(client: BaseLanguageClient, started: Promise<void>): AnalysisTransport {
  return {
    analyse: async (params) => {
      await started;
      return client.sendRequest<AnalysisResponse>(ANALYSIS_REQUEST, params);
    },
    analyseText: async (params) => {
      await started;
      return client.sendRequest<AnalysisResult>(ANALYZE_TEXT_REQUEST, params);
    },
  };
}
