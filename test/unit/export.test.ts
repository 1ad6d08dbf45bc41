import Ajv2020 from 'ajv/dist/2020';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';
import { EXPORTERS, isClaimlensReport, type ArticleExport } from '../../src/export';
import { codePointMapper } from '../../src/export/positions';

const generatedAt = new Date('2026-11-25T12:00:00Z');

function article(file: string, text: string): ArticleExport {
  return { file, uri: `file:///newsroom/${file}`, text, analysis: analyze(text) };
}

const strike = article(
  'strike.md',
  [
    '---',
    'title: Port strike enters second week',
    'date: 2026-09-03',
    '---',
    '',
    'The dockworkers’ union said 4,200 workers joined the strike. The port authority said only 900 workers had stopped work.',
    '',
    '“We have shut the port down,” said Mara Lind, the union’s general secretary.',
    '',
    'The strike has cost shippers about $12 million so far, according to the chamber of commerce.',
    '',
  ].join('\n'),
);

// Everything an exporter must escape: markup, separators, quotes, line breaks, formula starts, emoji.
const hostile = article(
  'hostile.md',
  [
    '# Hostile </script> & "report", with | pipes',
    '',
    '“=HYPERLINK(""x""), <img src=x onerror=alert(1)>,\nstill quoted,” said Ana Ruiz, adding that -40 was *not* the figure.',
    '',
    '🌊🌊 Officials say 5,000 people fled, but the Red Cross says 900 people fled.',
    '',
  ].join('\n'),
);

