/**
 * The Node server's analyses run on one worker thread, so the server's own
 * thread keeps answering hovers and symbols while a long article is read.
 * The worker is the bundled server itself, started with `workerData` (one file
 * to ship, as the CLI does). A job for a document that has a newer job waiting
 * is dropped; one already running is stopped by restarting the worker, since a
 * 1 MB article takes seconds and its result would be thrown away.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Analyser } from '../analyser';
import { analyseArticle, type ArticleJob, type ArticleOutcome } from '../articleAnalysis';

const WORKER_MARK = 'claimlens-analysis-worker';

interface Job {
  readonly id: number;
  readonly key: string;
  readonly job: ArticleJob;
  readonly resolve: (outcome: ArticleOutcome | 'superseded') => void;
}

type FromWorker = { readonly id: number; readonly outcome: ArticleOutcome };

export class WorkerAnalyser implements Analyser {
  private worker: Worker | undefined;
  private running: Job | undefined;
  private readonly waiting: Job[] = [];
  private nextId = 1;
  private disposed = false;

  /** `script`: the bundled server, started again as the worker. */
  constructor(private readonly script: string) {}

  analyse(key: string, job: ArticleJob): Promise<ArticleOutcome | 'superseded'> {
    for (let i = this.waiting.length - 1; i >= 0; i--) {
      if (this.waiting[i]!.key === key) this.waiting.splice(i, 1)[0]!.resolve('superseded');
    }
    if (this.running?.key === key) {
      this.running.resolve('superseded');
      this.running = undefined;
      this.stopWorker();
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
    this.ensureWorker().postMessage({ id: next.id, job: next.job });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script, { workerData: WORKER_MARK });
    worker.on('message', (message: FromWorker) => this.finish(message.id, message.outcome));
    // A worker that dies (out of memory, a crash) fails its job with a message; the next job starts another.
    worker.on('error', (error) => this.workerFailed(worker, error.message));
    worker.on('exit', (code) => this.workerFailed(worker, `the analysis stopped (exit code ${code})`));
    this.worker = worker;
    return worker;
  }

  private finish(id: number, outcome: ArticleOutcome): void {
    if (this.running?.id !== id) return;
    const job = this.running;
    this.running = undefined;
    job.resolve(outcome);
    this.pump();
  }

  private workerFailed(worker: Worker, message: string): void {
    if (worker !== this.worker) return;
    this.worker = undefined;
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
  parentPort!.on('message', ({ id, job }: { id: number; job: ArticleJob }) => {
    parentPort!.postMessage({ id, outcome: analyseArticle(job) } satisfies FromWorker);
  });
}
