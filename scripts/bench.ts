/**
 * npm run bench -- --jsonl FILE: the CLI over a JSONL of articles, in one thread and in all (scripts/benchJsonl.ts).
 *
 * npm run bench: full analysis against remark-parse alone, on a 10 KB and a
 * 1 MB article built from the bundled example, in the same process and run.
 * Times are CPU time per call, the fastest of several interleaved batches after
 * warm-up; compare the ratios, not the milliseconds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { analyze, createIncrementalAnalyzer } from '../src/core';
import { createAnchor, reanchorAll } from '../src/review';
import { benchJsonl } from './benchJsonl';

const example = readFileSync(join(__dirname, '..', 'examples', 'valmora-floods.md'), 'utf8');
const body = example.replace(/^---[\s\S]*?---\n/, '');
const names = ['Ilse Marrow', 'Tomas Averill', 'Lena Okafor', 'Piet Harlan', 'Ana Ruiz', 'Jon Brask'];

/** Copies of the example with names and figures varied, so the work is not the same string again. */
function article(bytes: number): string {
  const parts = [example];
  for (let i = 1; parts.join('').length < bytes; i++) {
    const name = names[i % names.length]!;
    parts.push(`\n\n## Update ${i}\n\n` + body.replaceAll(name, `${name.split(' ')[0]} Varga${i}`).replace(/\b38\b/g, String(38 + i)));
  }
  return parts.join('').slice(0, bytes);
}

const parser = unified().use(remarkParse);

/** CPU time of one batch of calls, in ms per call (CPU, not wall time: the build machines are shared). */
function batch(fn: () => void, calls: number): number {
  const start = process.cpuUsage();
  for (let i = 0; i < calls; i++) fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / calls;
}

/**
 * Batches of parse and of analysis, interleaved so a busy moment hits both alike;
 * the fastest batch of each is the figure least disturbed by other work.
 */
function measure(text: string, calls: number, rounds: number): { parse: number; analyze: number } {
  for (let i = 0; i < 3; i++) {
    parser.parse(text);
    analyze(text);
  }
  let parse = Infinity;
  let full = Infinity;
  for (let round = 0; round < rounds; round++) {
    parse = Math.min(parse, batch(() => parser.parse(text), calls));
    full = Math.min(full, batch(() => analyze(text), calls));
  }
  return { parse, analyze: full };
}

function benchAnalysis(): void {
  const sizes = [
    { label: '10 KB', bytes: 10 * 1024, calls: 40, rounds: 12 },
    { label: '1 MB', bytes: 1024 * 1024, calls: 1, rounds: 7 },
  ];
  console.log('size     remark-parse   analyze   analyze/parse');
  const perKb: number[] = [];
  const extraPerKb: number[] = [];
  for (const { label, bytes, calls, rounds } of sizes) {
    const text = article(bytes);
    const { parse, analyze: full } = measure(text, calls, rounds);
    perKb.push(full / (text.length / 1024));
    extraPerKb.push((full - parse) / (text.length / 1024));
    console.log(`${label.padEnd(8)} ${parse.toFixed(2).padStart(9)} ms ${full.toFixed(2).padStart(8)} ms   ${(full / parse).toFixed(2)}x`);
  }
  console.log(`cost per KB, 1 MB vs 10 KB: ${(perKb[1]! / perKb[0]!).toFixed(2)}x for the whole analysis, ${(extraPerKb[1]! / extraPerKb[0]!).toFixed(2)}x for the work after parsing (1.00 = linear)`);
}

const jsonlAt = process.argv.indexOf('--jsonl');
if (jsonlAt === -1) {
  benchAnalysis();
  benchIncremental();
  benchReanchoring();
} else if (!process.argv[jsonlAt + 1]) {
  console.error('usage: npm run bench -- --jsonl FILE');
  process.exitCode = 2;
} else {
  benchJsonl(process.argv[jsonlAt + 1]!).catch((error: Error) => {
    console.error(error.message);
    process.exitCode = 1;
  });
}

/**
 * Typing in a long article: one character typed into a paragraph in the middle,
 * then taken out again, each an update of the incremental analyzer, against a
 * full analysis of the same text in the same run (bars: 20 ms at 1 MB, 5 ms at 10 KB).
 * Each result must deep-equal the full analysis.
 */
function benchIncremental(): void {
  const sizes = [
    { label: '10 KB', bytes: 10 * 1024, calls: 40, rounds: 12, bar: 5 },
    { label: '1 MB', bytes: 1024 * 1024, calls: 4, rounds: 5, bar: 20 },
  ];
  for (const { label, bytes, calls, rounds, bar } of sizes) {
    const text = article(bytes);
    const at = text.indexOf(' said', Math.floor(text.length / 2));
    const edited = `${text.slice(0, at)}x${text.slice(at)}`;
    const incremental = createIncrementalAnalyzer();
    incremental.update(text);
    const same = isDeepStrictEqual(incremental.update(edited), analyze(edited)) && isDeepStrictEqual(incremental.update(text), analyze(text));
    let flip = false;
    const typeOne = (): void => {
      flip = !flip;
      incremental.update(flip ? edited : text);
    };
    let update = Infinity;
    let full = Infinity;
    for (let round = 0; round < rounds; round++) {
      update = Math.min(update, batch(typeOne, calls));
      full = Math.min(full, batch(() => analyze(edited), Math.max(1, calls / 4)));
    }
    const { parsedChars, blocksRead } = incremental.stats;
    console.log(
      `incremental: one-character edit in a ${label} article: ${update.toFixed(2)} ms (bar: ${bar} ms), full analysis ${full.toFixed(2)} ms, ` +
        `${(full / update).toFixed(1)}x faster; parsed ${parsedChars} chars, read ${blocksRead} block(s); ${same ? 'identical to the full analysis' : 'DIFFERS FROM THE FULL ANALYSIS'}`,
    );
    if (!same) process.exitCode = 1;
  }
}

/** Re-anchoring fact-check verdicts: 200 anchors on a 100 KB article after one edit near the start (bar: 20 ms). */
function benchReanchoring(): void {
  const text = article(100 * 1024);
  const anchors = Array.from({ length: 200 }, (_, i) => {
    const start = Math.floor(((i + 0.5) * text.length) / 200);
    return createAnchor(text, start, Math.min(text.length, start + 12));
  });
  const edited = `${text.slice(0, 500)} A new sentence, typed in. ${text.slice(500)}`;
  reanchorAll(anchors, edited);
  const ms = batch(() => reanchorAll(anchors, edited), 20);
  console.log(`re-anchor 200 verdicts on 100 KB after an edit: ${ms.toFixed(2)} ms (bar: 20 ms)`);
}