const schema = JSON.parse(readFileSync(join(__dirname, '../../schema/claimlens.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

describe('exact output', () => {
  it.each(['json', 'csv', 'w3c'] as const)('%s matches the recorded export of a fixture article', (format) => {
    expect(EXPORTERS[format].export([strike], { generatedAt })).toMatchSnapshot();
  });
});

describe('JSON export', () => {
  it('validates against the shipped JSON Schema, for one article and for several', () => {
    for (const articles of [[strike], [hostile], [strike, hostile]]) {
      const value = JSON.parse(EXPORTERS.json.export(articles));
      expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('is versioned and keeps every claim', () => {
    const value = JSON.parse(EXPORTERS.json.export([strike]));
    expect(value.schema).toBe(1);
    expect(value.file).toBe('strike.md');
    expect(value.claims.map((c: { text: string }) => c.text)).toEqual(['4,200', 'only 900', 'about $12 million']);
  });

  it('rejects a model that breaks the schema (the schema is not vacuous)', () => {
    const value = JSON.parse(EXPORTERS.json.export([strike]));
    value.claims[0].value = 'many';
    expect(validate(value)).toBe(false);
  });
});

describe('CSV export', () => {
  const rows = (text: string) => parse(text, { columns: true, bom: true, relax_quotes: false }) as Array<Record<string, string>>;

  it('carries what changed in the last columns', () => {
    const jobless = article('jobless.md', 'The jobless rate fell from 5.1 percent to 4.8 percent in March.\n');
    expect(rows(EXPORTERS.csv.export([jobless])).map((r) => [r.text, r.change, r.change_by, r.change_unit, r.change_from, r.change_to])).toEqual([
      ['5.1 percent', 'down', '0.3', 'points', '5.1', '4.8'],
      ['4.8 percent', 'down', '0.3', 'points', '5.1', '4.8'],
    ]);
  });

  it('parses back with a real CSV parser into one row per figure and quote', () => {
    const parsed = rows(EXPORTERS.csv.export([strike]));
    expect(parsed.map((r) => [r.kind, r.text])).toEqual([
      ['claim', '4,200'],
      ['claim', 'only 900'],
      ['quote', '“We have shut the port down,”'],
      ['claim', 'about $12 million'],
    ]);
    expect(parsed[1]).toMatchObject({ value: '900', qualifier: 'only', speaker_or_source: 'port authority', line: '6', contested_quantity: 'workers joined' });
    expect(parsed[3]).toMatchObject({ value: '12000000', unit: 'USD', speaker_or_source: 'chamber of commerce' });
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    const text = EXPORTERS.csv.export([hostile]);
    expect(text.includes('\r\n')).toBe(true);
    const quote = rows(text).find((r) => r.kind === 'quote' && (r.text ?? '').includes('HYPERLINK'))!;
    expect(quote.text).toBe('“=HYPERLINK(""x""), <img src=x onerror=alert(1)>,\nstill quoted,”');
    expect(quote.speaker_or_source).toBe('Ana Ruiz');
  });

  it('neutralises article text that starts with a formula character, and keeps numbers as numbers', () => {
    const base = article('f.md', 'Officials say 40 people fled.');
    const claim = base.analysis.claims[0]!;
    const tampered: ArticleExport = {
      ...base,
      analysis: { ...base.analysis, claims: [{ ...claim, text: '=2+3', counts: '+cmd|calc', value: -40, source: { ...claim.source!, name: '@SUM(A1)', text: '-officials' } }] },
    };
    const [row] = rows(EXPORTERS.csv.export([tampered]));
    expect(row).toMatchObject({ text: "'=2+3", counts: "'+cmd|calc", speaker_or_source: "'@SUM(A1)", mention: "'-officials", value: '-40' });
  });

  it('starts with a byte-order mark for Excel when asked', () => {
    expect(EXPORTERS.csv.export([strike], { bom: true }).startsWith('\uFEFFfile,kind')).toBe(true);
    expect(EXPORTERS.csv.export([strike]).startsWith('file,kind')).toBe(true);
  });
});

describe('W3C Web Annotation export', () => {
  interface Target { source: string; selector: Array<Record<string, unknown> & { exact?: string; prefix?: string; suffix?: string }> }
  interface Item { target: Target | Target[]; body: Array<{ value: string }> }
  /** Every target of an annotation: the figure or quote first, then what its source says. */
  const targetsOf = (item: Item): Target[] => (Array.isArray(item.target) ? item.target : [item.target]);
  const itemsOf = (exported: string): Item[] => JSON.parse(exported).first.items as Item[];

  it('counts TextPositionSelector positions in code points, so emoji before a claim count once', () => {
    const collection = JSON.parse(EXPORTERS.w3c.export([hostile], { generatedAt }));
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    const items = collection.first.items as Item[];
    expect(collection.total).toBe(items.length);
    const claim = items.find((a) => targetsOf(a)[0]!.selector[0]!.exact === '5,000')!;
    const position = targetsOf(claim)[0]!.selector[1]!;
    const utf16 = hostile.text.indexOf('5,000');
    const codePoints = Array.from(hostile.text.slice(0, utf16)).length;
    expect(position).toEqual({ type: 'TextPositionSelector', start: codePoints, end: codePoints + 5 });
    expect(codePoints).toBeLessThan(utf16);
    expect(Array.from(hostile.text).slice(position.start as number, position.end as number).join('')).toBe('5,000');
    expect(targetsOf(claim)[0]!.source).toBe('file:///newsroom/hostile.md');
    expect(claim.body.map((b) => b.value)).toContain('Officials');
  });

  it('gives each target an exact quote with prefix and suffix from the article', () => {
    for (const item of itemsOf(EXPORTERS.w3c.export([strike], { generatedAt }))) {
      for (const target of targetsOf(item)) {
        const { exact, prefix, suffix } = target.selector[0]!;
        expect(strike.text.includes(`${prefix}${exact}${suffix}`)).toBe(true);
      }
    }
  });

  it('targets what the source says as well as the figure, and names the rule', () => {
    const sourced = article('s.md', 'Port officials said 4,000 people fled the coast.');
    const [claim] = itemsOf(EXPORTERS.w3c.export([sourced], { generatedAt }));
    const targets = targetsOf(claim!);
    expect(targets.map((t) => t.selector[0]!.exact)).toEqual(['4,000', '4,000 people fled the coast']);
    expect(claim!.body.map((b) => b.value)).toContain('Attribution: “said” (indirect, rule cue.speech-verb)');
  });

  it('never cuts an emoji in half in a prefix or suffix', () => {
    const emoji = article('e.md', `${'🌊'.repeat(16)} Officials say 4,000 people fled. ${'🌊'.repeat(16)}`);
    for (const item of itemsOf(EXPORTERS.w3c.export([emoji], { generatedAt }))) {
      for (const { prefix, suffix } of targetsOf(item).map((t) => t.selector[0]!)) {
        for (const part of [prefix!, suffix!]) expect(part).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
      }
    }
  });

  it('maps UTF-16 offsets to code points', () => {
    const map = codePointMapper('a😀b𝒳c');
    expect([0, 1, 3, 4, 6, 7].map(map)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('Markdown report', () => {
  it('reads as a document: title and date, contested figures, a checklist and quotes by speaker', () => {
    expect(EXPORTERS.markdown.export([strike], { generatedAt })).toMatchSnapshot();
  });

  it('marks its first line so Claimlens never analyses its own report as an article', () => {
    const single = EXPORTERS.markdown.export([strike], { generatedAt });
    const several = EXPORTERS.markdown.export([strike, strike], { generatedAt });
    for (const report of [single, several]) expect(isClaimlensReport(report.split('\n')[0]!)).toBe(true);
    expect(isClaimlensReport('# Port strike enters second week')).toBe(false);
  });

  it('escapes article text so it cannot break the report', () => {
    const report = EXPORTERS.markdown.export([hostile], { generatedAt });
    expect(report).not.toContain('<img');
    expect(report).not.toContain('</script>');
    expect(report).toContain('\\| pipes');
  });
});

describe('HTML report', () => {
  it('shows the article without its front matter and with headings as headings, offsets intact', () => {
    const text = ['---', 'title: Ferry delays', '---', '', '# Ferry delays grow', '', 'The operator said 12 sailings were cut.', '', '## What riders say ##', '', '> “We waited 3 hours,” said Jo Penn.'].join('\n');
    const html = EXPORTERS.html.export([article('ferry.md', text)], { generatedAt });
    const body = html.slice(html.indexOf('<div class="article">'));
    expect(body).not.toContain('---');
    expect(body).not.toContain('title: Ferry delays');
    expect(body).not.toMatch(/#|&gt;/);
    expect(body).toContain('<h3>Ferry delays grow</h3>');
    expect(body).toContain('<h4>What riders say</h4>');
    expect(body).toMatch(/<span class="(?:claim|contested)"[^>]*>12<\/span> sailings/);
    expect(body).toMatch(/<span class="quote"[^>]*>“We waited <\/span>/);
  });

  it('is self-contained: inline CSS, no scripts, no outside resources', () => {
    const html = EXPORTERS.html.export([strike], { generatedAt });
    expect(html).toMatchSnapshot();
    expect(html).not.toMatch(/<script|src=|href=|@import/i);
  });

  it('escapes every article string', () => {
    const html = EXPORTERS.html.export([hostile], { generatedAt });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('</script> &');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('Hostile &lt;/script&gt; &amp; &quot;report&quot;');
    expect(html.match(/<script/gi)).toBeNull();
  });

  it('highlights a figure inside a quote with both classes', () => {
    const nested = article('n.md', '“We saw 40 boats,” said Ana Ruiz.');
    expect(EXPORTERS.html.export([nested], { generatedAt })).toContain('<span class="quote claim"');
  });
});
