/**
 * One article analysed as the editor shows it: within the size limit, with the
 * `claimlens.ignore` entries left out, timed, and a failure turned into a
 * message instead of an exception. Pure, so it runs on the server's thread, in
 * its worker, and in a browser worker alike.
 */
import { analyze, createIncrementalAnalyzer, type Analysis, type IncrementalAnalyzer, type SourceFormat } from '../core';
import { compileIgnoreList, withoutIgnored } from '../core/ignoreList';
import type { AnalysisResult, ServerSettings } from '../protocol/analysis';

/** An analysis result before it is tied to a document version. */
export type ArticleOutcome = DistributiveOmit<AnalysisResult, 'version'>;
type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

export interface ArticleJob {
  readonly text: string;
  readonly format: SourceFormat;
  readonly settings: ServerSettings;
}

export function analyseArticle({ text, format, settings }: ArticleJob, read: (text: string) => Analysis = (t) => analyze(t, { format, numberFormat: settings.numberFormat })): ArticleOutcome {
  // Never a partial result: past the limit, nothing is analysed and the user is told.
  if (text.length > settings.maxDocumentSize) return { kind: 'too-large', size: text.length, limit: settings.maxDocumentSize };
  const started = Date.now();
  try {
    const found = read(text);
    const analysis = settings.ignore.length > 0 ? withoutIgnored(found, ignoreMatcher(settings.ignore)) : found;
    return { kind: 'ok', analysis, milliseconds: Date.now() - started };
  } catch (error) {
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The open articles' analyses, each kept by an incremental analyzer so an
 * edit re-reads only what it touched (`createIncrementalAnalyzer`: the same
 * model as a full analysis). A job without a key (a text no editor holds) is
 * analysed once, in full.
 */
export class ArticleAnalyses {
  private readonly byKey = new Map<string, { readonly options: string; readonly analyzer: IncrementalAnalyzer }>();

  analyse(key: string | undefined, job: ArticleJob): ArticleOutcome {
    if (key === undefined) return analyseArticle(job);
    const options = `${job.format} ${job.settings.numberFormat}`;
    let kept = this.byKey.get(key);
    if (kept?.options !== options) {
      kept = { options, analyzer: createIncrementalAnalyzer({ format: job.format, numberFormat: job.settings.numberFormat }) };
      this.byKey.set(key, kept);
    }
    const outcome = analyseArticle(job, (text) => kept.analyzer.update(text));
    // An analyzer that failed half-way may hold half an update: the next one starts afresh.
    if (outcome.kind === 'failed') this.byKey.delete(key);
    return outcome;
  }

  forget(key: string): void {
    this.byKey.delete(key);
  }
}

let compiled: { key: string; matches: (text: string) => boolean } | undefined;

/** The ignore list compiled once per distinct setting, not once per keystroke. */
function ignoreMatcher(entries: readonly string[]): (text: string) => boolean {
  const key = JSON.stringify(entries);
  if (compiled?.key !== key) compiled = { key, matches: compileIgnoreList(entries).matches };
  return compiled.matches;
}

/** The format an LSP language id is read as. */
export function formatOf(languageId: string): SourceFormat {
  return languageId === 'plaintext' ? 'plaintext' : 'markdown';
}
