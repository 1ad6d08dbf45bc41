// The pure parts of the fact-check in VS Code: targets, recording findings, problems, marks, command arguments.
import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import { cleanArgs } from '../../../src/extension/verdictCommands';
import { articleProblems } from '../../../src/extension/problemList';
import { statusSpans } from '../../../src/extension/verdictDecorations';
import { evidenceProblem, targetAt } from '../../../src/ui/verdictTargets';
import { exportClaimReviews, recordFinding, reviewArticle, withoutDismissed, type Verdict } from '../../../src/review';

const text = [
  '---',
  'url: https://news.example/valmora',
  'publication: The Valmora Courier',
  '---',
  '',
  'Officials say nearly 6,000 people fled. The Interior Ministry said 38 people died in the floods. The Red Cross said more than 140 people died in the floods.',
  '',
  '“We will rebuild,” said Mayor Ana Ruiz. The storm cost 12 bridges.',
  '',
  '“It is not over, said a resident.',
].join('\n');
const analysis = analyze(text);
const claim = (t: string) => analysis.claims.find((c) => c.text === t)!;
const at = new Date('2026-12-02T07:00:00Z');

/** The verdicts after recording findings one by one, as the commands do. */
function record(findings: Array<[kind: 'figure' | 'quote' | 'group', id: string, status: Verdict['status'], note?: string]>): Verdict[] {
  let verdicts: readonly Verdict[] = [];
  for (const [kind, id, status, note] of findings) verdicts = recordFinding(verdicts, reviewArticle(text, analysis, verdicts), text, analysis, kind, id, { status, note }, at);
  return [...verdicts];
}

describe('targets at the cursor', () => {
  it('finds the figure, else the quote, else the contested group of the figure there', () => {
    expect(targetAt(analysis, claim('38').start + 1)).toMatchObject({ kind: 'figure', id: claim('38').id, label: '“38” (Interior Ministry)' });
    // Just after a figure still counts: the cursor often sits there after a double-click.
    expect(targetAt(analysis, claim('38').end)?.id).toBe(claim('38').id);
    const quote = analysis.quotes.find((q) => q.text.startsWith('“We will'))!;
    expect(targetAt(analysis, quote.start + 3)).toMatchObject({ kind: 'quote', id: quote.id });
    expect(targetAt(analysis, claim('more than 140').start, 'group')).toMatchObject({ kind: 'group', id: claim('38').contestedId });
    expect(targetAt(analysis, claim('12').start, 'group')).toBeUndefined();
    expect(targetAt(analysis, text.indexOf('Officials'))).toBeUndefined();
  });
});

describe('recording a finding', () => {
  it('creates a verdict, then updates the same one', () => {
    const verdicts = record([
      ['figure', claim('38').id, 'disputed', 'The ministry counts only bodies recovered'],
      ['figure', claim('38').id, 'false'],
    ]);
    expect(verdicts).toHaveLength(1);
    expect(verdicts[0]).toMatchObject({ status: 'false', note: 'The ministry counts only bodies recovered', anchor: { exact: '38' } });
  });

  it('leaves the list as it is for an id the analysis does not have', () => {
    const verdicts = record([['figure', claim('12').id, 'verified']]);
    expect(recordFinding(verdicts, reviewArticle(text, analysis, verdicts), text, analysis, 'figure', 'c999', { status: 'verified' })).toBe(verdicts);
  });
});

describe('the Problems panel', () => {
  const problems = (verdicts: Verdict[], level: 'off' | 'contested' | 'all') => {
    const review = reviewArticle(text, analysis, verdicts);
    return articleProblems(withoutDismissed(analysis, review), review, level).map((p) => [p.code, text.slice(p.start, p.end)]);
  };

  it('lists contested figures and unclosed quotes by default, and nothing when off', () => {
    expect(problems([], 'contested')).toEqual([
      ['contested-figure', '38'],
      ['contested-figure', 'more than 140'],
      ['unclosed-quote', '“It is not over, said a resident.'],
    ]);
    expect(problems([], 'off')).toEqual([]);
  });

  it('lists only the first problems in reading order when asked for fewer (VS Code shows 1,000 of a file)', () => {
    const review = reviewArticle(text, analysis, []);
    const all = articleProblems(withoutDismissed(analysis, review), review, 'all');
    expect(all.length).toBeGreaterThan(3);
    expect(articleProblems(withoutDismissed(analysis, review), review, 'all', 2)).toEqual(all.slice(0, 2));
  });

  it('turns a checked contested figure into its finding: disputed and false stay listed, verified goes', () => {
    const verdicts = record([
      ['figure', claim('38').id, 'verified'],
      ['figure', claim('more than 140').id, 'false', 'The Red Cross withdrew it'],
    ]);
    expect(problems(verdicts, 'contested')).toEqual([
      ['false', 'more than 140'],
      ['unclosed-quote', '“It is not over, said a resident.'],
    ]);
    const review = reviewArticle(text, analysis, verdicts);
    expect(articleProblems(analysis, review, 'contested').find((p) => p.code === 'false')!.message).toBe('Figure “more than 140” checked: false: The Red Cross withdrew it');
  });

  it('with "all", also every unchecked figure and every finding that needs a source; a dismissed one is never listed', () => {
    const verdicts = record([
      ['figure', claim('12').id, 'needs-source'],
      ['figure', claim('nearly 6,000').id, 'not-a-claim'],
    ]);
    expect(problems(verdicts, 'all')).toEqual([
      ['contested-figure', '38'],
      ['contested-figure', 'more than 140'],
      ['needs-source', '12'],
      ['unclosed-quote', '“It is not over, said a resident.'],
    ]);
    expect(problems([], 'all').filter(([code]) => code === 'unchecked-figure').map(([, t]) => t)).toEqual(['nearly 6,000', '12']);
  });
});

