import { beforeEach, describe, expect, it } from 'vitest';
import { readSettings, SettingsStore } from '../../../src/extension/settings';
import { mock } from './vscodeMock';

describe('settings', () => {
  beforeEach(() => mock.reset());

  it('reads defaults that mirror package.json', () => {
    expect(readSettings()).toEqual({
      enabled: true,
      highlight: { quotes: true, speakers: true, cues: true, claims: true, contested: true },
      highlightStyle: 'full',
      inlineHints: false,
      ignore: [],
      languages: ['markdown'],
      maxDocumentSize: 1536 * 1024,
      updateDelay: 300,
      exclude: '',
      csvBom: false,
    });
  });

  it('turns the size limit from KB into characters and clamps out-of-range values', () => {
    mock.setConfiguration({ 'claimlens.maxDocumentSizeKB': 2, 'claimlens.updateDelay': -5, 'claimlens.highlight.claims': false });
    const settings = readSettings();
    expect(settings.maxDocumentSize).toBe(16 * 1024);
    expect(settings.updateDelay).toBe(0);
    expect(settings.highlight.claims).toBe(false);
    mock.setConfiguration({ 'claimlens.updateDelay': Number.NaN });
    expect(readSettings().updateDelay).toBe(0);
    mock.setConfiguration({ 'claimlens.highlight.style': 'sparkly' });
    expect(readSettings().highlightStyle).toBe('full');
    mock.setConfiguration({ 'claimlens.highlight.style': 'minimal' });
    expect(readSettings().highlightStyle).toBe('minimal');
  });

  it('re-reads and notifies only when a claimlens setting changes', () => {
    const store = new SettingsStore();
    const seen: number[] = [];
    store.onDidChange((s) => seen.push(s.updateDelay));
    mock.setConfiguration({ 'claimlens.updateDelay': 50 }, 'editor.fontSize');
    expect(seen).toEqual([]);
    expect(store.value.updateDelay).toBe(300);
    mock.setConfiguration({ 'claimlens.updateDelay': 50 }, 'claimlens.updateDelay');
    expect(seen).toEqual([50]);
    expect(store.value.updateDelay).toBe(50);
    store.dispose();
  });
});
