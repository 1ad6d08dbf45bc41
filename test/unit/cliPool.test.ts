/** The worker pool behind --jobs: results by task whatever the finishing order, and a worker that dies costs one task. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { TaskSettings } from '../../src/cli/articleTask';
import { WorkerPool } from '../../src/cli/pool';

/** A stand-in worker: answers a file task with its name in capitals, after a delay the name gives; "die" ends the thread, "bye" ends it after answering. */
const script = join(mkdtempSync(join(tmpdir(), 'claimlens-pool-')), 'worker.js');
writeFileSync(
  script,
  `const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, task }) => {
  if (task.file === 'die') process.exit(3);
  if (task.file === 'bye') setTimeout(() => process.exit(0), 10);
  const answer = () => parentPort.postMessage({ id, result: { messages: [], output: task.file.toUpperCase(), failed: false } });
  // Without a delay it answers at once, as the real worker does (a task runs to the end before the next message).
  const delay = Number(task.file.split(':')[1] ?? 0);
  if (delay > 0) setTimeout(answer, delay);
  else answer();
});
`,
);
const settings: TaskSettings = { format: 'json', several: true, color: false, maxBytes: 1024, input: undefined, numberFormat: 'auto' };
let pool: WorkerPool | undefined;
afterEach(async () => {
  await pool?.close();
});

describe('WorkerPool', () => {
  it('resolves each task with its own result, though later tasks finish first', async () => {
    pool = new WorkerPool(script, settings, 2);
    const files = ['a:80', 'b:0', 'c:40', 'd:0', 'e:10'];
    const results = await Promise.all(files.map((file) => pool!.run({ kind: 'file', file })));
    expect(results.map((r) => r.output)).toEqual(files.map((f) => f.toUpperCase()));
  });

  it('fails only the task whose worker died, and runs the rest on a fresh worker', async () => {
    pool = new WorkerPool(script, settings, 1);
    const results = await Promise.all(['x', 'die', 'y', 'z'].map((file) => pool!.run({ kind: 'file', file })));
    expect(results.map((r) => r.failed)).toEqual([false, true, false, false]);
    expect(results[1]!.messages).toEqual(['claimlens: die: analysis failed: worker stopped (exit code 3)\n']);
    expect(results.map((r) => r.output)).toEqual(['X', undefined, 'Y', 'Z']);
  });

  it('starts a new worker for the next task when one ended while idle', async () => {
    pool = new WorkerPool(script, settings, 1);
    expect((await pool.run({ kind: 'file', file: 'bye' })).output).toBe('BYE');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const results = await Promise.all(['p', 'q'].map((file) => pool!.run({ kind: 'file', file })));
    expect(results.map((r) => r.output)).toEqual(['P', 'Q']);
  });
});