describe('finding marks in the editor', () => {
  it('marks each figure and quote with its own finding, and a group finding on its figures without one', () => {
    const quote = analysis.quotes.find((q) => q.text.startsWith('“We will'))!;
    const verdicts = record([
      ['group', claim('38').contestedId!, 'disputed'],
      ['figure', claim('38').id, 'verified'],
      ['quote', quote.id, 'false'],
      ['figure', claim('12').id, 'unchecked'],
    ]);
    const review = reviewArticle(text, analysis, verdicts);
    const marks = statusSpans(analysis, review);
    const shown = Object.fromEntries(Object.entries(marks).map(([status, spans]) => [status, spans.map((s) => text.slice(s.start, s.end))]));
    expect(shown).toEqual({ verified: ['38'], disputed: ['more than 140'], false: ['“We will rebuild,”'], 'needs-source': [] });
  });
});

describe('command arguments from links and menus', () => {
  it('keeps only fields of the right type', () => {
    expect(cleanArgs({ uri: 'file:///a.md', offset: 12, target: 'group', status: 'verified', note: 'n', evidence: 'https://e', webview: 'claimlens.panel' })).toEqual({ uri: 'file:///a.md', offset: 12, target: 'group', status: 'verified', note: 'n', evidence: 'https://e' });
    expect(cleanArgs({ uri: 5, offset: -1, target: 'sentence', status: 'true', note: {} })).toEqual({});
    expect(cleanArgs('claimlens.markVerified')).toEqual({});
    expect(cleanArgs(undefined)).toEqual({});
  });

  it('takes an evidence link with its scheme, or nothing', () => {
    expect(evidenceProblem('')).toBeUndefined();
    expect(evidenceProblem('https://example.org/report.pdf')).toBeUndefined();
    expect(evidenceProblem('doi:10.1000/182')).toBeUndefined();
    expect(evidenceProblem('the ministry website')).toMatch(/scheme/);
  });
});

describe('ClaimReview', () => {
  it('matches the shipped JSON-LD shape, with the note and evidence as review body and citation', () => {
    const verdicts = record([
      ['figure', claim('38').id, 'verified'],
      ['figure', claim('more than 140').id, 'false', 'The Red Cross withdrew it'],
      ['figure', claim('12').id, 'needs-source'],
      ['figure', claim('nearly 6,000').id, 'not-a-claim'],
    ]);
    const withEvidence = verdicts.map((v) => (v.anchor.exact === '38' ? { ...v, evidence: 'https://ministry.example/toll' } : v));
    const review = reviewArticle(text, analysis, withEvidence);
    const reviews = JSON.parse(exportClaimReviews([{ file: 'a.md', uri: 'file:///a.md', text, analysis, review }]));
    const schema = JSON.parse(readFileSync(join(__dirname, '../../../schema/claimreview.schema.json'), 'utf8'));
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    expect(validate(reviews), JSON.stringify(validate.errors)).toBe(true);
    expect(reviews.map((r: { reviewRating: { alternateName: string } }) => r.reviewRating.alternateName)).toEqual(['Verified', 'False', 'Needs source']);
    expect(reviews[0]).toMatchObject({ url: 'https://news.example/valmora', citation: 'https://ministry.example/toll', author: { name: 'The Valmora Courier' } });
    expect(reviews[1]).toMatchObject({ reviewBody: 'The Red Cross withdrew it' });
    // The schema is not vacuous.
    expect(validate([{ ...reviews[0], reviewRating: { ...reviews[0].reviewRating, ratingValue: 5 } }])).toBe(false);
  });

  it('takes the address and publisher from the front matter first, then from the template and default', () => {
    const review = reviewArticle(text, analysis, record([['figure', claim('38').id, 'verified']]));
    const options = { urlTemplate: 'https://desk.example/${slug}', defaultPublication: 'Desk Daily' };
    const [fromFrontMatter] = JSON.parse(exportClaimReviews([{ file: 'drafts/a.md', uri: 'file:///drafts/a.md', text, analysis, review }], options));
    expect(fromFrontMatter).toMatchObject({ url: 'https://news.example/valmora', author: { name: 'The Valmora Courier' } });
    const bare = text.replace(/^---[\s\S]*?---\n/, '');
    const bareAnalysis = analyze(bare);
    // The same verdict, re-anchored on the text without its front matter.
    const bareReview = reviewArticle(bare, bareAnalysis, record([['figure', claim('38').id, 'verified']]));
    expect(bareReview.placed).toHaveLength(1);
    const [fromSettings] = JSON.parse(exportClaimReviews([{ file: 'drafts/a.md', uri: 'file:///drafts/a.md', text: bare, analysis: bareAnalysis, review: bareReview }], options));
    expect(fromSettings).toMatchObject({ url: 'https://desk.example/a', author: { name: 'Desk Daily' } });
  });
});
