import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import { DEFAULT_SERVER_SETTINGS } from '../../../src/protocol/analysis';
import { ArticleAnalyses, type ArticleJob } from '../../../src/server/articleAnalysis';
import { FLOOD_ARTICLE } from './floodArticle';

const job = (text: string, numberFormat: ArticleJob['settings']['numberFormat'] = 'auto'): ArticleJob => ({ text, format: 'markdown', settings: { ...DEFAULT_SERVER_SETTINGS, numberFormat } });

describe("the server's analyses of open articles", () => {
  it('reads each edit of a document incrementally and gives what a full analysis gives', () => {
    const analyses = new ArticleAnalyses();
    let text = FLOOD_ARTICLE;
    for (const edit of ['Rain fell for 3 days.\n\n', '“It is over,” said Ana Ruiz. ', 'Officials counted 4,500 homes. ']) {
      text = text.replace('The Interior', `${edit}The Interior`);
      const outcome = analyses.analyse('file:///flood.md', job(text));
      expect(outcome.kind === 'ok' && outcome.analysis).toEqual(analyze(text));
    }
  });

  it('starts afresh when the number format changes, and keeps documents apart', () => {
    const analyses = new ArticleAnalyses();
    const german = 'Die Behörde meldete 4.500 Tote.';
    analyses.analyse('file:///a.md', job(german));
    const outcome = analyses.analyse('file:///a.md', job(german, 'de'));
    expect(outcome.kind === 'ok' && outcome.analysis).toEqual(analyze(german, { numberFormat: 'de' }));
    const other = analyses.analyse('file:///b.md', job(FLOOD_ARTICLE));
    expect(other.kind === 'ok' && other.analysis).toEqual(analyze(FLOOD_ARTICLE));
  });
});
