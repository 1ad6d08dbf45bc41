import { vi } from 'vitest';
import type { AnalysisTransport } from '../../../src/extension/analysisService';
import { DEFAULT_SERVER_SETTINGS } from '../../../src/protocol/analysis';
import { analyseArticle, formatOf } from '../../../src/server/articleAnalysis';
import { openDocuments } from './vscodeMock';

/** The language server as the extension reaches it, analysing the fake documents in this process. */
export function inProcessServer(): AnalysisTransport {
  return {
    analyse: async ({ uri, version, settings }) => {
      const document = openDocuments.get(uri);
      if (!document) return { kind: 'not-open', version };
      if (document.version !== version) return { kind: 'stale', version: document.version };
      return { ...analyseArticle({ text: document.getText(), format: formatOf(document.languageId), settings: settings ?? DEFAULT_SERVER_SETTINGS }), version };
    },
    analyseText: async ({ text, format, settings }) => ({ ...analyseArticle({ text, format, settings: settings ?? DEFAULT_SERVER_SETTINGS }), version: 0 }),
  };
}

/** Lets the answers of `inProcessServer` (promises) and any timers run. */
export async function settle(): Promise<void> {
  await vi.runAllTimersAsync();
  for (let i = 0; i < 10; i++) await Promise.resolve();
}
