/**
 * Where the server runs an analysis. `InlineAnalyser` runs it on the
 * server's own thread (the browser server, which is already a worker); the
 * Node server uses a worker thread so it keeps answering while a long article
 * is read (`node/workerAnalyser.ts`).
 */
import { analyseArticle, type ArticleJob, type ArticleOutcome } from './articleAnalysis';

export interface Analyser {
  /**
   * The outcome of a job, or `superseded` when a newer job for the same key
   * (a document's uri) arrived before this one started or finished.
   */
  analyse(key: string, job: ArticleJob): Promise<ArticleOutcome | 'superseded'>;
  dispose(): void;
}

export class InlineAnalyser implements Analyser {
  analyse(_key: string, job: ArticleJob): Promise<ArticleOutcome> {
    return Promise.resolve(analyseArticle(job));
  }

  dispose(): void {
    // Nothing held.
  }
}
