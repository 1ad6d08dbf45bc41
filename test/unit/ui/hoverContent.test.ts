import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import { hoverMarkdown } from '../../../src/ui/hoverContent';
import { escapeMarkdown, MarkdownBuilder } from '../../../src/ui/markdownBuilder';
import { countsLabel } from '../../../src/export/figureText';
import { buildPanelView, GROUP_DISPUTE_LIMIT, GROUP_FIGURE_LIMIT } from '../../../src/extension/panel/panelView';
import { createVerdict, reviewArticle } from '../../../src/review';

const article = [
  'The Interior Ministry said 38 people had died. But the Red Cross put the toll at more than 140.',
  '',
  '“We are counting bodies, not forms,” said Ilse Marrow, the Red Cross coordinator.',
].join('\n');

describe('hover content', () => {
  const analysis = analyze(article);
  const at = (text: string) => hoverMarkdown(analysis, article, article.indexOf(text) + 1, 'file:///a.md')!;

  it('tells a figure’s value, qualifier, source and the competing figures, with links', () => {
    const hover = at('more than 140');
    expect(article.slice(hover.start, hover.end)).toBe('more than 140');
    // The figure as written is not repeated as its value, and the spread keeps its qualifier.
    expect(hover.markdown).toContain('**Figure** “more than 140”\n');
    expect(hover.markdown).toContain('38 vs more than 140');
    expect(hover.markdown).toContain('**Source:** Red Cross');
    expect(hover.markdown).not.toContain('(“the Red Cross”)');
    expect(hover.markdown).toContain('**Contested:** people killed');
    expect(hover.markdown).toContain('*different sources, different values · rule group\\.sources\\-differ*');
    expect(hover.markdown).toMatch(/\[38 — Interior Ministry \\\(line 1\\\)\]\(command:claimlens\.revealRange\?/);
    const args = JSON.parse(decodeURIComponent(/command:claimlens\.revealRange\?([^)]+)\)/.exec(hover.markdown)![1]!));
    expect(article.slice(args.start, args.end)).toMatch(/^(?:the Red Cross put|38)$/);
  });

  it('tells a quote’s speaker and cue', () => {
    const hover = at('We are counting');
    expect(hover.markdown).toContain('**Speaker:** Ilse Marrow');
    expect(hover.markdown).toContain('**Cue:** “said”');
  });

  it('names a plain quote once, without repeating the word', () => {
    expect(at('We are counting').markdown).toMatch(/^\*\*Quote\*\*\n/);
  });

  it('says nothing where there is no figure, quote, cue or speaker', () => {
    expect(hoverMarkdown(analysis, article, article.indexOf('people'), 'file:///a.md')).toBeUndefined();
  });

  it('on a cue or speaker, shows the source, the rule and what is attributed', () => {
    const hover = hoverMarkdown(analysis, article, article.indexOf('said 38'), 'file:///a.md')!;
    expect(hover.markdown).toContain('**Source:** Interior Ministry');
    expect(hover.markdown).toContain('rule cue\\.speech\\-verb');
    expect(hover.markdown).toContain('**38 people had died**');
    expect(article.slice(hover.start, hover.end)).toBe('said');
  });
});

