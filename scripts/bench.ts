/**
 * npm run bench: full analysis against remark-parse alone, on a 10 KB and a
 * 1 MB article built from the bundled example, in the same process and run.
 * Times are medians after warm-up; compare the ratios, not the milliseconds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { analyze } from '../src/core';

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

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

function measure(text: string, runs: number): { parse: number; analyze: number } {
  for (let i = 0; i < 3; i++) {
    parser.parse(text);
    analyze(text);
  }
  const parse: number[] = [];
  const full: number[] = [];
  // Interleaved, so a busy moment on the machine hits both alike.
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    parser.parse(text);
    parse.push(performance.now() - t);
    t = performance.now();
    analyze(text);
    full.push(performance.now() - t);
  }
  return { parse: median(parse), analyze: median(full) };
}

const sizes = [
  { label: '10 KB', bytes: 10 * 1024, runs: 60 },
  { label: '1 MB', bytes: 1024 * 1024, runs: 9 },
];
console.log('size     remark-parse   analyze   analyze/parse');
const perKb: number[] = [];
for (const { label, bytes, runs } of sizes) {
  const text = article(bytes);
  const { parse, analyze: full } = measure(text, runs);
  perKb.push(full / (text.length / 1024));
  console.log(`${label.padEnd(8)} ${parse.toFixed(2).padStart(9)} ms ${full.toFixed(2).padStart(8)} ms   ${(full / parse).toFixed(2)}x`);
}
console.log(`cost per KB, 1 MB vs 10 KB: ${(perKb[1]! / perKb[0]!).toFixed(2)}x (1.00 = linear)`);
