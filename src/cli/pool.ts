/**
 * Worker threads that run CLI tasks (src/cli/articleTask.ts). Each worker is
 * the bundled CLI itself (dist/cli.js started with `workerData`), so there is
 * one file to ship. Results come back as promises; callers await them in
 * input order, which is what keeps parallel output identical to serial output.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { performTask, taskFailure, type Task, type TaskResult, type TaskSettings } from './articleTask';

/**
 * Below this much input (by default) the CLI stays in one thread. A worker
 * takes about 0.1 s to start, and one thread already keeps a second core busy
 * collecting garbage: on 2 cores, folders of 0.5 and 1 MB ran no faster with
 * two workers, 2 MB about 10% faster, 840 news articles (3.9 MB) 20-30%.
 */
export const PARALLEL_MIN_BYTES = 1024 * 1024;

/** Tasks sent ahead to each worker, so it never waits for the main thread between two. */
const TASKS_AHEAD = 2;

/**
 * How many workers to start for `requested` jobs (undefined: as many as cores)
 * and this much work: 1 (no worker) when there is nothing to share, when the
 * CLI runs from source, or when, by default, the input is small.
 */
export function parallelJobs(requested: number | undefined, tasks: number, bytes: () => number): number {
  if (workerScript() === undefined) return 1;
  const most = Math.min(requested ?? availableParallelism(), tasks);
  if (requested !== undefined || most <= 1) return most;
  return bytes() >= PARALLEL_MIN_BYTES ? most : 1;
}

/**
 * The script a worker starts: the bundled CLI. Running from TypeScript source
 * (the unit tests) there is no such file, and the CLI stays in one thread.
 */
export function workerScript(): string | undefined {
  return typeof __filename === 'string' && __filename.endsWith('.js') ? __filename : undefined;
}

interface Pending {
  readonly task: Task;
  readonly resolve: (result: TaskResult) => void;
}

interface Slot {
  /** Undefined after the worker died with nothing to do: the next task starts another. */
  worker: Worker | undefined;
  readonly inFlight: Map<number, Pending>;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: { id: number; pending: Pending }[] = [];
  private nextId = 0;
  private closing = false;

  constructor(
    private readonly script: string,
    private readonly settings: TaskSettings,
    size: number,
  ) {
    for (let i = 0; i < size; i++) this.slots.push({ worker: undefined, inFlight: new Map() });
    this.slots.forEach((slot) => this.start(slot));
  }

  run(task: Task): Promise<TaskResult> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, pending: { task, resolve } });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((slot) => slot.worker?.terminate()));
  }

  private start(slot: Slot): Worker {
    // Not unref'd: a pending result must keep the process alive. Callers close the pool in a `finally`.
    const worker = new Worker(this.script, { workerData: { claimlensTasks: this.settings } });
    slot.worker = worker;
    worker.on('message', ({ id, result }: { id: number; result: TaskResult }) => {
      slot.inFlight.get(id)?.resolve(result);
      slot.inFlight.delete(id);
      this.dispatch();
    });
    // A worker that dies (out of memory on a huge article) fails the task it was running; a fresh one takes its place.
    worker.on('error', (error) => this.lost(slot, worker, error));
    worker.on('exit', (code) => this.lost(slot, worker, new Error(`worker stopped (exit code ${code})`)));
    return worker;
  }

  private lost(slot: Slot, worker: Worker, error: unknown): void {
    // 'error' is followed by 'exit': the second report finds the worker already gone.
    if (this.closing || slot.worker !== worker) return;
    worker.removeAllListeners();
    void worker.terminate();
    slot.worker = undefined;
    const [oldest, ...waiting] = [...slot.inFlight.entries()];
    slot.inFlight.clear();
    // A worker runs its tasks in the order sent: the oldest was running and failed; the others never started.
    if (oldest) oldest[1].resolve(taskFailure(oldest[1].task, error));
    this.queue.unshift(...waiting.map(([id, pending]) => ({ id, pending })));
    this.dispatch();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      while (slot.inFlight.size < TASKS_AHEAD && this.queue.length > 0) {
        const { id, pending } = this.queue.shift()!;
        slot.inFlight.set(id, pending);
        (slot.worker ?? this.start(slot)).postMessage({ id, task: pending.task });
      }
    }
  }
}

/** In a worker started by WorkerPool: run tasks until terminated. False in the main thread. */
export function serveTasksIfWorker(): boolean {
  const settings = (workerData as { claimlensTasks?: TaskSettings } | null)?.claimlensTasks;
  if (isMainThread || !parentPort || !settings) return false;
  const port = parentPort;
  port.on('message', ({ id, task }: { id: number; task: Task }) => port.postMessage({ id, result: performTask(task, settings) }));
  return true;
}
