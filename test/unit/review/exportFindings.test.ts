import Ajv2020 from 'ajv/dist/2020';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import { EXPORTERS, type ArticleExport } from '../../../src/export';
import { articleUrl, createVerdict, reviewArticle, withoutDismissed, type Verdict } from '../../../src/review';

const text = [
  '# Port strike',
  '',
  'The dockworkers’ union said 4,200 workers joined the strike. The port authority said only 900 workers had stopped work.',
  '',
  '“We have shut the port down,” said Mara Lind, the union’s general secretary.',
  '',
  'The strike has cost shippers about $12 million so far, according to the chamber of commerce.',
  '',
].join('\n');
const analysis = analyze(text);
const at = new Date('2026-12-02T07:00:00Z');
const id = (t: string) => analysis.claims.find((c) => c.text === t)!.id;

/** The article with verdicts, as the extension exports it: the dismissed figure left out. */
function reviewed(verdicts: Verdict[]): ArticleExport {
  const review = reviewArticle(text, analysis, verdicts);
  return { file: 'strike.md', uri: 'file:///newsroom/strike.md', text, analysis: withoutDismissed(analysis, review), review };
}

const article = reviewed([
  createVerdict(text, analysis, 'figure', id('4,200'), { status: 'verified', note: 'Union roll call', evidence: 'https://union.example/roll' }, at)!,
  createVerdict(text, analysis, 'figure', id('only 900'), { status: 'disputed', note: 'The authority counts shifts, not workers' }, at)!,
  createVerdict(text, analysis, 'quote', analysis.quotes[0]!.id, { status: 'false' }, at)!,
  createVerdict(text, analysis, 'figure', id('about $12 million'), { status: 'not-a-claim' }, at)!,
]);

describe('exports with verdicts', () => {
  it('JSON: lists each verdict with what it is on, and validates against the schema', () => {
    const value = JSON.parse(EXPORTERS.json.export([article]));
    const schema = JSON.parse(readFileSync(join(__dirname, '../../../schema/claimlens.schema.json'), 'utf8'));
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
    expect(value.verdicts.map((v: { exact: string; status: string; targetId: string }) => [v.exact, v.status, v.targetId])).toEqual([
      ['4,200', 'verified', id('4,200')],
      ['only 900', 'disputed', id('only 900')],
      ['“We have shut the port down,”', 'false', analysis.quotes[0]!.id],
      ['about $12 million', 'not-a-claim', id('about $12 million')],
    ]);
    expect(value.verdicts[0]).toMatchObject({ note: 'Union roll call', evidence: 'https://union.example/roll', changed: false });
    // The dismissed figure is not among the claims.
    expect(value.claims.map((c: { text: string }) => c.text)).not.toContain('about $12 million');
  });

  it('CSV: status, note and evidence in the last columns; unchecked where there is no verdict', () => {
    const rows = parse(EXPORTERS.csv.export([article]), { columns: true }) as Array<Record<string, string>>;
    const row = (t: string) => rows.find((r) => r.text === t)!;
    expect(row('4,200')).toMatchObject({ status: 'verified', note: 'Union roll call', evidence: 'https://union.example/roll' });
    expect(row('only 900')).toMatchObject({ status: 'disputed', note: 'The authority counts shifts, not workers', evidence: '' });
    expect(row('“We have shut the port down,”')).toMatchObject({ status: 'false' });
    expect(rows.find((r) => r.text === 'about $12 million')).toBeUndefined();
    // Without verdicts, the columns stay empty.
    const plain = parse(EXPORTERS.csv.export([{ ...article, analysis, review: undefined }]), { columns: true }) as Array<Record<string, string>>;
    expect(plain.every((r) => r.status === '' && r.note === '' && r.evidence === '')).toBe(true);
  });

  it('Markdown: ticks what was checked, with the finding, note and evidence', () => {
    const report = EXPORTERS.markdown.export([article], { generatedAt: at });
    expect(report).toContain('**2 of 2 figures checked**');
    expect(report).toMatch(/- \[x\] \*\*4,200\*\*.* — \*\*Verified\*\*: Union roll call · evidence: `https:\/\/union\.example\/roll`/);
    expect(report).toMatch(/- \[x\] \*\*only 900\*\*.* — \*\*Disputed\*\*: The authority counts shifts, not workers/);
    expect(report).toMatch(/- \[x\] “We have shut the port down,” — line 5 — \*\*False\*\*/);
    expect(report).not.toContain('12 million');
  });

  it('W3C: an assessing body with the status, a comment with the note, a link to the evidence', () => {
    const items = JSON.parse(EXPORTERS.w3c.export([article], { generatedAt: at })).first.items as Array<{ id: string; body: Array<Record<string, string>> }>;
    const bodies = items.find((a) => a.id.endsWith(`#claimlens-${id('4,200')}`))!.body;
    expect(bodies).toContainEqual({ type: 'TextualBody', purpose: 'assessing', value: 'Fact-check: Verified', format: 'text/plain' });
    expect(bodies).toContainEqual({ type: 'TextualBody', purpose: 'commenting', value: 'Union roll call', format: 'text/plain' });
    expect(bodies).toContainEqual({ type: 'SpecificResource', purpose: 'linking', source: 'https://union.example/roll' });
    const unchecked = JSON.parse(EXPORTERS.w3c.export([{ ...article, review: undefined }], { generatedAt: at })).first.items as Array<{ body: Array<Record<string, string>> }>;
    expect(unchecked.flatMap((a) => a.body).filter((b) => b.purpose === 'assessing')).toEqual([]);
  });

  it('HTML: a fact-check table and a mark on each checked span, still without links or scripts', () => {
    const html = EXPORTERS.html.export([article], { generatedAt: at });
    expect(html).toContain('<h2>Fact-check</h2>');
    expect(html).toContain('2 of 2 figures checked');
    expect(html).toMatch(/<td>4,200<\/td><td class="v-verified">Verified<\/td><td>Union roll call<\/td><td>https:\/\/union\.example\/roll<\/td>/);
    expect(html).toMatch(/<span class="contested v-verified"[^>]*>4,200<\/span>/);
    expect(html).toMatch(/title="[^"]*Disputed: The authority counts shifts, not workers"/);
    expect(html).not.toMatch(/<script|src=|href=|@import/i);
  });
});

describe('the ClaimReview address of an article', () => {
  it('fills a template with the file name, and gives none without a template', () => {
    expect(articleUrl('https://news.example/2026/${slug}', '/work/desk/harbour strike.md')).toBe('https://news.example/2026/harbour%20strike');
    expect(articleUrl('https://news.example/${slug}.html', 'C:\\desk\\valmora-floods.markdown')).toBe('https://news.example/valmora-floods.html');
    expect(articleUrl('https://news.example/latest', 'a.md')).toBe('https://news.example/latest');
    expect(articleUrl('', 'a.md')).toBeUndefined();
  });
});
