import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/main';
import { analyze } from '../../../src/core';
import { createVerdict, serializeSidecar, type Verdict } from '../../../src/review';

function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = run(args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env: {} });
  return { code, stdout, stderr };
}

const FIGURES = 'The flood reached Valmora on Tuesday.\n\nOfficials say nearly 6,000 people fled. The ministry put the dead at 38, while the Red Cross said more than 140 had died.\n';

/** Writes an article and a sidecar with verdicts on the figures whose text is given. */
function articleWith(dir: string, name: string, text: string, checked: Record<string, Verdict['status']>, edit?: (t: string) => string): string {
  const file = join(dir, name);
  const analysis = analyze(text);
  const verdicts = Object.entries(checked).map(([figure, status]) => createVerdict(text, analysis, 'figure', analysis.claims.find((c) => c.text === figure)!.id, { status, note: 'checked by phone' })!);
  writeFileSync(file, edit ? edit(text) : text);
  if (verdicts.length) writeFileSync(file.replace(/\.md$/, '.claimlens.json'), serializeSidecar(verdicts));
  return file;
}

function folder() {
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-review-'));
  const done = articleWith(dir, 'done.md', FIGURES, { 'nearly 6,000': 'verified', '38': 'disputed', 'more than 140': 'not-a-claim' });
  const partial = articleWith(dir, 'partial.md', FIGURES, { 'nearly 6,000': 'verified' });
  // The figure checked was rewritten: an orphan, and the new figure is unchecked.
  const orphaned = articleWith(dir, 'orphaned.md', FIGURES, { 'nearly 6,000': 'verified', '38': 'verified', 'more than 140': 'false' }, (t) => t.replace('the dead at 38,', 'the toll at 45 on Wednesday,'));
  return { dir, done, partial, orphaned };
}

describe('claimlens review', () => {
  it('prints each article’s progress and lists orphans', () => {
    const { dir, done, partial, orphaned } = folder();
    const { code, stdout, stderr } = cli(['review', dir]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain(`${done}: 2 of 2 figures checked\n`);
    expect(stdout).toContain(`${partial}: 1 of 3 figures checked\n`);
    expect(stdout).toContain(`${orphaned}: 2 of 3 figures checked, 1 orphaned verdict\n`);
    expect(stdout).toContain('orphaned figure verdict (verified): "38", no longer in the text');
  });

  it('--require-checked exits 1 and names each unchecked figure with its line and column', () => {
    const { dir, done, partial, orphaned } = folder();
    const { code, stderr } = cli(['review', dir, '--require-checked']);
    expect(code).toBe(1);
    expect(stderr).toContain(`${partial}:3:70  "38"\n`);
    expect(stderr).toContain(`${partial}:3:99  "more than 140"\n`);
    expect(stderr).toMatch(new RegExp(`${orphaned.replace(/[.\\/]/g, '\\$&')}:3:\\d+  "45"\\n`));
    expect(stderr).not.toContain(done);
    expect(stderr).toContain('claimlens: 3 figures unchecked in 2 articles');
    expect(cli(['review', done, '--require-checked']).code).toBe(0);
  });

  it('exits 2 for a sidecar that is not JSON, names it, and leaves it untouched', () => {
    const { dir, partial } = folder();
    const sidecar = partial.replace(/\.md$/, '.claimlens.json');
    writeFileSync(sidecar, '{"version": 1, "verdicts": [');
    const { code, stdout, stderr } = cli(['review', dir, '--require-checked']);
    expect(code).toBe(2);
    expect(stderr).toContain(`claimlens: ${sidecar}: is not valid JSON at line 1, column 29: it ends too early; was it cut short? Fix it or delete it; it was left as it is.`);
    expect(readFileSync(sidecar, 'utf8')).toBe('{"version": 1, "verdicts": [');
    // The other articles are still reported.
    expect(stdout).toContain('done.md: 2 of 2 figures checked');
  });

  it('exits 2 for a sidecar from a newer Claimlens', () => {
    const { partial } = folder();
    writeFileSync(partial.replace(/\.md$/, '.claimlens.json'), JSON.stringify({ version: 9, verdicts: [] }));
    const { code, stderr } = cli(['review', partial]);
    expect(code).toBe(2);
    expect(stderr).toContain('was written by a newer Claimlens (verdicts format 9; this one reads 1). Update Claimlens');
  });

  it('reads sidecars in a .claimlens folder too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimlens-review-'));
    const file = articleWith(dir, 'a.md', FIGURES, { '38': 'verified' });
    mkdirSync(join(dir, '.claimlens'));
    writeFileSync(join(dir, '.claimlens', 'a.md.json'), readFileSync(join(dir, 'a.claimlens.json')));
    writeFileSync(join(dir, 'a.claimlens.json'), '');
    // The file beside the article comes first, and an empty one is an error, not "no verdicts".
    expect(cli(['review', file]).code).toBe(2);
  });

  it('prints JSON and ClaimReview', () => {
    const { partial } = folder();
    const record = JSON.parse(cli(['review', partial, '--format', 'json']).stdout);
    expect(record).toMatchObject({ file: partial, figures: { checked: 1, total: 3 }, orphans: [], unchecked: [{ text: '38', line: 3, column: 70 }, { text: 'more than 140' }] });
    const reviews = JSON.parse(cli(['review', partial, '--format', 'claimreview', '--url', 'https://news.example/valmora']).stdout);
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ '@type': 'ClaimReview', url: 'https://news.example/valmora', claimReviewed: 'Officials say nearly 6,000 people fled.', reviewRating: { alternateName: 'Verified', ratingValue: 4 }, itemReviewed: { author: { name: 'Officials' } } });
  });

  it('explains usage errors with exit code 2, and a plain article still works', () => {
    expect(cli(['review']).code).toBe(2);
    expect(cli(['review', '.', '--format', 'csv']).stderr).toContain('unknown format "csv"');
    expect(cli(['review', '--help']).stdout).toContain('Usage: claimlens review');
    const { done } = folder();
    expect(cli([done]).stdout).toContain('3 figures');
  });
});
