import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import type { DocumentSymbol, Hover } from 'vscode-languageserver';
import { analyze, type Analysis } from '../../../src/core';
import { ANALYSIS_REQUEST, ANALYZE_TEXT_REQUEST, DEFAULT_SERVER_SETTINGS, type AnalysisResponse } from '../../../src/protocol/analysis';
import { decodeDelta, deltaSize } from '../../../src/protocol/analysisDelta';
import { InlineAnalyser, type Analyser } from '../../../src/server/analyser';
import type { ArticleJob } from '../../../src/server/articleAnalysis';
import { startServer } from '../../../src/server/server';
import { documentSymbols } from '../../../src/server/symbols';
import { FLOOD_ARTICLE as ARTICLE } from './floodArticle';

const URI = 'file:///newsroom/flood.md';

/** An analyser that, once `hold()` is called, keeps each analysis waiting until `release()`. */
class HeldAnalyser implements Analyser {
  private readonly inline = new InlineAnalyser();
  private held: Array<() => void> | undefined;
  hold(): void {
    this.held = [];
  }
  release(): void {
    for (const go of this.held ?? []) go();
    this.held = undefined;
  }
  analyse(key: string, job: ArticleJob): ReturnType<Analyser['analyse']> {
    if (!this.held) return this.inline.analyse(key, job);
    return new Promise((resolve) => this.held!.push(() => resolve(this.inline.analyse(key, job))));
  }
  forget(): void {}
  dispose(): void {}
}

/** A client talking to the server over in-memory streams, as an editor does over stdio. */
function connect(analyser: Analyser = new InlineAnalyser()): { client: MessageConnection; close: () => void } {
  const up = new PassThrough();
  const down = new PassThrough();
  const server = createConnection(new StreamMessageReader(up), new StreamMessageWriter(down));
  startServer(server, analyser);
  const client = createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
  client.listen();
  return { client, close: () => (client.dispose(), server.dispose()) };
}

async function open(client: MessageConnection, text = ARTICLE, initializationOptions: unknown = undefined): Promise<void> {
  await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {}, initializationOptions });
  await client.sendNotification('initialized', {});
  await client.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'markdown', version: 1, text } });
}

const at = (text: string, needle: string, extra = 0) => {
  const offset = text.indexOf(needle) + extra;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]!.length };
};

