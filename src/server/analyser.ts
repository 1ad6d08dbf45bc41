/**
 * Where the server runs an analysis. `InlineAnalyser` runs it on the
 * server's own thread (the browser server, which is already a worker); the
 * Node server uses a worker thread so it keeps answering while a long article
 * is read (`node/workerAnalyser.ts`).
 */
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
