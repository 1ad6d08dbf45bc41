import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import { createVerdict, progressText, reattachVerdict, reviewArticle, reviewProgress, statusOf, updateVerdict } from '../../../src/review';

const text = [
  '---',
  'url: https://news.example/valmora',
  'publication: The Valmora Courier',
  'date: 2026-12-01',
  '---',
  '',
  'Officials say nearly 6,000 people fled. The Interior Ministry put the dead at 38, while the Red Cross said more than 140 had died.',
  '',
  '“We will rebuild,” said Mayor Ana Ruiz.',
  '',
  'The storm cost 12 bridges.',
].join('\n');
const analysis = analyze(text);
const claim = (t: string) => analysis.claims.find((c) => c.text === t)!;
const at = new Date('2026-12-02T07:00:00Z');

describe('reviewArticle and progress', () => {
  it('keeps a verdict on its figure after the article is edited around it, and orphans it when the figure is rewritten', () => {
    const verdict = createVerdict(text, analysis, 'figure', claim('38').id, { status: 'verified' }, at)!;
    const moved = text.replace('Officials say', 'After the flood, officials in the capital say');
    const movedAnalysis = analyze(moved);
    const review = reviewArticle(moved, movedAnalysis, [verdict]);
    expect(statusOf(review, movedAnalysis.claims.find((c) => c.text === '38')!.id)).toBe('verified');
    const rewritten = text.replace('dead at 38', 'dead at 41');
    const orphaned = reviewArticle(rewritten, analyze(rewritten), [verdict]);
    expect(orphaned.orphans).toEqual([verdict]);
    expect(progressText(reviewProgress(analyze(rewritten), orphaned))).toBe('0 of 4 figures checked, 1 orphaned verdict');
    // Re-attached to the new figure, it counts again.
    const figure = analyze(rewritten).claims.find((c) => c.text === '41')!;
    const again = reviewArticle(rewritten, analyze(rewritten), [reattachVerdict(verdict, rewritten, figure, at)]);
    expect(statusOf(again, figure.id)).toBe('verified');
  });

  it('lets the later of two verdicts on one figure apply, and an update always counts as later', () => {
    const first = createVerdict(text, analysis, 'figure', claim('38').id, { status: 'verified' }, at)!;
    const second = updateVerdict({ ...first, id: 'other' }, { status: 'false', note: 'The ministry corrected it' }, new Date('2020-01-01'));
    expect(second.updated > first.updated).toBe(true);
    expect(second.note).toBe('The ministry corrected it');
    expect(statusOf(reviewArticle(text, analysis, [second, first]), claim('38').id)).toBe('false');
  });
});