describe('the Claimlens language server', () => {
  let session: ReturnType<typeof connect>;
  beforeEach(() => {
    session = connect();
  });
  afterEach(() => session.close());

  it('says what it can do: incremental sync, hovers, document symbols', async () => {
    const result = await session.client.sendRequest<{ capabilities: Record<string, unknown>; serverInfo: { name: string } }>('initialize', { processId: null, rootUri: null, capabilities: {} });
    expect(result.capabilities).toMatchObject({ textDocumentSync: 2, hoverProvider: true, documentSymbolProvider: { label: 'Claimlens' } });
    expect(result.serverInfo.name).toBe('claimlens-language-server');
  });

  it('answers a hover on a figure with what it counts and its source, in plain Markdown any editor shows', async () => {
    await open(session.client);
    const hover = await session.client.sendRequest<Hover>('textDocument/hover', { textDocument: { uri: URI }, position: at(ARTICLE, '38') });
    const value = (hover.contents as { value: string }).value;
    expect(value).toContain('**Source:** Interior Ministry');
    expect(value).toContain('“38”');
    // No VS Code command links or theme icons: other editors would show them as noise.
    expect(value).not.toMatch(/command:|\$\(/);
    expect(hover.range).toEqual({ start: at(ARTICLE, '38'), end: at(ARTICLE, '38', 2) });
  });

  it('has no hover away from figures, quotes and attributions', async () => {
    await open(session.client);
    expect(await session.client.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: at(ARTICLE, 'floods') })).toBeNull();
  });

  it('lists quotes with their speaker and figures with their source as document symbols, a quote’s figures inside it', async () => {
    await open(session.client);
    const symbols = await session.client.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: URI } });
    expect(symbols.map((s) => [s.name, s.detail])).toEqual([
      ['38', 'people died · Interior Ministry'],
      ['“We counted 140 bodies in one valley,”', 'Lena Marsh'],
    ]);
    expect(symbols[1]!.children!.map((s) => s.name)).toEqual(['140']);
  });

  it('lists at most MOST_SYMBOLS quotes and figures in reading order, then says how many more there are', () => {
    const long = Array.from({ length: 40 }, (_, i) => `“We counted ${100 + i} bodies,” said Lena Marsh${i}. Officials say ${i + 1} bridges fell.`).join('\n\n');
    const analysis = analyze(long);
    const range = (start: number, end: number) => ({ start: { line: 0, character: start }, end: { line: 0, character: end } });
    const all = documentSymbols(analysis, range);
    // Each paragraph: a quote with its figure inside, and a figure of the article's.
    expect(all.length).toBe(80);
    const capped = documentSymbols(analysis, range, 21);
    const entries = (symbols: DocumentSymbol[]) => symbols.reduce((sum, s) => sum + 1 + (s.children?.length ?? 0), 0);
    expect(entries(capped.slice(0, -1))).toBeLessThanOrEqual(21);
    expect(capped.slice(0, -1)).toEqual(all.slice(0, capped.length - 1));
    const more = capped[capped.length - 1]!;
    expect(more.name).toBe(`… ${entries(all) - entries(capped.slice(0, -1))} more quotes and figures`);
    expect(more.range).toEqual(all[capped.length - 1]!.range);
  });

  it('gives the full analysis of the version asked for, and says "stale" for a version it has moved past', async () => {
    await open(session.client);
    const first = await session.client.sendRequest<AnalysisResponse>(ANALYSIS_REQUEST, { uri: URI, version: 1 });
    expect(first.kind).toBe('ok');
    // An incremental change: one figure edited in place.
    const range = { start: at(ARTICLE, '38'), end: at(ARTICLE, '38', 2) };
    await session.client.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: 2 }, contentChanges: [{ range, text: '41' }] });
    expect(await session.client.sendRequest<AnalysisResponse>(ANALYSIS_REQUEST, { uri: URI, version: 1 })).toEqual({ kind: 'stale', version: 2 });
    const second = await session.client.sendRequest<AnalysisResponse>(ANALYSIS_REQUEST, { uri: URI, version: 2 });
    expect(second.kind === 'ok' && second.analysis.claims.map((c) => c.text)).toEqual(['41', '140']);
    expect(await session.client.sendRequest<AnalysisResponse>(ANALYSIS_REQUEST, { uri: 'file:///elsewhere.md', version: 1 })).toEqual({ kind: 'not-open', version: 1 });
  });

  it('sends an edit as the difference from the analysis the client holds, and the whole analysis when it holds another', async () => {
    await open(session.client);
    const first = await session.client.sendRequest<AnalysisResponse>(ANALYSIS_REQUEST, { uri: URI, version: 1 });
    if (first.kind !== 'ok') throw new Error(first.kind);
    const range = { start: at(ARTICLE, '38'), end: at(ARTICLE, '38', 2) };
    await session.client.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: 2 }, contentChanges: [{ range, text: '41' }] });
    const second = await session.client.sendRequest<AnalysisResponse>(ANALYSIS_REQUEST, { uri: URI, version: 2, have: 1 });
    if (second.kind !== 'delta') throw new Error(second.kind);
    expect(second.base).toBe(1);
    expect(deltaSize(second.delta).sent).toBeLessThan(deltaSize(second.delta).total);
    const full = await session.client.sendRequest<AnalysisResponse>(ANALYSIS_REQUEST, { uri: URI, version: 2 });
    expect(full.kind === 'ok' && decodeDelta(first.analysis, second.delta)).toEqual(full.kind === 'ok' && full.analysis);
    // A version the server never sent with these settings: the whole analysis.
    const other = await session.client.sendRequest<AnalysisResponse>(ANALYSIS_REQUEST, { uri: URI, version: 2, have: 1, settings: { ...DEFAULT_SERVER_SETTINGS, numberFormat: 'de' } });
    expect(other.kind).toBe('ok');
  });

  it('analyses with the settings sent along with the request, else with those it was started with', async () => {
    await open(session.client, ARTICLE, { claimlens: { ignore: ['Interior Ministry'] } });
    const withStart = await session.client.sendRequest<AnalysisResponse>(ANALYSIS_REQUEST, { uri: URI, version: 1 });
    expect(withStart.kind === 'ok' && withStart.analysis.claims[0]!.source).toBeNull();
    const withRequest = await session.client.sendRequest<AnalysisResponse>(ANALYSIS_REQUEST, { uri: URI, version: 1, settings: DEFAULT_SERVER_SETTINGS });
    expect(withRequest.kind === 'ok' && withRequest.analysis.claims[0]!.source?.name).toBe('Interior Ministry');
    const small = await session.client.sendRequest<AnalysisResponse>(ANALYSIS_REQUEST, { uri: URI, version: 1, settings: { ...DEFAULT_SERVER_SETTINGS, maxDocumentSize: 20 } });
    expect(small).toEqual({ kind: 'too-large', version: 1, size: ARTICLE.length, limit: 20 });
  });

  it('follows settings changed while it runs (workspace/didChangeConfiguration)', async () => {
    await open(session.client);
    await session.client.sendNotification('workspace/didChangeConfiguration', { settings: { claimlens: { ignore: ['Interior Ministry'] } } });
    const hover = await session.client.sendRequest<Hover>('textDocument/hover', { textDocument: { uri: URI }, position: at(ARTICLE, '38') });
    expect((hover.contents as { value: string }).value).toContain('**Source:** the article itself');
  });

  it('analyses a text that is not open, for exports of files no editor holds', async () => {
    await open(session.client);
    const result = await session.client.sendRequest<{ kind: string; analysis: Analysis }>(ANALYZE_TEXT_REQUEST, { text: 'Police said 12 people were hurt.', format: 'markdown' });
    expect(result.kind).toBe('ok');
    expect(result.analysis.claims.map((c) => [c.text, c.source?.name])).toEqual([['12', 'Police']]);
  });

  it('answers a hover on text an edit did not touch from the last analysis, while the new one is still running', async () => {
    session.close();
    const analyser = new HeldAnalyser();
    session = connect(analyser);
    await open(session.client);
    await session.client.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: at(ARTICLE, '38') });
    analyser.hold();
    const inserted = 'Rain fell all week.\n\n';
    await session.client.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: 2 }, contentChanges: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: inserted }] });
    const now = ARTICLE.replace('The Interior', `${inserted}The Interior`);
    // The figure moved two lines down; its hover comes from version 1's analysis, at its new place.
    const hover = await session.client.sendRequest<Hover>('textDocument/hover', { textDocument: { uri: URI }, position: at(now, '38') });
    expect((hover.contents as { value: string }).value).toContain('**Source:** Interior Ministry');
    expect(hover.range).toEqual({ start: at(now, '38'), end: at(now, '38', 2) });
    // On the new text itself there is nothing to say until the new analysis is done.
    const onNewText = session.client.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: URI }, position: at(now, 'Rain') });
    analyser.release();
    expect(await onNewText).toBeNull();
  });
});
