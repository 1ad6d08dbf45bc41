/**
 * Analyses the files of one CLI run, in this thread or across worker threads,
 * and gathers what to print. Messages, progress and output follow the order
 * of the files either way, so `--jobs 4` prints exactly what `--jobs 1` prints.
 */
import { statSync } from 'node:fs';
import type { ArticleExport } from '../export';
import { performTask, type TaskResult, type TaskSettings } from './articleTask';
import { parallelJobs, PARALLEL_MIN_BYTES, WorkerPool, workerScript } from './pool';
import { createProgress, type ProgressStream } from './progress';

export interface Collected {
  readonly output: string[];
  readonly articles: ArticleExport[];
  failed: number;
}

/** Synchronous with one job (no worker started), a promise with more. */
export function analyzeFiles(files: readonly string[], settings: TaskSettings, stderr: ProgressStream, requestedJobs: number | undefined): Collected | Promise<Collected> {
  const progress = createProgress(stderr, files.length);
  const collected: Collected = { output: [], articles: [], failed: 0 };
  const take = (result: TaskResult) => {
    for (const message of result.messages) {
      progress.done();
      stderr.write(message);
    }
    if (result.failed) collected.failed++;
    if (result.output !== undefined) collected.output.push(result.output);
    if (result.exported !== undefined) collected.articles.push(result.exported);
  };
  const jobs = parallelJobs(requestedJobs, files.length, () => totalBytes(files));
  if (jobs <= 1) {
    for (const file of files) {
      // The bar names the file being read, as it is read.
      progress.tick(file);
      take(performTask({ kind: 'file', file }, settings));
    }
    progress.done();
    return collected;
  }
  const tickAndTake = (file: string, result: TaskResult) => {
    progress.tick(file);
    take(result);
  };
  return inWorkers(files, settings, jobs, tickAndTake).then(() => {
    progress.done();
    return collected;
  });
}

async function inWorkers(files: readonly string[], settings: TaskSettings, jobs: number, take: (file: string, result: TaskResult) => void): Promise<void> {
  const pool = new WorkerPool(workerScript()!, settings, jobs);
  try {
    // Standard input belongs to this thread.
    const results = files.map((file) => (file === '-' ? Promise.resolve(performTask({ kind: 'file', file }, settings)) : pool.run({ kind: 'file', file })));
    for (const [i, result] of results.entries()) take(files[i]!, await result);
  } finally {
    await pool.close();
  }
}

/** The files' size on disk, counted only as far as the threshold that decides on workers. */
function totalBytes(files: readonly string[]): number {
  let total = 0;
  for (const file of files) {
    if (total >= PARALLEL_MIN_BYTES) break;
    try {
      if (file !== '-') total += statSync(file).size;
    } catch {
      // A file that cannot be read is reported when it is read.
    }
  }
  return total;
}
