/**
 * claimlens FILE... [--format json|text] [--max-size 10MB]
 *
 * Analyses each article and prints a report (default) or JSON. With several
 * files, JSON is one object per line, each with its `file`. A file that cannot
 * be read is reported on stderr by name; the others are still processed and
 * the exit code is 1.
 */
import { parseArgs } from 'node:util';
import { analyze, type SourceFormat } from '../core';
import { DEFAULT_MAX_BYTES, InputError, parseSize, readArticle } from './input';
import { ANSI_STYLE, PLAIN_STYLE, terminalReport } from './terminalReport';

const USAGE = `Usage: claimlens FILE... [options]

Finds quotes, attributions, numeric claims and contested figures in news
articles written in Markdown (or plain text, for .txt files). Use - for stdin.

Options:
  -f, --format FORMAT   text (default, a readable report) or json
      --input FORMAT    markdown or plaintext (default: by file extension)
      --max-size SIZE   largest file to read, e.g. 10MB (default 10MB)
  -h, --help            show this help
  -v, --version         show the version
`;

const FORMATS = ['text', 'json'] as const;
type OutputFormat = (typeof FORMATS)[number];

export interface CliIo {
  readonly stdout: { write(s: string): unknown; isTTY?: boolean };
  readonly stderr: { write(s: string): unknown };
  readonly env: Record<string, string | undefined>;
}

export function run(argv: readonly string[], io: CliIo): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'text' },
        input: { type: 'string' },
        'max-size': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    io.stderr.write(`claimlens: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
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
  if (!FORMATS.includes(format)) return usageError(io, `unknown format "${values.format}" (use ${FORMATS.join(' or ')})`);
  const input = values.input as SourceFormat | undefined;
  if (input !== undefined && input !== 'markdown' && input !== 'plaintext') return usageError(io, `unknown input format "${input}" (use markdown or plaintext)`);
  const maxBytes = values['max-size'] !== undefined ? parseSize(values['max-size']) : DEFAULT_MAX_BYTES;
  if (maxBytes === undefined) return usageError(io, `cannot read size "${values['max-size']}" (try 10MB)`);
  if (positionals.length === 0) return usageError(io, 'no files given');

  const color = io.stdout.isTTY === true && !io.env.NO_COLOR;
  let failed = 0;
  for (const file of positionals) {
    try {
      const article = readArticle(file, maxBytes, input);
      const analysis = analyze(article.text, { format: article.format });
      if (format === 'json') {
        const record = { file: article.file, ...analysis };
        io.stdout.write(positionals.length === 1 ? `${JSON.stringify(record, null, 2)}\n` : `${JSON.stringify(record)}\n`);
      } else {
        io.stdout.write(terminalReport(article.file, article.text, analysis, color ? ANSI_STYLE : PLAIN_STYLE));
        if (positionals.length > 1) io.stdout.write('\n');
      }
    } catch (error) {
      failed++;
      io.stderr.write(error instanceof InputError ? `claimlens: ${error.message}\n` : `claimlens: ${file}: analysis failed: ${(error as Error).stack ?? error}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

function usageError(io: CliIo, message: string): number {
  io.stderr.write(`claimlens: ${message}\n\n${USAGE}`);
  return 2;
}

declare const CLAIMLENS_VERSION: string;
const VERSION = typeof CLAIMLENS_VERSION === 'string' ? CLAIMLENS_VERSION : 'dev';
