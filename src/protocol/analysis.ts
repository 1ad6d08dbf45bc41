/**
 * What the Claimlens language server and its clients say to each other beyond
 * LSP: the full analysis of a document version (for highlights, the panel and
 * exports), the analysis of a text that is not open (workspace exports), and
 * the settings the server reads. Pure types and names, imported by both sides.
 */
import { NUMBER_FORMATS, type Analysis, type NumberFormat, type SourceFormat } from '../core';
import type { AnalysisDelta } from './analysisDelta';

/** `claimlens/analysis`: the analysis of an open document at the version the client has. */
export const ANALYSIS_REQUEST = 'claimlens/analysis';
export interface AnalysisParams {
  readonly uri: string;
  readonly version: number;
  /** The client's settings at the time of asking; without them, the server's own (initialization, didChangeConfiguration). */
  readonly settings?: ServerSettings;
  /** The version whose analysis the client holds, so the answer can be the difference from it (`delta`). */
  readonly have?: number;
}

/**
 * What a document version gave: its analysis; or why there is none (over the
 * size limit, the analysis failed); or `stale` when the server already holds a
 * newer version, so the client drops it and waits for the newer one.
 */
export type AnalysisResult =
  | { readonly kind: 'ok'; readonly version: number; readonly analysis: Analysis; readonly milliseconds: number }
  | { readonly kind: 'too-large'; readonly version: number; readonly size: number; readonly limit: number }
  | { readonly kind: 'failed'; readonly version: number; readonly message: string };
export type AnalysisResponse =
  | AnalysisResult
  /** The analysis as the difference from that of version `base` (the client's `have`): see `analysisDelta.ts`. */
  | { readonly kind: 'delta'; readonly version: number; readonly base: number; readonly delta: AnalysisDelta; readonly milliseconds: number }
  | { readonly kind: 'stale'; readonly version: number }
  | { readonly kind: 'not-open'; readonly version: number };

/** `claimlens/analyzeText`: the analysis of a text the editor does not hold open (a workspace export). */
export const ANALYZE_TEXT_REQUEST = 'claimlens/analyzeText';
export interface AnalyzeTextParams {
  readonly text: string;
  readonly format: SourceFormat;
  readonly settings?: ServerSettings;
}

/**
 * The `claimlens` settings the server reads, from `initializationOptions` and
 * `workspace/didChangeConfiguration` (`{ settings: { claimlens: … } }`), named
 * as in VS Code's settings. Anything missing or malformed takes its default.
 */
export interface ServerSettings {
  readonly numberFormat: NumberFormat;
  readonly ignore: readonly string[];
  /** Largest document analysed, in UTF-16 code units. */
  readonly maxDocumentSize: number;
}

export const DEFAULT_SERVER_SETTINGS: ServerSettings = { numberFormat: 'auto', ignore: [], maxDocumentSize: 1536 * 1024 };


/** The server's settings from a `claimlens` section as VS Code writes it (`maxDocumentSizeKB`, …). */
export function serverSettingsFrom(section: unknown): ServerSettings {
  const raw = (typeof section === 'object' && section !== null ? section : {}) as Record<string, unknown>;
  const kb = raw.maxDocumentSizeKB;
  return {
    numberFormat: NUMBER_FORMATS.includes(raw.numberFormat as NumberFormat) ? (raw.numberFormat as NumberFormat) : DEFAULT_SERVER_SETTINGS.numberFormat,
    ignore: Array.isArray(raw.ignore) ? raw.ignore.filter((entry): entry is string => typeof entry === 'string') : DEFAULT_SERVER_SETTINGS.ignore,
    maxDocumentSize: typeof kb === 'number' && Number.isFinite(kb) && kb > 0 ? kb * 1024 : DEFAULT_SERVER_SETTINGS.maxDocumentSize,
  };
}
