import { beforeEach, describe, expect, it } from 'vitest';
import type { AnalysisResult, AnalysisService } from '../../../src/extension/analysisService';
import { SizeLimitNotice } from '../../../src/extension/sizeLimitNotice';
import { EventEmitter, fakeDocument, fakeEditor, mock, window } from './vscodeMock';

function fakeService(results: Map<unknown, AnalysisResult>) {
  const analyzed = new EventEmitter<{ document: unknown; result: AnalysisResult }>();
  const service = { onDidAnalyze: analyzed.event, peek: (document: unknown) => results.get(document) };
  return { service: service as unknown as AnalysisService, analyzed };
}

describe('size-limit notice', () => {
  beforeEach(() => mock.reset());

  it('warns about a document analysed before it was created (open at activation), once', () => {
    const document = fakeDocument('x');
    const tooLarge: AnalysisResult = { kind: 'too-large', version: 1, size: 3 * 1024 * 1024, limit: 1024 * 1024 };
    window.visibleTextEditors = [fakeEditor(document)];
    const { service, analyzed } = fakeService(new Map([[document, tooLarge]]));
    const notice = new SizeLimitNotice(service);
    expect(mock.warnings).toHaveLength(1);
    expect(mock.warnings[0]).toContain('3.0 MB, over the 1.0 MB limit');
    analyzed.fire({ document, result: tooLarge });
    expect(mock.warnings).toHaveLength(1);
    notice.dispose();
  });

  it('says nothing for an open document within the limit', () => {
    const document = fakeDocument('x');
    window.visibleTextEditors = [fakeEditor(document)];
    const { service } = fakeService(new Map([[document, { kind: 'failed', version: 1, message: 'x' } as AnalysisResult]]));
    new SizeLimitNotice(service).dispose();
    expect(mock.warnings).toEqual([]);
  });
});
