import { vi } from 'vitest';
import type { AnalysisTransport } from '../../../src/extension/analysisService';
import { DEFAULT_SERVER_SETTINGS } from '../../../src/protocol/analysis';
import { encodeDelta } from '../../../src/protocol/analysisDelta';
import { analyseArticle, formatOf } from '../../../src/server/articleAnalysis';
import { SentAnalyses } from '../../../src/server/sentAnalyses';
import { openDocuments } from './vscodeMock';

/**
 * The language server as the extension reaches it, analysing the fake
 * documents in this process, and answering with the difference from what the
 * client holds as the server does (through JSON, as over the wire).
 */
export function inProcessServer(): AnalysisTransport {
  const sent = new SentAnalyses();
  const wire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  return {
    analyse: async ({ uri, version, settings = DEFAULT_SERVER_SETTINGS, have }) => {
      const document = openDocuments.get(uri);
      if (!document) return { kind: 'not-open', version };
      if (document.version !== version) return { kind: 'stale', version: document.version };
      const result = { ...analyseArticle({ text: document.getText(), format: formatOf(document.languageId), settings }), version };
      if (result.kind !== 'ok') return result;
      const held = have === undefined ? undefined : sent.find(uri, have, settings);
      sent.remember(uri, version, settings, result.analysis);
      return wire(held ? { kind: 'delta', version, base: have!, delta: encodeDelta(held, result.analysis), milliseconds: result.milliseconds } : result);
    },
    analyseText: async ({ text, format, settings }) => ({ ...analyseArticle({ text, format, settings: settings ?? DEFAULT_SERVER_SETTINGS }), version: 0 }),
  };
}

/** Lets the answers of `inProcessServer` (promises) and any timers run. */
export async function settle(): Promise<void> {
  await vi.runAllTimersAsync();
  for (let i = 0; i < 10; i++) await Promise.resolve();
}
