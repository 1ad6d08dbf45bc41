/**
 * claimlens FILE|FOLDER... [--format text|json|csv|markdown|w3c|html] [--out PATH]
 * claimlens review FILE|FOLDER... (./review.ts)
 *
 * Analyses each article and prints a report (default), JSON (one object per
 * article, one per line when there are several) or an export of all articles
 * together. A file that cannot be read is reported on stderr by name; the
 * others are still processed and the exit code is 1.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { analyze, languageNotice, plural, ruleErrorNotice, type NumberFormat, type SourceFormat } from '../core';
import { articleRecord, EXPORTERS, type ArticleExport, type ExportFormat } from '../export';
import { expandInputs } from './files';
import { DEFAULT_MAX_BYTES, InputError, parseSize, readArticle } from './input';
import { holdsData, inputAt, OutputError, writeOutput } from './output';
import { createProgress, type ProgressStream } from './progress';
import { runReview } from './review';
import { terminalText } from './terminalText';
import { ANSI_STYLE, PLAIN_STYLE, terminalReport } from './terminalReport';

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
      --max-size SIZE   largest file to read, e.g. 10MB (default 10MB)
  -h, --help            show this help
  -v, --version         show the version

       claimlens review FILE|FOLDER... [--require-checked]
                        fact-check progress from the verdicts beside each article
                        (claimlens review --help for more)
`;

const FORMATS = ['text', 'json', 'csv', 'markdown', 'w3c', 'html'] as const;
type OutputFormat = (typeof FORMATS)[number];
const NUMBER_FORMATS: readonly NumberFormat[] = ['auto', 'en', 'de', 'fr'];

export interface CliIo {
  readonly stdout: { write(s: string): unknown; isTTY?: boolean };
  readonly stderr: ProgressStream;
  readonly env: Record<string, string | undefined>;
}

export function run(argv: readonly string[], io: CliIo): number {
  // A file named "review" is still an article: ./review.
  if (argv[0] === 'review') return runReview(argv.slice(1), io);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'text' },
        out: { type: 'string', short: 'o' },
        force: { type: 'boolean' },
        bom: { type: 'boolean' },
        input: { type: 'string' },
        'number-format': { type: 'string', default: 'auto' },
        'max-size': { type: 'string' },
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
  const format = values.format as OutputFormat;
  if (!FORMATS.includes(format)) return usageError(io, `unknown format "${values.format}" (use one of ${FORMATS.join(', ')})`);
  const input = values.input as SourceFormat | undefined;
  if (input !== undefined && input !== 'markdown' && input !== 'plaintext') return usageError(io, `unknown input format "${input}" (use markdown or plaintext)`);
  const numberFormat = values['number-format'] as NumberFormat;
  if (!NUMBER_FORMATS.includes(numberFormat)) return usageError(io, `unknown number format "${numberFormat}" (use one of ${NUMBER_FORMATS.join(', ')})`);
  const maxBytes = values['max-size'] !== undefined ? parseSize(values['max-size']) : DEFAULT_MAX_BYTES;
  if (maxBytes === undefined) return usageError(io, `cannot read size "${values['max-size']}" (try 10MB)`);
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
  const output: string[] = [];
  const articles: ArticleExport[] = [];
  const progress = createProgress(io.stderr, files.length);
  let failed = 0;
  for (const file of files) {
    progress.tick(file);
    try {
      const article = readArticle(file, maxBytes, input);
      const analysis = analyze(article.text, { format: article.format, numberFormat });
      const notice = languageNotice(analysis.language);
      if (notice) {
        progress.done();
        io.stderr.write(`claimlens: ${article.file}: ${notice}\n`);
      }
      const failedRules = ruleErrorNotice(analysis.ruleErrors);
      if (failedRules) {
        progress.done();
        io.stderr.write(`claimlens: ${article.file}: ${terminalText(failedRules)}\n`);
      }
      const exported: ArticleExport = { file: article.file, uri: file === '-' ? 'urn:claimlens:stdin' : pathToFileURL(resolve(file)).href, text: article.text, analysis };
      if (format === 'text') output.push(terminalReport(article.file, article.text, analysis, color ? ANSI_STYLE : PLAIN_STYLE) + (files.length > 1 ? '\n' : ''));
      else if (format === 'json') output.push(files.length === 1 ? `${JSON.stringify(articleRecord(exported), null, 2)}\n` : `${JSON.stringify(articleRecord(exported))}\n`);
      else articles.push(exported);
    } catch (error) {
      failed++;
      progress.done();
      io.stderr.write(error instanceof InputError ? `claimlens: ${error.message}\n` : `claimlens: ${terminalText(file)}: analysis failed: ${terminalLines(String((error as Error).stack ?? error))}\n`);
    }
  }
  progress.done();
  if (format !== 'text' && format !== 'json' && articles.length > 0) output.push(EXPORTERS[format as ExportFormat].export(articles, { bom: values.bom === true }));

  if (values.out === undefined) for (const chunk of output) io.stdout.write(chunk);
  else if (!writeOut(io, values.out, output.join(''), { written: files.length - failed, failed: failed + unreadable.length, force: values.force === true })) return 1;
  return failed > 0 || unreadable.length > 0 ? 1 : 0;
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

/** A stack trace keeps its lines; nothing else from the input reaches the terminal raw. */
function terminalLines(text: string): string {
  return text.split('\n').map(terminalText).join('\n  ');
}

function usageError(io: CliIo, message: string): number {
  io.stderr.write(`claimlens: ${message}\n\n${USAGE}`);
  return 2;
}

declare const CLAIMLENS_VERSION: string;
const VERSION = typeof CLAIMLENS_VERSION === 'string' ? CLAIMLENS_VERSION : 'dev';
