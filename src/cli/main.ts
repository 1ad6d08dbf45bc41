/**
 * claimlens FILE|FOLDER... [--format text|json|csv|markdown|w3c|html] [--out PATH]
 * claimlens review FILE|FOLDER... (./review.ts)
 *
 * Analyses each article and prints a report (default), JSON (one object per
 * article, one per line when there are several) or an export of all articles
 * together. A file that cannot be read is reported on stderr by name; the
 * others are still processed and the exit code is 1. Large runs share the work
 * with worker threads (batch.ts, pool.ts); `--jsonl` is a map step over stdin (jsonl.ts).
 */
import { parseArgs } from 'node:util';
import { NUMBER_FORMATS, plural, type NumberFormat, type SourceFormat } from '../core';
import { EXPORTERS, type ExportFormat } from '../export';
import type { OutputFormat, TaskSettings } from './articleTask';
import { analyzeFiles, type Collected } from './batch';
import { expandInputs } from './files';
import { DEFAULT_MAX_BYTES, parseSize } from './input';
import { runJsonl, type JsonlIo } from './jsonl';
import { holdsData, inputAt, OutputError, writeOutput } from './output';
import type { ProgressStream } from './progress';
import { runReview } from './review';
import { terminalText } from './terminalText';

const USAGE = `Usage: claimlens FILE|FOLDER... [options]

Finds quotes, attributions, numeric claims and contested figures in news
articles written in Markdown (or plain text, for .txt files). A folder is
searched for .md, .markdown and .txt files. Use - to read stdin.

Options:
  -f, --format FORMAT   text      a readable report (default)
                        json      the annotation model (one object per line for several files)
                        csv       one row per figure and quote
                        markdown  a fact-check report to forward
                        w3c       W3C Web Annotations (JSON-LD)
                        html      a self-contained page with highlights
  -o, --out PATH        write to PATH instead of standard output (never one of the inputs)
      --force           replace PATH even when some articles could not be read
      --bom             start CSV with a byte-order mark (for Excel)
      --input FORMAT    markdown or plaintext (default: by file extension)
      --number-format F how digits are written: auto (default, from the article's
                        language), en (4,500.5), de (4.500,5) or fr (4 500,5)
      --max-size SIZE   largest file (or --jsonl line) to read, e.g. 10MB (default 10MB)
  -j, --jobs N          articles analysed at once, in worker threads (default: one per
                        core for large inputs); --jobs 1 uses no worker
      --jsonl           read {"id", "text"} objects from stdin, one per line, and write
                        one JSON result per line, in order (see README, "In pipelines")
  -h, --help            show this help
  -v, --version         show the version

       claimlens review FILE|FOLDER... [--require-checked]
                        fact-check progress from the verdicts beside each article
                        (claimlens review --help for more)
`;

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'csv', 'markdown', 'w3c', 'html'];

export interface CliIo {
  readonly stdout: JsonlIo['stdout'] & { isTTY?: boolean };
  readonly stderr: ProgressStream;
  readonly env: Record<string, string | undefined>;
  /** For --jsonl; process.stdin when left out. */
  readonly stdin?: AsyncIterable<Buffer | string>;
}

