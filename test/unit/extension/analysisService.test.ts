import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import { AnalysisService, type AnalysisTransport } from '../../../src/extension/analysisService';
import { SettingsStore } from '../../../src/extension/settings';
import { inProcessServer } from './inProcessServer';
import { fakeDocument, mock } from './vscodeMock';

const paragraph = (i: number) => `“We will rebuild,” said Mayor Ana Ruiz${i}, adding that ${1200 + i} homes were damaged.\n\n`;

describe('the analysis service', () => {
  let server: AnalysisTransport;
  let asked: Array<number | undefined>;
  let service: AnalysisService;

  beforeEach(() => {
    mock.reset();
    const inner = inProcessServer();
    asked = [];
    server = {
      analyse: (params) => (asked.push(params.have), inner.analyse(params)),
      analyseText: (params) => inner.analyseText(params),
    };
    service = new AnalysisService(new SettingsStore(), server);
  });

  afterEach(() => service.dispose());

  it('after an edit, asks for the difference from the analysis it holds and rebuilds the whole analysis from it', async () => {
    const text = Array.from({ length: 12 }, (_, i) => paragraph(i)).join('');
    const document = fakeDocument(text);
    const first = await service.get(document as never);
    expect(first.kind === 'ok' && first.analysis).toEqual(analyze(text));
    const at = text.indexOf('\n\n', text.length / 2) + 2;
    const edited = `${text.slice(0, at)}Officials say 40 people fled.\n\n${text.slice(at)}`;
    document.replaceText(edited);
    const second = await service.get(document as never);
    expect(asked).toEqual([undefined, 1]);
    expect(second.version).toBe(2);
    expect(second.kind === 'ok' && second.analysis).toEqual(JSON.parse(JSON.stringify(analyze(edited))));
  });

  it('fails the version, not silently, when the server answers against a version it does not hold', async () => {
    const document = fakeDocument(paragraph(1));
    await service.get(document as never);
    const wrong = await new AnalysisService(new SettingsStore(), {
      analyse: async ({ version }) => ({ kind: 'delta', version, base: 99, delta: { ...analyze(''), quotes: { head: 0, tail: 0, middle: [] }, attributions: { head: 0, tail: 0, middle: [] }, claims: { head: 0, tail: 0, middle: [] }, contested: { head: 0, tail: 0, middle: [] } }, milliseconds: 1 }),
      analyseText: server.analyseText,
    }).get(document as never);
    expect(wrong.kind === 'failed' && wrong.message).toMatch(/version 99/);
  });

  it('asks for the whole analysis when a delta does not fit the one it holds', async () => {
    const document = fakeDocument(paragraph(1) + paragraph(2));
    const misfit = { ...analyze(''), quotes: { head: 50, tail: 0, middle: [] }, attributions: { head: 0, tail: 0, middle: [] }, claims: { head: 0, tail: 0, middle: [] }, contested: { head: 0, tail: 0, middle: [] } };
    const service = new AnalysisService(new SettingsStore(), {
      analyse: async (params) => (params.have === undefined ? server.analyse(params) : { kind: 'delta', version: params.version, base: params.have, delta: misfit, milliseconds: 1 }),
      analyseText: server.analyseText,
    });
    await service.get(document as never);
    document.replaceText(paragraph(3));
    const again = await service.get(document as never);
    expect(again.kind === 'ok' && again.analysis).toEqual(JSON.parse(JSON.stringify(analyze(paragraph(3)))));
    expect(asked).toEqual([undefined, undefined]);
  });
});
