/**
 * The Claimlens language server, for any transport: it holds the open
 * articles (incremental sync), analyses a document version once however many
 * requests want it, and answers hovers, document symbols and the full
 * analysis (`claimlens/analysis`) that the VS Code extension draws from. The
 * Node and browser entries only make the connection and pick the analyser.
 */
import { TextDocuments, TextDocumentSyncKind, type Connection, type Hover, type InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { hoverMarkdown } from '../ui/hoverContent';
import {
  ANALYSIS_REQUEST, ANALYZE_TEXT_REQUEST, DEFAULT_SERVER_SETTINGS, serverSettingsFrom,
  type AnalysisParams, type AnalysisResponse, type AnalysisResult, type AnalyzeTextParams, type ServerSettings,
} from '../protocol/analysis';
import type { Analysis } from '../core';
import type { Analyser } from './analyser';
import { encodeDelta } from '../protocol/analysisDelta';
import { formatOf } from './articleAnalysis';
import { SentAnalyses } from './sentAnalyses';
import { spanAfter, spanBefore, unchangedEnds } from './editMap';
import { documentSymbols } from './symbols';

declare const CLAIMLENS_VERSION: string;
const VERSION = typeof CLAIMLENS_VERSION === 'string' ? CLAIMLENS_VERSION : 'dev';

interface CachedAnalysis {
  readonly version: number;
  readonly settings: ServerSettings;
  readonly result: Promise<AnalysisResult | 'superseded'>;
}

const PLAIN = { commandLinks: false } as const;

function hoverAt(document: TextDocument, found: { markdown: string }, start: number, end: number): Hover {
  return { contents: { kind: 'markdown', value: found.markdown }, range: { start: document.positionAt(start), end: document.positionAt(end) } };
}

function sameSettings(a: ServerSettings, b: ServerSettings): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

export function startServer(connection: Connection, analyser: Analyser): void {
  const documents = new TextDocuments(TextDocument);
  const cache = new Map<string, CachedAnalysis>();
  /** Each document's last finished analysis with the text it read, for hovers while a newer one runs. */
  const lastDone = new Map<string, { readonly version: number; readonly text: string; readonly analysis: Analysis; readonly settings: ServerSettings }>();
  const sent = new SentAnalyses();
  let settings = DEFAULT_SERVER_SETTINGS;

  /** The analysis of a document as the server holds it now, started once per version and settings. */
  const analysisOf = (document: TextDocument, wanted = settings): Promise<AnalysisResult | 'superseded'> => {
    const cached = cache.get(document.uri);
    if (cached && cached.version === document.version && sameSettings(cached.settings, wanted)) return cached.result;
    const { version, uri } = document;
    const text = document.getText();
    const result = analyser.analyse(uri, { text, format: formatOf(document.languageId), settings: wanted }).then((outcome) => {
      if (outcome === 'superseded') return outcome;
      if (outcome.kind === 'ok' && documents.get(uri)) lastDone.set(uri, { version, text, analysis: outcome.analysis, settings: wanted });
      return { ...outcome, version };
    });
    cache.set(document.uri, { version, settings: wanted, result });
    return result;
  };

  /** The current version's analysis, waiting through versions that a newer one superseded. */
  const currentAnalysis = async (uri: string): Promise<{ document: TextDocument; result: AnalysisResult } | undefined> => {
    for (;;) {
      const document = documents.get(uri);
      if (!document) return undefined;
      const result = await analysisOf(document);
      if (result !== 'superseded' && documents.get(uri)?.version === result.version) return { document, result };
    }
  };

  connection.onInitialize((params): InitializeResult => {
    settings = serverSettingsFrom((params.initializationOptions as { claimlens?: unknown } | undefined)?.claimlens);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        documentSymbolProvider: { label: 'Claimlens' },
      },
      serverInfo: { name: 'claimlens-language-server', version: VERSION },
    };
  });

  connection.onDidChangeConfiguration(({ settings: changed }) => {
    const section = (changed as { claimlens?: unknown } | null)?.claimlens;
    if (section !== undefined) settings = serverSettingsFrom(section);
  });

  connection.onRequest(ANALYSIS_REQUEST, async ({ uri, version, settings: asked, have }: AnalysisParams): Promise<AnalysisResponse> => {
    const document = documents.get(uri);
    if (!document) return { kind: 'not-open', version };
    if (document.version !== version) return { kind: 'stale', version: document.version };
    const wanted = asked ?? settings;
    const result = await analysisOf(document, wanted);
    if (result === 'superseded') return { kind: 'stale', version: documents.get(uri)?.version ?? version };
    if (result.kind !== 'ok' || !documents.get(uri)) return result;
    // What the client holds, it is not sent again: a long article's edit is a few items, not the whole model.
    const held = have === undefined ? undefined : sent.find(uri, have, wanted);
    sent.remember(uri, result.version, wanted, result.analysis);
    if (!held) return result;
    // The worker's own delta when it is from the analysis the client holds; else worked out here.
    const arrived = analyser.arrivedAs?.(result.analysis);
    const delta = arrived?.base === held ? arrived.delta : encodeDelta(held, result.analysis);
    return { kind: 'delta', version: result.version, base: have!, delta, milliseconds: result.milliseconds };
  });

  connection.onRequest(ANALYZE_TEXT_REQUEST, async ({ text, format, settings: asked }: AnalyzeTextParams): Promise<AnalysisResult> => {
    // No key: exports of several files never supersede each other, and nothing is kept.
    const outcome = await analyser.analyse(undefined, { text, format, settings: asked ?? settings });
    return outcome === 'superseded' ? { kind: 'failed', version: 0, message: 'the server stopped' } : { ...outcome, version: 0 };
  });

  connection.onHover(async ({ textDocument, position }): Promise<Hover | null> => {
    const document = documents.get(textDocument.uri);
    if (!document) return null;
    // While a long article is re-read, text the edits did not touch is answered from the last analysis at once.
    const earlier = hoverFromEarlier(document, document.offsetAt(position));
    if (earlier !== undefined) return earlier;
    const current = await currentAnalysis(textDocument.uri);
    if (!current || current.result.kind !== 'ok') return null;
    const found = hoverMarkdown(current.result.analysis, current.document.getText(), current.document.offsetAt(position), current.document.uri, undefined, PLAIN);
    return found ? hoverAt(current.document, found, found.start, found.end) : null;
  });

  /** The hover from the last finished analysis, when it read the text at `offset` as it is now; undefined when it cannot say. */
  const hoverFromEarlier = (document: TextDocument, offset: number): Hover | null | undefined => {
    const done = lastDone.get(document.uri);
    if (!done || !sameSettings(done.settings, settings)) return undefined;
    const ends = unchangedEnds(done.text, document.getText());
    const asked = spanBefore(ends, offset, offset + 1);
    if (!asked) return undefined;
    const found = hoverMarkdown(done.analysis, done.text, asked.start, document.uri, undefined, PLAIN);
    if (!found) return done.version === document.version ? null : undefined;
    const now = spanAfter(ends, found.start, found.end);
    return now ? hoverAt(document, found, now.start, now.end) : undefined;
  };

  // Breadcrumbs, the outline and sticky scroll each ask for one version's symbols: they are made once.
  const symbolsOf = new WeakMap<Analysis, ReturnType<typeof documentSymbols>>();
  connection.onDocumentSymbol(async ({ textDocument }) => {
    const current = await currentAnalysis(textDocument.uri);
    if (!current || current.result.kind !== 'ok') return [];
    const { document, result: { analysis } } = current;
    if (!symbolsOf.has(analysis)) symbolsOf.set(analysis, documentSymbols(analysis, (start, end) => ({ start: document.positionAt(start), end: document.positionAt(end) })));
    return symbolsOf.get(analysis)!;
  });

  documents.onDidClose(({ document }) => {
    analyser.forget(document.uri);
    cache.delete(document.uri);
    lastDone.delete(document.uri);
    sent.forget(document.uri);
  });
  connection.onShutdown(() => analyser.dispose());
  documents.listen(connection);
  connection.listen();
}
