import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import { deltaSize } from '../../../src/protocol/analysisDelta';
import { DEFAULT_SERVER_SETTINGS } from '../../../src/protocol/analysis';
import type { ArticleJob } from '../../../src/server/articleAnalysis';
import { WorkerAnalyser } from '../../../src/server/node/workerAnalyser';

/**
 * A stand-in for the bundled server as the worker: it answers each job after
 * the milliseconds its text names ("slow 300"), and exits on "crash".
 */
const script = join(mkdtempSync(join(tmpdir(), 'claimlens-worker-')), 'worker.js');
writeFileSync(
  script,
  `const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, job, forget }) => {
  if (forget) return;
  if (job.text === 'crash') process.exit(3);
  const wait = Number(job.text.split(' ')[1] ?? 0);
  setTimeout(() => parentPort.postMessage({ id, outcome: { kind: 'failed', message: 'read ' + job.text } }), wait);
});`,
);

const job = (text: string): ArticleJob => ({ text, format: 'markdown', settings: DEFAULT_SERVER_SETTINGS });

describe('analyses on a worker thread', () => {
  let analyser: WorkerAnalyser;
  afterEach(() => analyser.dispose());

  it('runs the jobs of different documents one after another, each getting its own answer', async () => {
    analyser = new WorkerAnalyser(script);
    const [a, b] = await Promise.all([analyser.analyse('a.md', job('slow 50')), analyser.analyse('b.md', job('quick 0'))]);
    expect([a, b]).toEqual([
      { kind: 'failed', message: 'read slow 50' },
      { kind: 'failed', message: 'read quick 0' },
    ]);
  });

  it('drops a document’s job that a newer one for the same document overtakes, answering a running one at once', async () => {
    analyser = new WorkerAnalyser(script);
    const started = Date.now();
    const running = analyser.analyse('a.md', job('slow 600'));
    const waiting = analyser.analyse('b.md', job('slow 10'));
    const waitingAgain = analyser.analyse('b.md', job('slow 20'));
    const newer = analyser.analyse('a.md', job('quick 0'));
    expect(await running).toBe('superseded');
    // Answered without waiting for the worker, which finishes it (its analyzer keeps the nearer text).
    expect(Date.now() - started).toBeLessThan(500);
    expect(await waiting).toBe('superseded');
    expect(await waitingAgain).toEqual({ kind: 'failed', message: 'read slow 20' });
    expect(await newer).toEqual({ kind: 'failed', message: 'read quick 0' });
  });

  it('never lets jobs without a key (a text no editor holds) drop each other', async () => {
    analyser = new WorkerAnalyser(script);
    const both = await Promise.all([analyser.analyse(undefined, job('one 0')), analyser.analyse(undefined, job('two 0'))]);
    expect(both).toEqual([
      { kind: 'failed', message: 'read one 0' },
      { kind: 'failed', message: 'read two 0' },
    ]);
  });

  it('fails the job of a worker that died with a message, and starts another for the next job', async () => {
    analyser = new WorkerAnalyser(script);
    const crashed = await analyser.analyse('a.md', job('crash'));
    expect(crashed).toEqual({ kind: 'failed', message: 'the analysis stopped (exit code 3)' });
    expect(await analyser.analyse('a.md', job('quick 0'))).toEqual({ kind: 'failed', message: 'read quick 0' });
  });
});

describe('analyses on the real worker', () => {
  /** The analysis worker as the server starts it: `serveAnalyses` bundled into one file. */
  const bundled = join(mkdtempSync(join(tmpdir(), 'claimlens-real-worker-')), 'worker.js');
  let analyser: WorkerAnalyser;
  beforeAll(async () => {
    const { build } = await import('esbuild');
    await build({
      stdin: { contents: "import { serveAnalyses } from './src/server/node/workerAnalyser'; serveAnalyses();", resolveDir: process.cwd(), loader: 'ts' },
      bundle: true,
      platform: 'node',
      outfile: bundled,
      logLevel: 'silent',
    });
  });
  afterEach(() => analyser.dispose());

  const paragraph = (i: number) => `“We will rebuild,” said Mayor Ana Ruiz${i}, adding that ${1200 + i} homes were damaged.\n\n`;

  it('sends an edit’s analysis as the difference from the last, which the server thread rebuilds whole', async () => {
    analyser = new WorkerAnalyser(bundled);
    const text = Array.from({ length: 30 }, (_, i) => paragraph(i)).join('');
    const first = await analyser.analyse('a.md', job(text));
    if (first === 'superseded' || first.kind !== 'ok') throw new Error(String(first));
    expect(analyser.arrivedAs(first.analysis)).toBeUndefined();
    const edited = text.replace('Ruiz14,', 'Ruiz14 and Ines Moll,');
    const second = await analyser.analyse('a.md', job(edited));
    if (second === 'superseded' || second.kind !== 'ok') throw new Error(String(second));
    expect(second.analysis).toEqual(analyze(edited));
    const arrived = analyser.arrivedAs(second.analysis)!;
    expect(arrived.base).toBe(first.analysis);
    expect(deltaSize(arrived.delta).sent).toBeLessThan(10);
    // Forgotten (the document closed): the next analysis comes whole.
    analyser.forget('a.md');
    const third = await analyser.analyse('a.md', job(text));
    expect(third !== 'superseded' && third.kind === 'ok' && analyser.arrivedAs(third.analysis)).toBeUndefined();
    expect(third !== 'superseded' && third.kind === 'ok' && third.analysis).toEqual(analyze(text));
  });
});