describe('hover wording', () => {
  const hoverOf = (source: string, text: string, nth = 0) => {
    let at = -1;
    for (let i = 0; i <= nth; i++) at = source.indexOf(text, at + 1);
    return hoverMarkdown(analyze(source), source, at + 1, 'file:///b.md')!.markdown;
  };

  it('reads an age as an age of the person it describes', () => {
    const source = '“We waited for hours,” the 62-year-old fisherman Tomas Brel said after the storm.';
    const hover = hoverOf(source, '62-year-old');
    expect(hover).toMatch(/— age 62, [^\n]*Brel/);
    expect(hover).not.toContain('Counts:');
    expect(hover).not.toContain('62 year');
  });

  it('quotes the whole sentence around an attribution with a decimal in it', () => {
    const source = 'The city has set aside $7.5 million for the repairs, Mayor Ada Lund told the council on Monday.';
    // The attributed content is in bold; the decimal point does not end the sentence.
    expect(hoverOf(source, '7.5')).toContain('> **The city has set aside &#36;7\\.5 million for the repairs**, Mayor Ada Lund told the council on Monday\\.');
  });

  it('lists a figure restated in a table once, with the line of each restatement', () => {
    const source = ['The police said 12 people were hurt, while the hospital said at least 30 people were hurt.', '', '| Source | Hurt |', '| --- | --- |', '| Police | 12 |', '| Hospital | at least 30 |'].join('\n');
    const hover = hoverOf(source, '12');
    const competitors = hover.split('\n').filter((line) => line.startsWith('- '));
    expect(competitors).toHaveLength(2);
    expect(competitors.join('\n')).toMatch(/restated on \[line 5\]/);
  });

  it('says who disputes a figure and links to the line', () => {
    const source = 'The union says 4,000 workers joined the strike. Factory manager Rob Eady disputed that figure.';
    const hover = hoverOf(source, '4,000');
    expect(hover).toMatch(/Disputed by Rob Eady\\: \[“disputed that figure” \\\(line 1\\\)\]\(command:claimlens\.revealRange\?/);
  });
});

describe('Markdown escaping', () => {
  it('turns every Markdown and HTML character from the article into text', () => {
    const hostile = '<img src=x onerror=alert(1)> **bold** [link](http://x) `code` # | _x_ \\';
    const escaped = escapeMarkdown(hostile);
    // No raw HTML, and every Markdown character is backslash-escaped.
    expect(escaped).not.toMatch(/[<>]/);
    expect(escaped).not.toMatch(/(?<!\\)[`*_[\]()#|]/);
    expect(escaped).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;');
    expect(new MarkdownBuilder().bold(hostile).toString()).toBe(`**${escaped}**`);
  });

  it('encodes command arguments so a quote cannot end the link', () => {
    const link = new MarkdownBuilder().commandLink('go', 'claimlens.revealRange', { text: ') [x](http://evil)' }).toString();
    expect(link.indexOf(')')).toBe(link.length - 1);
    const encoded = /\?(.*)\)$/.exec(link)![1]!;
    expect(JSON.parse(decodeURIComponent(encoded))).toEqual({ text: ') [x](http://evil)' });
  });
});

describe('panel view', () => {
  it('lists contested groups first and then everyone quoted or cited, by how often', () => {
    const view = buildPanelView(analyze(article), article, { uri: 'file:///a.md', name: 'a.md' }, 3);
    expect(view.kind).toBe('article');
    if (view.kind !== 'article') return;
    expect(view.contested.map((g) => [g.quantity, g.figures.map((f) => [f.text, f.source?.name])])).toEqual([
      ['people killed', [['38', 'Interior Ministry'], ['more than 140', 'Red Cross']]],
    ]);
    expect(view.contested[0]!.spread).toBe('38 vs more than 140 (about 3.7×)');
    expect(view.sources.map((s) => [s.name, s.quotes.length, s.figures.length])).toEqual([['Ilse Marrow', 1, 0]]);
  });

  it('lists a contested group’s first figures and doubts, and counts the rest', () => {
    const log = Array.from({ length: GROUP_FIGURE_LIMIT + 30 }, (_, i) => `Officials say nearly ${6000 + i} people fled; the Red Cross disputes that figure.`).join('\n\n');
    const view = buildPanelView(analyze(log), log, { uri: 'file:///log.md', name: 'log.md' }, 1);
    if (view.kind !== 'article') throw new Error('expected an article');
    const [group] = view.contested;
    expect(view.contested).toHaveLength(1);
    expect(group!.figures.map((f) => f.text)).toEqual(Array.from({ length: GROUP_FIGURE_LIMIT }, (_, i) => `nearly ${6000 + i}`));
    expect(group!.moreFigures).toBe(30);
    expect(group!.disputes).toHaveLength(GROUP_DISPUTE_LIMIT);
    expect(group!.moreDisputes).toBe(GROUP_FIGURE_LIMIT + 30 - GROUP_DISPUTE_LIMIT);
    // The spread is over every figure, listed or not.
    expect(group!.spread).toMatch(/^nearly 6,000 vs nearly 6,079/);
  });

  it('keeps a very long article’s lists short and says how much it left out', () => {
    const long = Array.from({ length: 1200 }, (_, i) => `“We rebuild,” said Ana Ruiz${i}. Officials say ${i + 10} boats sank.`).join('\n\n');
    const view = buildPanelView(analyze(long), long, { uri: 'file:///long.md', name: 'long.md' }, 1);
    if (view.kind !== 'article') throw new Error('expected an article');
    const listed = view.sources.reduce((n, s) => n + s.quotes.length + s.figures.length, 0) + view.unattributedFigures.length + view.unattributedQuotes.length;
    expect(listed + view.contested.reduce((n, g) => n + g.figures.length, 0)).toBe(2000);
    expect(view.omitted).toBe(2400 - listed - view.contested.reduce((n, g) => n + g.figures.length, 0));
  });

  it('does not repeat a figure as its own detail', () => {
    const source = 'Officials say 2,000 people fled. The plan costs $4.2 billion, the mayor said.';
    const view = buildPanelView(analyze(source), source, { uri: 'file:///b.md', name: 'b.md' }, 1);
    if (view.kind !== 'article') throw new Error('expected an article');
    const details = view.sources.flatMap((s) => s.figures.map((f) => [f.text, f.detail]));
    expect(details).toEqual([['$4.2 billion', '4,200,000,000 USD'], ['2,000', 'people fled']]);
  });

  const viewOf = (source: string) => {
    const view = buildPanelView(analyze(source), source, { uri: 'file:///c.md', name: 'c.md' }, 1);
    if (view.kind !== 'article') throw new Error('expected an article');
    return view;
  };

  it('numbers each entry with its line and lists a table restatement on the same row', () => {
    const view = viewOf(['The police said 12 people were hurt, while the hospital said at least 30 people were hurt.', '', '| Source | Hurt |', '| --- | --- |', '| Police | 12 |', '| Hospital | at least 30 |'].join('\n'));
    const rows = view.contested[0]!.figures.map((f) => [f.text, f.line, f.restated.map((r) => r.line)]);
    expect(rows).toEqual([['12', 1, [5]], ['at least 30', 1, [6]]]);
  });

  it('files a shorter name that ends a longer one under the longer, and quotes without a speaker apart', () => {
    const view = viewOf(['Some 300 homes were flooded, according to the regional council. Later the council said 40 roads were shut.', '', '“Nobody told us anything.”'].join('\n'));
    expect(view.sources.map((s) => [s.name, s.figures.length])).toEqual([['regional council', 2]]);
    expect(view.unattributedQuotes.map((q) => q.text)).toEqual(['“Nobody told us anything.”']);
    expect(view.unattributedFigures).toEqual([]);
  });
});

describe('figure wording', () => {
  it('writes a table header as a word of the sentence, not with its capital', () => {
    const source = ['| Town | Missing |', '| --- | --- |', '| Arlo | 14 |'].join('\n');
    const analysis = analyze(source);
    const figure = analysis.claims.find((c) => c.text === '14')!;
    expect(figure.counts).toBe('Missing');
    expect(countsLabel(analysis, figure)).toBe('missing');
  });

  it('lists disputed groups first in the panel, each saying why it was grouped', () => {
    const text = [
      'The port authority said 21 ships ran aground. The Coastguard put the number at 35.',
      '',
      'Ms. Ferrow said 400 crew were evacuated. The harbour master rejected that figure.',
    ].join('\n');
    const view = buildPanelView(analyze(text), text, { uri: 'file:///p.md', name: 'p.md' }, 1);
    if (view.kind !== 'article') throw new Error('expected an article view');
    expect(view.contested.map((g) => g.why)).toEqual(['disputed · rule dispute.verb', 'different sources, different values · rule group.sources-differ']);
  });

  it('lists in the panel a verdict whose text was edited away, with its status, line and note', () => {
    const before = 'The port authority said 21 ships ran aground.\n\nThe harbour reopened on Friday.';
    const first = analyze(before);
    const figure = first.claims.find((c) => c.text === '21')!;
    const verdict = { ...createVerdict(before, first, 'figure', figure.id, { status: 'verified', note: 'Port log, p. 4' })!, id: 'v-21' };
    const after = 'The port authority gave no count.\n\nThe harbour reopened on Friday.';
    const analysis = analyze(after);
    const review = reviewArticle(after, analysis, [verdict]);
    const view = buildPanelView(analysis, after, { uri: 'file:///p.md', name: 'p.md' }, 2, review);
    if (view.kind !== 'article') throw new Error('expected an article view');
    expect(view.orphans).toEqual([{ id: 'v-21', exact: '21', line: 1, status: 'Verified', note: 'Port log, p. 4' }]);
  });
});