/** The exit code; a promise when the work is shared with worker threads or streamed (--jsonl). */
export function run(argv: readonly string[], io: CliIo): number | Promise<number> {
  // A file named "review" is still an article: ./review.
  if (argv[0] === 'review') return runReview(argv.slice(1), io);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        force: { type: 'boolean' },
        bom: { type: 'boolean' },
        input: { type: 'string' },
        'number-format': { type: 'string', default: 'auto' },
        'max-size': { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        jsonl: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    return usageError(io, (error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  if (values.version) {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const format = (values.format ?? 'text') as OutputFormat;
  if (!FORMATS.includes(format)) return usageError(io, `unknown format "${values.format}" (use one of ${FORMATS.join(', ')})`);
  const input = values.input as SourceFormat | undefined;
  if (input !== undefined && input !== 'markdown' && input !== 'plaintext') return usageError(io, `unknown input format "${input}" (use markdown or plaintext)`);
  const numberFormat = values['number-format'] as NumberFormat;
  if (!NUMBER_FORMATS.includes(numberFormat)) return usageError(io, `unknown number format "${numberFormat}" (use one of ${NUMBER_FORMATS.join(', ')})`);
  const maxBytes = values['max-size'] !== undefined ? parseSize(values['max-size']) : DEFAULT_MAX_BYTES;
  if (maxBytes === undefined) return usageError(io, `cannot read size "${values['max-size']}" (try 10MB)`);
  const jobs = values.jobs !== undefined ? parseJobs(values.jobs) : undefined;
  if (jobs === null) return usageError(io, `--jobs takes a whole number of at least 1, not "${values.jobs}"`);
  const settings = (several: boolean, color: boolean): TaskSettings => ({ format, several, color, maxBytes, input, numberFormat });
  if (values.jsonl) {
    const conflict = positionals.length > 0 ? 'files' : values.out !== undefined ? '--out' : values.format !== undefined && format !== 'json' ? `--format ${format}` : undefined;
    if (conflict) return usageError(io, `--jsonl reads standard input and writes JSON lines to standard output; it takes no ${conflict}`);
    return runJsonl({ stdin: io.stdin ?? process.stdin, stdout: io.stdout, stderr: io.stderr }, settings(true, false), jobs);
  }
  if (positionals.length === 0) return usageError(io, 'no files given');

  const { files, unreadable } = expandInputs(positionals);
  for (const folder of unreadable) io.stderr.write(`claimlens: ${terminalText(folder)}: cannot read this folder; its articles were skipped\n`);
  if (files.length === 0) {
    io.stderr.write(`claimlens: no .md, .markdown or .txt files in ${positionals.map(terminalText).join(', ')}\n`);
    return 1;
  }
  const overwritten = values.out !== undefined ? inputAt(values.out, files) : undefined;
  if (overwritten !== undefined) return usageError(io, `--out ${terminalText(values.out!)} is the article ${terminalText(overwritten)}; give another file name`);
  const color = values.out === undefined && io.stdout.isTTY === true && !io.env.NO_COLOR;
  const finish = ({ output, articles, failed }: Collected): number => {
    if (format !== 'text' && format !== 'json' && articles.length > 0) output.push(EXPORTERS[format as ExportFormat].export(articles, { bom: values.bom === true }));
    if (values.out === undefined) for (const chunk of output) io.stdout.write(chunk);
    else if (!writeOut(io, values.out, output.join(''), { written: files.length - failed, failed: failed + unreadable.length, force: values.force === true })) return 1;
    return failed > 0 || unreadable.length > 0 ? 1 : 0;
  };
  const collected = analyzeFiles(files, settings(files.length > 1, color), io.stderr, jobs);
  return collected instanceof Promise ? collected.then(finish) : finish(collected);
}

/**
 * Writes the export to --out, unless that would replace an earlier export with
 * less than was asked for (some inputs failed) without --force. False when nothing was written.
 */
function writeOut(io: CliIo, out: string, content: string, run: { written: number; failed: number; force: boolean }): boolean {
  const shown = terminalText(out);
  if (run.written === 0) {
    io.stderr.write(`claimlens: nothing to write; ${shown} is left as it was\n`);
    return false;
  }
  if (run.failed > 0 && !run.force && holdsData(out)) {
    io.stderr.write(`claimlens: ${plural(run.failed, 'article')} could not be read, so ${shown} is left as it was (use --force to replace it with the other ${plural(run.written, 'article')})\n`);
    return false;
  }
  try {
    writeOutput(out, content);
  } catch (error) {
    const reason = error instanceof OutputError ? error.message : ((error as NodeJS.ErrnoException).code ?? (error as Error).message);
    io.stderr.write(`claimlens: cannot write ${shown}: ${reason}\n`);
    return false;
  }
  io.stderr.write(`claimlens: wrote ${shown} (${plural(run.written, 'article')})\n`);
  return true;
}

/** A positive whole number, or null. */
function parseJobs(value: string): number | null {
  return /^\d+$/.test(value) && Number(value) >= 1 ? Number(value) : null;
}

function usageError(io: CliIo, message: string): number {
  io.stderr.write(`claimlens: ${message}\n\n${USAGE}`);
  return 2;
}

declare const CLAIMLENS_VERSION: string;
const VERSION = typeof CLAIMLENS_VERSION === 'string' ? CLAIMLENS_VERSION : 'dev';
