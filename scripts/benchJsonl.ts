/**
 * npm run bench -- --jsonl FILE: the built CLI over a JSONL file of articles
 * ({"id", "text"} per line; other fields are ignored), once in one thread
 * (--jobs 1) and once with a worker per core. Wall time, the fastest of a few
 * runs of each, since that is what a batch job waits for; MB counts the
 * articles' text in UTF-8.
 */
import { spawn } from 'node:child_process';
import { openSync, readFileSync, closeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

interface Timing {
  readonly seconds: number;
  readonly lines: number;
}

export async function benchJsonl(file: string, rounds = 2): Promise<void> {
  const { articles, bytes } = measureInput(file);
  const cores = availableParallelism();
  console.log(`${file}: ${articles} articles, ${(bytes / 1e6).toFixed(2)} MB of text; ${cores} cores`);
  console.log('jobs   articles       MB   seconds    MB/s');
  const results: Array<{ jobs: number; seconds: number }> = [];
  for (const jobs of [1, cores]) {
    let fastest = Infinity;
    for (let round = 0; round < rounds; round++) {
      const { seconds, lines } = await timeCli(file, jobs);
      if (lines !== articles) throw new Error(`--jobs ${jobs} wrote ${lines} lines for ${articles} articles`);
      fastest = Math.min(fastest, seconds);
    }
    results.push({ jobs, seconds: fastest });
    console.log(`${String(jobs).padStart(4)} ${String(articles).padStart(10)} ${(bytes / 1e6).toFixed(2).padStart(8)} ${fastest.toFixed(2).padStart(9)} ${(bytes / 1e6 / fastest).toFixed(2).padStart(7)}`);
  }
  console.log(`speed-up with ${cores} workers: ${(results[0]!.seconds / results[1]!.seconds).toFixed(2)}x`);
}

/** Non-blank lines (the CLI answers each with one line) and the UTF-8 size of their "text". */
function measureInput(file: string): { articles: number; bytes: number } {
  let articles = 0;
  let bytes = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    articles++;
    try {
      const text = (JSON.parse(line) as { text?: unknown }).text;
      if (typeof text === 'string') bytes += Buffer.byteLength(text);
    } catch {
      // The CLI answers it with an error line; it adds no text.
    }
  }
  return { articles, bytes };
}

function timeCli(file: string, jobs: number): Promise<Timing> {
  const input = openSync(file, 'r');
  const start = process.hrtime.bigint();
  const child = spawn(process.execPath, [join(__dirname, 'cli.js'), '--jsonl', '--jobs', String(jobs)], { stdio: [input, 'pipe', 'inherit'] });
  closeSync(input);
  let lines = 0;
  child.stdout!.on('data', (chunk: Buffer) => {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    // Exit code 1 means some lines were errors; they still count as answered lines.
    child.on('close', (code) => (code === 0 || code === 1 ? resolve({ seconds: Number(process.hrtime.bigint() - start) / 1e9, lines }) : reject(new Error(`claimlens --jsonl exited with ${code}`))));
  });
}
