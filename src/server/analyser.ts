/**
 * Where the server runs an analysis. `InlineAnalyser` runs it on the
 * server's own thread (the browser server, which is already a worker); the
 * Node server uses a worker thread so it keeps answering while a long article
 * is read (`node/workerAnalyser.ts`).
 */
import type { Analysis } from '../core';
import type { AnalysisDelta } from '../protocol/analysisDelta';
import { ArticleAnalyses, type ArticleJob, type ArticleOutcome } from './articleAnalysis';

export interface Analyser {
  /**
   * The outcome of a job, or `superseded` when a newer job for the same key
   * (a document's uri) arrived before this one started or finished. Jobs of
   * one key are read incrementally; a job without a key in full, once.
   */
  analyse(key: string | undefined, job: ArticleJob): Promise<ArticleOutcome | 'superseded'>;
  /** Lets go of what is kept for a document (it was closed). */
  forget(key: string): void;
  /**
   * How an analysis it gave arrived, when it came as the difference from the
   * one before it (the worker sends it so): the server passes that delta on to
   * a client that holds the same one, instead of working it out again.
   */
  arrivedAs?(analysis: Analysis): { readonly base: Analysis; readonly delta: AnalysisDelta } | undefined;
  dispose(): void;
}

export class InlineAnalyser implements Analyser {
  private readonly analyses = new ArticleAnalyses();

  analyse(key: string | undefined, job: ArticleJob): Promise<ArticleOutcome> {
    return Promise.resolve(this.analyses.analyse(key, job));
  }

  forget(key: string): void {
    this.analyses.forget(key);
  }

  dispose(): void {
    // Nothing held.
  }
}
