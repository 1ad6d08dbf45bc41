/**
 * `claimlens --jsonl`: a map step. Reads one JSON object per line on stdin and
 * writes one line per non-blank input line, in input order (see README, "In
 * pipelines"). Streaming: at most a window of lines is between stdin and
 * stdout, so input of any length runs in bounded memory; a slow reader of
 * stdout slows the reading of stdin.
 */
import { availableParallelism } from 'node:os';
import type { TaskResult, TaskSettings } from './articleTask';
import { performTask } from './articleTask';
import { formatBytes } from './input';
import { lineError } from './jsonlLine';
import { parallelJobs, WorkerPool, workerScript } from './pool';

export interface JsonlIo {
  readonly stdin: AsyncIterable<Buffer | string>;
  readonly stdout: { write(s: string): unknown; once?(event: 'drain', listener: () => void): unknown };
  readonly stderr: { write(s: string): unknown };
}

/** Lines in flight per worker: enough to keep every worker busy while the oldest is written. */
const WINDOW_PER_JOB = 4;

/** Exit code 1 when any line failed, 0 otherwise. */
export async function runJsonl(io: JsonlIo, settings: TaskSettings, requestedJobs: number | undefined): Promise<number> {
  const window: Promise<TaskResult>[] = [];
  let failed = false;
  let pool: WorkerPool | undefined;
  let bytesRead = 0;
  const windowSize = Math.max(8, WINDOW_PER_JOB * (requestedJobs ?? availableParallelism()));
  const writeOldest = async () => {
    const result = await window.shift()!;
    for (const message of result.messages) io.stderr.write(message);
    failed ||= result.failed;
    await written(io.stdout, result.output!);
  };
  try {
    for await (const line of inputLines(io.stdin, settings.maxBytes)) {
      bytesRead += line.size;
      // Workers start once the input is large enough to pay for them (at once with --jobs N).
      if (!pool) {
        const jobs = parallelJobs(requestedJobs, Infinity, () => bytesRead);
        if (jobs > 1) pool = new WorkerPool(workerScript()!, settings, jobs);
      }
      const result = answer(line, settings, pool);
      if (result === undefined) continue;
      window.push(result);
      if (window.length >= windowSize) await writeOldest();
    }
    while (window.length > 0) await writeOldest();
  } finally {
    await pool?.close();
  }
  return failed ? 1 : 0;
}

function answer(line: InputLine, settings: TaskSettings, pool: WorkerPool | undefined): Promise<TaskResult> | undefined {
  if (line.bytes === undefined) return Promise.resolve(lineError(line.number, null, `the line is ${formatBytes(line.size)}, over the ${formatBytes(settings.maxBytes)} limit (raise it with --max-size)`));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(line.bytes);
  } catch {
    return Promise.resolve(lineError(line.number, null, 'not valid UTF-8'));
  }
  // Blank lines are no records: a trailing empty line or a spacer gives no output.
  if (text.trim() === '') return undefined;
  const task = { kind: 'line', line: text, number: line.number } as const;
  return pool ? pool.run(task) : Promise.resolve(performTask(task, settings));
}

function written(stdout: JsonlIo['stdout'], text: string): Promise<void> | undefined {
  if (stdout.write(text) !== false || stdout.once === undefined) return undefined;
  return new Promise((resolve) => stdout.once!('drain', resolve));
}

interface InputLine {
  /** 1-based, counting blank lines, as an editor would. */
  readonly number: number;
  /** The line without its line break; undefined when it is over the limit (its bytes were dropped as they came). */
  readonly bytes: Buffer | undefined;
  readonly size: number;
}

/** Splits a byte stream into lines (LF or CRLF), holding at most `maxBytes` of one line. */
export async function* inputLines(source: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<InputLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let number = 0;
  const keep = (piece: Buffer) => {
    size += piece.length;
    // One byte over for the CR of a CRLF line.
    if (size <= maxBytes + 1) parts.push(piece);
    else parts = [];
  };
  const finish = (): InputLine => {
    let bytes = size <= maxBytes + 1 ? Buffer.concat(parts, size) : undefined;
    if (bytes?.[bytes.length - 1] === 13) bytes = bytes.subarray(0, -1);
    const line = { number: ++number, bytes: bytes && bytes.length <= maxBytes ? bytes : undefined, size };
    parts = [];
    size = 0;
    return line;
  };
  for await (const chunk of source) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let start = 0;
    for (let end = buffer.indexOf(10, start); end !== -1; end = buffer.indexOf(10, start)) {
      keep(buffer.subarray(start, end));
      yield finish();
      start = end + 1;
    }
    keep(buffer.subarray(start));
  }
  if (size > 0) yield finish();
}
