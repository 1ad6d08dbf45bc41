/**
 * One unit of CLI work, the same in the main thread and in a worker: read and
 * analyse one article file, or one line of --jsonl input, and render what the
 * main thread will print. Results are plain data, so they cross to the main
 * thread unchanged and the output does not depend on where they were made.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze, type NumberFormat, type SourceFormat } from '../core';
import { articleRecord, type ArticleExport } from '../export';
import { InputError, readArticle } from './input';
import { analyzeLine, lineError } from './jsonlLine';
import { analysisNotices, terminalLines } from './notices';
import { terminalText } from './terminalText';
import { ANSI_STYLE, PLAIN_STYLE, terminalReport } from './terminalReport';

export type OutputFormat = 'text' | 'json' | 'csv' | 'markdown' | 'w3c' | 'html';

/** Everything a task needs from the command line; cloned into each worker. */
export interface TaskSettings {
  readonly format: OutputFormat;
  /** More than one file: text reports are separated, JSON is one object per line. */
  readonly several: boolean;
  readonly color: boolean;
  readonly maxBytes: number;
  readonly input: SourceFormat | undefined;
  readonly numberFormat: NumberFormat;
}

export type Task = { readonly kind: 'file'; readonly file: string } | { readonly kind: 'line'; readonly line: string; readonly number: number };

export interface TaskResult {
  /** Lines for stderr, in the order they are printed. */
  readonly messages: readonly string[];
  /** Text for stdout (a report, a JSON line). */
  readonly output?: string;
  /** An article for an exporter that writes all articles together (csv, markdown, w3c, html). */
  readonly exported?: ArticleExport;
  readonly failed: boolean;
}

export function performTask(task: Task, settings: TaskSettings): TaskResult {
  return task.kind === 'file' ? analyzeFile(task.file, settings) : analyzeLine(task.line, task.number, settings);
}

/** What a task gives when the thread running it died (a worker out of memory): the same shape as any failure. */
export function taskFailure(task: Task, error: unknown): TaskResult {
  const reason = terminalText(error instanceof Error ? error.message : String(error));
  if (task.kind === 'line') return lineError(task.number, null, `analysis failed: ${reason}`);
  return { messages: [`claimlens: ${terminalText(task.file)}: analysis failed: ${reason}\n`], failed: true };
}

function analyzeFile(file: string, settings: TaskSettings): TaskResult {
  try {
    const article = readArticle(file, settings.maxBytes, settings.input);
    const analysis = analyze(article.text, { format: article.format, numberFormat: settings.numberFormat });
    const messages = analysisNotices(article.file, analysis);
    const exported: ArticleExport = { file: article.file, uri: file === '-' ? 'urn:claimlens:stdin' : pathToFileURL(resolve(file)).href, text: article.text, analysis };
    if (settings.format === 'text') return { messages, output: terminalReport(article.file, article.text, analysis, settings.color ? ANSI_STYLE : PLAIN_STYLE) + (settings.several ? '\n' : ''), failed: false };
    if (settings.format === 'json') return { messages, output: settings.several ? `${JSON.stringify(articleRecord(exported))}\n` : `${JSON.stringify(articleRecord(exported), null, 2)}\n`, failed: false };
    return { messages, exported, failed: false };
  } catch (error) {
    const message = error instanceof InputError ? `claimlens: ${error.message}\n` : `claimlens: ${terminalText(file)}: analysis failed: ${terminalLines(String((error as Error).stack ?? error))}\n`;
    return { messages: [message], failed: true };
  }
}
