/**
 * claimlens review FILE|FOLDER... [--require-checked] [--format text|json|claimreview]
 *
 * Prints each article's fact-check progress from its verdicts sidecar. With
 * --require-checked it is a gate before publication: exit 1, naming each
 * unchecked figure as `file:line:col  "text"`, when any figure is unchecked.
 * Exit 2 when an article or its sidecar cannot be read (the sidecar is never
 * changed), or for a usage error.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { analyze, createLineIndex, plural, type Analysis } from '../core';
import { findSidecar, readSidecar, SidecarFileError } from '../node/sidecarStore';
import { exportClaimReviews, progressText, reviewArticle, reviewProgress, uncheckedFigures, type ArticleReview, type ReviewedArticle } from '../review';
import { expandInputs } from './files';
import { DEFAULT_MAX_BYTES, InputError, readArticle } from './input';
import type { CliIo } from './main';
import { terminalText } from './terminalText';

export const REVIEW_USAGE = `Usage: claimlens review FILE|FOLDER... [options]

Shows how far the fact-check of each article has got, from the verdicts kept
beside it (article.md -> article.claimlens.json, or .claimlens/article.md.json).

Options:
      --require-checked  exit 1 when any figure is unchecked, naming each one
                         as file:line:col (a gate before publication)
  -f, --format FORMAT    text (default), json (one object per article), or
                         claimreview (schema.org ClaimReview JSON-LD)
      --url URL          the published article's address, for claimreview
                         (default: the front matter's url:)
      --publication NAME who publishes it, for claimreview
  -h, --help             show this help

Exit codes: 0 all fine, 1 figures unchecked (with --require-checked),
2 an article or its verdicts file cannot be read, or a usage error.
`;

const FORMATS = ['text', 'json', 'claimreview'] as const;
type ReviewFormat = (typeof FORMATS)[number];

interface ReviewedFile extends ReviewedArticle {
  readonly sidecar: string | undefined;
}

const OPTIONS = {
  'require-checked': { type: 'boolean' },
  format: { type: 'string', short: 'f', default: 'text' },
  url: { type: 'string' },
  publication: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The parsed command line, or what is wrong with it. */
function parseReviewArgs(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS });
  } catch (error) {
    return (error as Error).message;
  }
}

export function runReview(argv: readonly string[], io: CliIo): number {
  const parsed = parseReviewArgs(argv);
  if (typeof parsed === 'string') return usageError(io, parsed);
  const { values, positionals } = parsed;
  if (values.help) return showUsage(io);
  const format = values.format as ReviewFormat;
  if (!FORMATS.includes(format)) return usageError(io, `unknown format "${values.format}" (use one of ${FORMATS.join(', ')})`);
  if (positionals.length === 0) return usageError(io, 'no files given');

  const { files, unreadable } = expandInputs(positionals.filter((p) => p !== '-'));
  let broken = unreadable.length;
  for (const folder of unreadable) io.stderr.write(`claimlens: ${terminalText(folder)}: cannot read this folder; its articles were skipped\n`);
  const reviewed: ReviewedFile[] = [];
  for (const file of files) {
    try {
      reviewed.push(reviewFile(file));
    } catch (error) {
      if (!(error instanceof InputError || error instanceof SidecarFileError)) throw error;
      broken++;
      io.stderr.write(`claimlens: ${terminalText(error.message)}\n`);
    }
  }
  if (files.length === 0) io.stderr.write(`claimlens: no .md, .markdown or .txt files in ${positionals.map(terminalText).join(', ')}\n`);

  if (format === 'claimreview') io.stdout.write(exportClaimReviews(reviewed, { url: values.url, publication: values.publication }));
  else for (const article of reviewed) io.stdout.write(format === 'json' ? `${JSON.stringify(reviewRecord(article))}\n` : textReport(article));

  const unchecked = values['require-checked'] ? reportUnchecked(io, reviewed) : 0;
  if (broken > 0 || files.length === 0) return 2;
  return unchecked > 0 ? 1 : 0;
}

function reviewFile(file: string): ReviewedFile {
  const article = readArticle(file, DEFAULT_MAX_BYTES);
  const sidecar = findSidecar(file);
  const verdicts = sidecar ? readSidecar(sidecar) : [];
  const analysis = analyze(article.text, { format: article.format });
  return { file, uri: pathToFileURL(resolve(file)).href, text: article.text, analysis, review: reviewArticle(article.text, analysis, verdicts), sidecar };
}

/** "a.md: 12 of 21 figures checked, 2 orphaned verdicts", then each orphan to re-attach or delete. */
function textReport(article: ReviewedFile): string {
  const lines = [`${terminalText(article.file)}: ${progressText(reviewProgress(article.analysis, article.review))}`];
  for (const orphan of article.review.orphans) lines.push(`  orphaned ${orphan.target} verdict (${orphan.status}): ${JSON.stringify(terminalText(orphan.anchor.exact))}, no longer in the text; re-attach or delete it`);
  return `${lines.join('\n')}\n`;
}

function reviewRecord(article: ReviewedFile): Record<string, unknown> {
  const progress = reviewProgress(article.analysis, article.review);
  return {
    file: article.file,
    sidecar: article.sidecar ?? null,
    ...progress,
    orphans: article.review.orphans.map((v) => ({ id: v.id, target: v.target, status: v.status, exact: v.anchor.exact, start: v.anchor.start, end: v.anchor.end })),
    unchecked: uncheckedPlaces(article.text, article.analysis, article.review),
  };
}

function uncheckedPlaces(text: string, analysis: Analysis, review: ArticleReview) {
  const lines = createLineIndex(text);
  return uncheckedFigures(analysis, review).map((c) => ({ id: c.id, text: c.text, ...lines.at(c.start) }));
}

/** Names every unchecked figure on stderr; returns how many there are. */
function reportUnchecked(io: CliIo, articles: readonly ReviewedFile[]): number {
  let count = 0;
  let inArticles = 0;
  for (const article of articles) {
    const places = uncheckedPlaces(article.text, article.analysis, article.review);
    if (places.length > 0) inArticles++;
    count += places.length;
    for (const p of places) io.stderr.write(`${terminalText(article.file)}:${p.line}:${p.column}  ${JSON.stringify(terminalText(p.text))}\n`);
  }
  if (count > 0) io.stderr.write(`claimlens: ${plural(count, 'figure')} unchecked in ${plural(inArticles, 'article')}\n`);
  return count;
}

function showUsage(io: CliIo): number {
  io.stdout.write(REVIEW_USAGE);
  return 0;
}

function usageError(io: CliIo, message: string): number {
  io.stderr.write(`claimlens review: ${message}\n\n${REVIEW_USAGE}`);
  return 2;
}
