import { describe, expect, it } from 'vitest';
import * as vscode from 'vscode';
import { analyze } from '../../../src/core';
import type { AnalysisService } from '../../../src/extension/analysisService';
import { SettingsStore } from '../../../src/extension/settings';
import { StatusBar } from '../../../src/extension/statusBar';
import { fakeDocument } from './vscodeMock';

/** A status bar over one open article, with a stand-in for the analysis service. */
function statusFor(text: string): StatusBar {
  const document = fakeDocument(text);
  (vscode.window as { activeTextEditor: unknown }).activeTextEditor = { document };
  const analysis = analyze(text);
  const service = {
    isAnalysable: () => true,
    peek: () => ({ kind: 'ok', version: 1, analysis, milliseconds: 3 }),
    get: () => ({ kind: 'ok', version: 1, analysis, milliseconds: 3 }),
    onDidAnalyze: new vscode.EventEmitter<unknown>().event,
  } as unknown as AnalysisService;
  return new StatusBar(service, new SettingsStore());
}

describe('status bar', () => {
  it('counts quotes, figures and contested figures of an English article', () => {
    expect(statusFor('The ministry said 38 people died. “We are counting,” said Ilse Marrow.').text).toBe('$(quote) 1 quote · 1 figure · 0 contested');
  });

  it('says so when the article is clearly not English', () => {
    const german = 'Die Regierung hat am Montag mitgeteilt, dass die Zahl der Toten auf 4.500 gestiegen ist und dass die Hilfe nicht ausreicht. Es ist eine der schwersten Katastrophen, die das Land je erlebt hat, und die Menschen sind sehr besorgt.';
    expect(statusFor(german).text).toBe('$(globe) Claimlens: not English');
  });
});

describe('status bar while the language server reads an edit', () => {
  it('keeps the last counts with a spinning icon until the new analysis arrives', () => {
    const text = 'The ministry said 38 people died.';
    const document = fakeDocument(text);
    (vscode.window as { activeTextEditor: unknown }).activeTextEditor = { document };
    const analysis = analyze(text);
    let cached: unknown = { kind: 'ok', version: 1, analysis, milliseconds: 3 };
    const analysed = new vscode.EventEmitter<{ document: unknown }>();
    const service = {
      isAnalysable: () => true,
      peek: () => cached,
      get: () => new Promise(() => undefined),
      onDidAnalyze: analysed.event,
    } as unknown as AnalysisService;
    const bar = new StatusBar(service, new SettingsStore());
    expect(bar.text).toBe('$(quote) 0 quotes · 1 figure · 0 contested');
    cached = undefined;
    bar.update();
    expect(bar.text).toBe('$(sync~spin) 0 quotes · 1 figure · 0 contested');
    cached = { kind: 'ok', version: 2, analysis: analyze('The ministry said 38 people died and 12 fled.'), milliseconds: 3 };
    analysed.fire({ document });
    expect(bar.text).toBe('$(quote) 0 quotes · 2 figures · 0 contested');
  });
});
