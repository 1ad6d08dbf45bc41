/**
 * The analyses the server last sent each client document, so the next answer
 * can be the difference from one of them (`analysisDelta.ts`). Kept by version
 * and settings, the two things a client names when it says which one it
 * holds: the same text read with the same settings is the same analysis. A
 * few per document, since a client may have several versions in flight.
 */
import type { Analysis } from '../core';
import type { ServerSettings } from '../protocol/analysis';

const KEPT_PER_DOCUMENT = 3;

export class SentAnalyses {
  private readonly byUri = new Map<string, Array<{ readonly key: string; readonly analysis: Analysis }>>();

  remember(uri: string, version: number, settings: ServerSettings, analysis: Analysis): void {
    const key = keyOf(version, settings);
    const kept = (this.byUri.get(uri) ?? []).filter((entry) => entry.key !== key);
    kept.push({ key, analysis });
    this.byUri.set(uri, kept.slice(-KEPT_PER_DOCUMENT));
  }

  find(uri: string, version: number, settings: ServerSettings): Analysis | undefined {
    const key = keyOf(version, settings);
    return this.byUri.get(uri)?.find((entry) => entry.key === key)?.analysis;
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }
}

function keyOf(version: number, settings: ServerSettings): string {
  return `${version} ${JSON.stringify(settings)}`;
}
