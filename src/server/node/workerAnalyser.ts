/**
 * The Node server's analyses run on one worker thread, so the server's own
 * thread keeps answering hovers and symbols while a long article is read.
 * The worker is the bundled server itself, started with `workerData` (one file
 * to ship, as the CLI does), and it keeps each open document's incremental
 * analyzer, so an edit costs a fraction of a full read. A job for a document
 * that has a newer job waiting is dropped; one already running is answered
 * `superseded` at once and left to finish (its analyzer then holds the
 * nearer text, and stopping the worker would lose every document's).
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Analysis } from '../../core';
import { decodeDelta, encodeDelta, type AnalysisDelta } from '../../protocol/analysisDelta';
import type { Analyser } from '../analyser';
import { ArticleAnalyses, type ArticleJob, type ArticleOutcome } from '../articleAnalysis';

const WORKER_MARK = 'claimlens-analysis-worker';

interface Job {
  readonly id: number;
  readonly key: string | undefined;
  readonly job: ArticleJob;
  readonly resolve: (outcome: ArticleOutcome | 'superseded') => void;
}

type ToWorker = { readonly id: number; readonly key: string | undefined; readonly job: ArticleJob } | { readonly forget: string };
/**
 * A job's outcome; an open document's analysis comes as the difference from
 * the last one the worker sent for it (copying a dense 1 MB article's whole
 * model between threads takes longer than working out the difference).
 */
type FromWorker =
  | { readonly id: number; readonly outcome: ArticleOutcome }
  | { readonly id: number; readonly delta: AnalysisDelta; readonly milliseconds: number };

export class WorkerAnalyser implements Analyser {
  private worker: Worker | undefined;
  private running: Job | undefined;
  private readonly waiting: Job[] = [];
  private nextId = 1;
  private disposed = false;
  /** Each open document's last analysis from the worker: what its next delta is the difference from. */
  private readonly latest = new Map<string, Analysis>();
  private readonly arrivals = new WeakMap<Analysis, { readonly base: Analysis; readonly delta: AnalysisDelta }>();

  /** `script`: the bundled server, started again as the worker. */
  constructor(private readonly script: string) {}

  analyse(key: string | undefined, job: ArticleJob): Promise<ArticleOutcome | 'superseded'> {
    if (key !== undefined) {
      for (let i = this.waiting.length - 1; i >= 0; i--) {
        if (this.waiting[i]!.key === key) this.waiting.splice(i, 1)[0]!.resolve('superseded');
      }
      // Answered now; the worker finishes it, and its outcome is dropped.
      if (this.running?.key === key) this.running.resolve('superseded');
    }
    return new Promise((resolve) => {
      this.waiting.push({ id: this.nextId++, key, job, resolve });
      this.pump();
    });
  }

  private pump(): void {
    if (this.running || this.disposed) return;
    const next = this.waiting.shift();
    if (!next) return;
    this.running = next;
    this.ensureWorker().postMessage({ id: next.id, key: next.key, job: next.job } satisfies ToWorker);
  }

  forget(key: string): void {
    this.latest.delete(key);
    this.worker?.postMessage({ forget: key } satisfies ToWorker);
  }

  arrivedAs(analysis: Analysis): { readonly base: Analysis; readonly delta: AnalysisDelta } | undefined {
    return this.arrivals.get(analysis);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script, { workerData: WORKER_MARK });
    worker.on('message', (message: FromWorker) => this.finish(message));
    // A worker that dies (out of memory, a crash) fails its job with a message; the next job starts another.
    worker.on('error', (error) => this.workerFailed(worker, error.message));
    worker.on('exit', (code) => this.workerFailed(worker, `the analysis stopped (exit code ${code})`));
    this.worker = worker;
    return worker;
  }

  private finish(message: FromWorker): void {
    if (this.running?.id !== message.id) return;
    const job = this.running;
    this.running = undefined;
    // Even a superseded job's analysis is read: the worker's next delta is the difference from it.
    job.resolve(this.outcomeOf(job.key, message));
    this.pump();
  }

  private outcomeOf(key: string | undefined, message: FromWorker): ArticleOutcome | 'superseded' {
    if ('outcome' in message) {
      if (key !== undefined && message.outcome.kind === 'ok') this.latest.set(key, message.outcome.analysis);
      return message.outcome;
    }
    const base = key === undefined ? undefined : this.latest.get(key);
    // Only a job sent before its document was closed (and forgotten) finds nothing to build on.
    if (key === undefined || !base) return 'superseded';
    const analysis = decodeDelta(base, message.delta);
    this.latest.set(key, analysis);
    this.arrivals.set(analysis, { base, delta: message.delta });
    return { kind: 'ok', analysis, milliseconds: message.milliseconds };
  }

  private workerFailed(worker: Worker, message: string): void {
    if (worker !== this.worker) return;
    this.worker = undefined;
    // The next worker starts with nothing sent: its first analyses come whole.
    this.latest.clear();
    const job = this.running;
    this.running = undefined;
    job?.resolve({ kind: 'failed', message });
    this.pump();
  }

  private stopWorker(): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
  }

  dispose(): void {
    this.disposed = true;
    for (const job of this.waiting.splice(0)) job.resolve('superseded');
    this.running?.resolve('superseded');
    this.running = undefined;
    this.stopWorker();
  }
}

/** True inside the analysis worker: the entry runs `serveAnalyses` instead of a server. */
export function isAnalysisWorker(): boolean {
  return !isMainThread && workerData === WORKER_MARK;
}

export function serveAnalyses(): void {
  const analyses = new ArticleAnalyses();
  /** The last analysis sent for each open document, as the server's thread holds it (`WorkerAnalyser.latest`). */
  const sent = new Map<string, Analysis>();
  parentPort!.on('message', (message: ToWorker) => {
    if ('forget' in message) {
      analyses.forget(message.forget);
      sent.delete(message.forget);
      return;
    }
    const outcome = analyses.analyse(message.key, message.job);
    const base = message.key === undefined ? undefined : sent.get(message.key);
    if (message.key !== undefined && outcome.kind === 'ok') sent.set(message.key, outcome.analysis);
    if (outcome.kind === 'ok' && base) parentPort!.postMessage({ id: message.id, delta: encodeDelta(base, outcome.analysis), milliseconds: outcome.milliseconds } satisfies FromWorker);
    else parentPort!.postMessage({ id: message.id, outcome } satisfies FromWorker);
  });
}
