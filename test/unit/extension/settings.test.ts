import { beforeEach, describe, expect, it } from 'vitest';
import { isValidGlob, readSettings, SettingsStore } from '../../../src/extension/settings';
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
      numberFormat: 'auto',
      updateDelay: 300,
      exclude: '',
      csvBom: false,
      problems: 'contested',
      verdictsLocation: 'beside',
      claimReviewUrl: '',
      claimReviewPublication: '',
    });
  });

  it('reads the ClaimReview address template and publisher, refusing an address that is not http(s)', () => {
    mock.setConfiguration({ 'claimlens.claimReview.url': 'https://news.example/${slug}', 'claimlens.claimReview.publication': ' The Valmora Herald ' });
    expect(readSettings()).toMatchObject({ claimReviewUrl: 'https://news.example/${slug}', claimReviewPublication: 'The Valmora Herald' });
    mock.setConfiguration({ 'claimlens.claimReview.url': 'javascript:alert(1)' });
    expect(readSettings()).toMatchObject({ claimReviewUrl: '' });
  });

  it('reads what the Problems panel lists and where verdicts go, falling back to the defaults for unknown values', () => {
    mock.setConfiguration({ 'claimlens.problems': 'all', 'claimlens.verdicts.location': 'folder' });
    expect(readSettings()).toMatchObject({ problems: 'all', verdictsLocation: 'folder' });
    mock.setConfiguration({ 'claimlens.problems': 'loud', 'claimlens.verdicts.location': 'cloud' });
    const store = new SettingsStore();
    expect(store.value).toMatchObject({ problems: 'contested', verdictsLocation: 'beside' });
    expect(mock.warnings.at(-1)).toMatch(/claimlens\.problems.*claimlens\.verdicts\.location/);
    store.dispose();
  });

  it('reads the number format, and falls back to auto for an unknown one', () => {
    mock.setConfiguration({ 'claimlens.numberFormat': 'de' });
    expect(readSettings().numberFormat).toBe('de');
    mock.setConfiguration({ 'claimlens.numberFormat': 'klingon' });
    const store = new SettingsStore();
    expect(store.value.numberFormat).toBe('auto');
    expect(mock.warnings.at(-1)).toContain('claimlens.numberFormat');
    store.dispose();
  });

  it('turns the size limit from KB into characters', () => {
    mock.setConfiguration({ 'claimlens.maxDocumentSizeKB': 32, 'claimlens.highlight.claims': false });
    const settings = readSettings();
    expect(settings.maxDocumentSize).toBe(32 * 1024);
    expect(settings.highlight.claims).toBe(false);
  });

  it('replaces each bad value (out of range, wrong type, a broken glob) by its default and names them in one warning', () => {
    mock.setConfiguration({
      'claimlens.maxDocumentSizeKB': 2,
      'claimlens.updateDelay': -5,
      'claimlens.enabled': 'yes',
      'claimlens.languages': ['markdown', 'html'],
      'claimlens.exclude': '{drafts/**',
      'claimlens.highlight.quotes': false,
    });
    const store = new SettingsStore();
    expect(store.value).toMatchObject({ maxDocumentSize: 1536 * 1024, updateDelay: 300, enabled: true, languages: ['markdown'], exclude: '', highlight: { quotes: false } });
    expect(mock.warnings).toHaveLength(1);
    for (const key of ['maxDocumentSizeKB (2;', 'updateDelay (-5;', 'enabled ("yes";', 'languages (["markdown","html"];', 'exclude ("{drafts/**";']) expect(mock.warnings[0]).toContain(`claimlens.${key}`);
    expect(mock.warnings[0]).not.toContain('highlight.quotes');
    // The same bad values are not reported again on every change; new ones are.
    mock.setConfiguration({ 'claimlens.maxDocumentSizeKB': 2, 'claimlens.updateDelay': -5, 'claimlens.enabled': 'yes', 'claimlens.languages': ['markdown', 'html'], 'claimlens.exclude': '{drafts/**' });
    expect(mock.warnings).toHaveLength(1);
    mock.setConfiguration({ 'claimlens.updateDelay': Number.NaN });
    expect(store.value.updateDelay).toBe(300);
    expect(mock.warnings).toHaveLength(2);
    expect(mock.warnings[1]).toContain('claimlens.updateDelay (NaN;');
    store.dispose();
  });

  it('escapes a workspace setting that holds a command link before naming it', () => {
    mock.setConfiguration({ 'claimlens.exclude': '[Fix](command:workbench.action.files.newUntitledFile)}' });
    new SettingsStore().dispose();
    expect(mock.warnings[0]).not.toMatch(/\]\(command:/);
  });

  it('accepts globs with brackets and one pair of braces', () => {
    expect(isValidGlob('**/drafts/**')).toBe(true);
    expect(isValidGlob('**/*.{tmp,bak}')).toBe(true);
    expect(isValidGlob('**/[ab]*.md')).toBe(true);
    expect(isValidGlob('**/{a,{b,c}}')).toBe(false);
    expect(isValidGlob('**/[ab*.md')).toBe(false);
    expect(isValidGlob('a}')).toBe(false);
  });

  it('falls back to the full highlight style for an unknown one', () => {
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
