import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../src/core';
import { AnalysisService } from '../../../src/extension/analysisService';
import { DecorationController, spansByKind } from '../../../src/extension/decorations';
import { MARGIN_LINES } from '../../../src/extension/drawWindow';
import { SettingsStore } from '../../../src/extension/settings';
import { inProcessServer, settle } from './inProcessServer';
import { fakeDocument, fakeEditor, mock, window } from './vscodeMock';

const article = 'Officials say 498 people died.\n\n“We will rebuild,” said Mayor Ana Ruiz. The Red Cross says 900 people died.';

describe('spansByKind', () => {
  it('splits figures into plain and contested, and takes speakers and cues from attributions', async () => {
    const analysis = analyze(article);
    const spans = spansByKind(analysis);
    const text = (list: Array<{ start: number; end: number }>) => list.map((s) => article.slice(s.start, s.end));
    expect(text(spans.quotes)).toEqual(['“We will rebuild,”']);
    expect(text(spans.speakers)).toEqual(['Officials', 'Mayor Ana Ruiz', 'The Red Cross']);
    expect(text(spans.cues)).toEqual(['say', 'said', 'says']);
    expect(text(spans.contested)).toEqual(['498', '900']);
    expect(text(spans.claims)).toEqual([]);
  });
});

describe('DecorationController', () => {
  let settings: SettingsStore;
  let service: AnalysisService;

  beforeEach(() => {
    vi.useFakeTimers();
    mock.reset();
    settings = new SettingsStore();
    service = new AnalysisService(settings, inProcessServer());
  });

  afterEach(() => vi.useRealTimers());

  it('converts offsets to line and character positions of the document', async () => {
    const document = fakeDocument(article);
    window.visibleTextEditors = [fakeEditor(document)];
    const controller = new DecorationController(service, settings);
    await settle();
    const editor = window.visibleTextEditors[0] as ReturnType<typeof fakeEditor>;
    const ranges = controller.rangesIn(editor as never)!;
    const quote = ranges.quotes[0]!;
    expect([quote.start.line, quote.start.character, quote.end.line, quote.end.character]).toEqual([2, 0, 2, 18]);
    controller.dispose();
  });

  it('waits for typing to stop: keystrokes within the delay restart the wait, then one analysis runs', async () => {
    const document = fakeDocument(article);
    window.visibleTextEditors = [fakeEditor(document)];
    const controller = new DecorationController(service, settings);
    await settle();
    const analysed = vi.fn();
    service.onDidAnalyze(analysed);
    const runs = () => analysed.mock.calls.length;
    service.invalidate(document as never);
    mock.fireTextChange(document);
    vi.advanceTimersByTime(200);
    mock.fireTextChange(document);
    vi.advanceTimersByTime(200);
    expect(runs()).toBe(0);
    const idle = controller.whenIdle();
    vi.advanceTimersByTime(100);
    await idle;
    expect(runs()).toBe(1);
    controller.dispose();
  });

  it('draws an editor that comes into view, and leaves the ones still showing alone (they may be closing)', async () => {
    const first = fakeEditor(fakeDocument(article));
    const second = fakeEditor(fakeDocument(`${article} More.`));
    window.visibleTextEditors = [first, second];
    const controller = new DecorationController(service, settings);
    await settle();
    const drawn: unknown[] = [];
    first.setDecorations = () => void drawn.push(first);
    second.setDecorations = () => void drawn.push(second);
    // "Close All": VS Code closes both, then reports them gone one at a time.
    mock.fireVisibleEditors([second]);
    mock.fireVisibleEditors([]);
    expect(drawn).toEqual([]);
    const third = fakeEditor(fakeDocument(article));
    third.setDecorations = () => void drawn.push(third);
    mock.fireVisibleEditors([third]);
    await settle();
    expect(drawn.length).toBe(5);
    controller.dispose();
  });

  it('in a long article, draws the lines around what is on screen, and draws again when scrolling nears their edge', async () => {
    const long = Array.from({ length: 900 }, (_, i) => `“We will rebuild,” said Mayor Ana Ruiz${i}, adding that ${1200 + i} homes were damaged.`).join('\n\n');
    const document = fakeDocument(long);
    const editor = fakeEditor(document);
    window.visibleTextEditors = [editor];
    const controller = new DecorationController(service, settings);
    await settle();
    const quoteLines = () => controller.rangesIn(editor as never)!.quotes.map((r) => r.start.line);
    const lines = quoteLines();
    expect(analyze(long).quotes.length).toBe(900);
    // On screen: lines 0-40; drawn: those and MARGIN_LINES below, every other line a paragraph.
    expect(lines[0]).toBe(0);
    expect(Math.max(...lines)).toBeLessThan(40 + MARGIN_LINES + 1);
    expect(lines.length).toBeGreaterThan((40 + MARGIN_LINES) / 2 - 2);
    // A little scrolling is within what is drawn: nothing is redrawn.
    const draws = mock.decorationsSet.length;
    mock.scroll(editor, 60, 100);
    expect(mock.decorationsSet.length).toBe(draws);
    // Far down: the lines around the new screen.
    mock.scroll(editor, 1200, 1240);
    const after = quoteLines();
    expect(Math.min(...after)).toBeGreaterThanOrEqual(1200 - MARGIN_LINES);
    expect(Math.max(...after)).toBeLessThanOrEqual(1240 + MARGIN_LINES + 1);
    expect(after).toContain(1220);
    controller.dispose();
  });

  it('with claimlens.inlineHints on, notes each line with a contested figure at its end', async () => {
    const document = fakeDocument(article);
    const editor = fakeEditor(document);
    const hints: unknown[] = [];
    mock.setConfiguration({ 'claimlens.inlineHints': true });
    await settle();
    window.visibleTextEditors = [editor];
    editor.setDecorations = (_type, options) => void hints.push(...(options as Array<{ renderOptions?: unknown }>).filter((o) => o.renderOptions));
    const controller = new DecorationController(service, settings);
    await settle();
    const texts = hints.map((h) => (h as { range: { start: { line: number; character: number } }; renderOptions: { after: { contentText: string } } }));
    expect(texts.map((h) => [h.range.start.line, h.range.start.character, h.renderOptions.after.contentText])).toEqual([
      [0, 30, 'contested: 498 (Officials) vs 900 (Red Cross)'],
      [2, article.split('\n')[2]!.length, 'contested: 498 (Officials) vs 900 (Red Cross)'],
    ]);
    controller.dispose();
  });

  it('draws nothing from an analysis whose text length differs from the document', async () => {
    const document = fakeDocument(article);
    const editor = fakeEditor(document);
    window.visibleTextEditors = [editor];
    const controller = new DecorationController(service, settings);
    await settle();
    // The document changes but keeps its version number (as a stale cache would see it).
    const changed = { ...document, getText: () => `${article} More text here.` };
    (editor as { document: unknown }).document = changed;
    controller.refreshVisible();
    await settle();
    expect(Object.values(controller.rangesIn(editor as never)!).flat()).toEqual([]);
    controller.dispose();
  });

  it('draws nothing for a language that is not enabled, or when highlights are off', async () => {
    const editor = fakeEditor(fakeDocument(article, 'plaintext'));
    window.visibleTextEditors = [editor];
    const controller = new DecorationController(service, settings);
    await settle();
    expect(Object.values(controller.rangesIn(editor as never)!).flat()).toEqual([]);
    mock.setConfiguration({ 'claimlens.languages': ['markdown', 'plaintext'], 'claimlens.enabled': false });
    await settle();
    expect(Object.values(controller.rangesIn(editor as never)!).flat()).toEqual([]);
    mock.setConfiguration({ 'claimlens.languages': ['markdown', 'plaintext'] });
    await settle();
    expect(controller.rangesIn(editor as never)!.contested).toHaveLength(2);
    controller.dispose();
  });
});
