import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import { createVerdict, progressText, reattachVerdict, reviewArticle, reviewProgress, statusOf, uncheckedFigures, updateVerdict, withoutDismissed } from '../../../src/review';

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

  it('puts a verdict on a figure the analysis no longer reports among the orphans, not on a neighbour', () => {
    const verdict = createVerdict(text, analysis, 'figure', claim('12').id, { status: 'verified' }, at)!;
    const cut = text.replace('The storm cost 12 bridges.', 'The storm cost a bridge.');
    const review = reviewArticle(cut, analyze(cut), [verdict]);
    expect(review.orphans).toEqual([verdict]);
    expect(review.byTarget.size).toBe(0);
    expect(reviewProgress(analyze(cut), review).orphans).toBe(1);
  });

  it('hides a figure marked "not a claim" from the figures, the progress and the unchecked list', () => {
    const dismissed = createVerdict(text, analysis, 'figure', claim('12').id, { status: 'not-a-claim' }, at)!;
    const review = reviewArticle(text, analysis, [dismissed]);
    const visible = withoutDismissed(analysis, review);
    expect(visible.claims.map((c) => c.text)).not.toContain('12');
    expect(visible.claims.length).toBe(analysis.claims.length - 1);
    expect(uncheckedFigures(analysis, review).map((c) => c.text)).not.toContain('12');
    expect(reviewProgress(analysis, review)).toMatchObject({ figures: { checked: 0, total: analysis.claims.length - 1 }, hidden: 1 });
  });

  const two = 'The Interior Ministry said 38 people died in the floods. The Red Cross said more than 140 people died in the floods.';
  const three = `${two} The United Nations said 95 people died in the floods.`;
  const dismiss = (article: string, figure: string) => {
    const found = analyze(article);
    const target = found.claims.find((c) => c.text === figure)!;
    return withoutDismissed(found, reviewArticle(article, found, [createVerdict(article, found, 'figure', target.id, { status: 'not-a-claim' }, at)!]));
  };

  it('takes a dismissed figure out of its contested group, and the group goes when one figure is left', () => {
    expect(analyze(three).contested.map((g) => g.claimIds.length)).toEqual([3]);
    const fewer = dismiss(three, '95');
    expect(fewer.contested.map((g) => fewer.claims.filter((c) => g.claimIds.includes(c.id)).map((c) => c.text))).toEqual([['38', 'more than 140']]);
    const none = dismiss(two, 'more than 140');
    expect(none.contested).toEqual([]);
    expect(none.claims.map((c) => [c.text, c.contestedId])).toEqual([['38', null]]);
  });

  it('keeps the figures of a group dismissed as a whole, no longer contested', () => {
    const found = analyze(two);
    const group = found.contested[0]!;
    const review = reviewArticle(two, found, [createVerdict(two, found, 'group', group.id, { status: 'not-a-claim' }, at)!]);
    expect(statusOf(review, group.id)).toBe('not-a-claim');
    const visible = withoutDismissed(found, review);
    expect(visible.contested).toEqual([]);
    expect(visible.claims.map((c) => [c.text, c.contestedId])).toEqual([['38', null], ['more than 140', null]]);
    // Nothing dismissed: the very same analysis.
    expect(withoutDismissed(analysis, reviewArticle(text, analysis, []))).toBe(analysis);
  });
});
