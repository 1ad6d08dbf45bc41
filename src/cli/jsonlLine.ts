/**
 * One line of --jsonl: `{"id": "…", "text": "…", "format"?: "markdown"|"plaintext"}`
 * in (other fields ignored), one line out: `{"id", ...the --format json record}`
 * or `{"id", "line", "error"}`. A bad line is an answer too, so a map step
 * keeps one output line per record.
 */
import { analyze, type SourceFormat } from '../core';
import { articleRecord } from '../export';
import type { TaskResult, TaskSettings } from './articleTask';
import { analysisNotices, terminalLines } from './notices';
import { terminalText } from './terminalText';

type Id = string | number;

export function analyzeLine(line: string, number: number, settings: Pick<TaskSettings, 'input' | 'numberFormat'>): TaskResult {
  const parsed = parseLine(line);
  if ('error' in parsed) return lineError(number, parsed.id, parsed.error);
  const { id, text, format } = parsed;
  try {
    const analysis = analyze(text, { format: format ?? settings.input ?? 'markdown', numberFormat: settings.numberFormat });
    const record = { id, ...articleRecord({ file: String(id), uri: '', text, analysis }) };
    return { messages: analysisNotices(lineLabel(number, id), analysis), output: `${JSON.stringify(record)}\n`, failed: false };
  } catch (error) {
    const result = lineError(number, id, `analysis failed: ${terminalText((error as Error).message ?? String(error))}`);
    // The stack is for a bug report; the output line keeps to one message.
    return { ...result, messages: [`claimlens: ${lineLabel(number, id)}: analysis failed: ${terminalLines(String((error as Error).stack ?? error))}\n`] };
  }
}

/** The output line for input line `number` that could not be analysed, and the same on stderr. */
export function lineError(number: number, id: Id | null, error: string): TaskResult {
  return {
    messages: [`claimlens: ${lineLabel(number, id)}: ${error}\n`],
    output: `${JSON.stringify({ id, line: number, error })}\n`,
    failed: true,
  };
}

function lineLabel(number: number, id: Id | null): string {
  return id === null ? `line ${number}` : `line ${number} (id ${terminalText(JSON.stringify(id))})`;
}

type ParsedLine = { id: Id; text: string; format: SourceFormat | undefined } | { id: Id | null; error: string };

function parseLine(line: string): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { id: null, error: `not JSON (${(error as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { id: null, error: 'not a JSON object; give {"id": …, "text": …}' };
  const record = value as Record<string, unknown>;
  const id = typeof record.id === 'string' || (typeof record.id === 'number' && Number.isFinite(record.id)) ? record.id : null;
  if (id === null) return { id, error: record.id === undefined ? 'no "id"' : '"id" is not a string or a number' };
  if (typeof record.text !== 'string') return { id, error: record.text === undefined ? 'no "text"' : '"text" is not a string' };
  const format = record.format;
  if (format !== undefined && format !== 'markdown' && format !== 'plaintext') return { id, error: '"format" is neither "markdown" nor "plaintext"' };
  return { id, text: record.text, format };
}
