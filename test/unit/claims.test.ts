import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const claims = (md: string) => run(md).claims.map((c) => c.text);

describe('claims', () => {
  it('keeps the qualifier in the span and as a field', () => {
    const r = run('Officials say nearly 6,000 troops have died, more than 6,400 were detained and at least 411 arrested.');
    expect(r.claims.map((c) => [c.text, c.value, c.qualifier])).toEqual([
      ['nearly 6,000', 6000, 'nearly'],
      ['more than 6,400', 6400, 'more than'],
      ['at least 411', 411, 'at least'],
    ]);
  });

  it('says what a figure counts', () => {
    const r = run('Officials say 2,870 Ukrainian soldiers have been killed. Some 830,000 Ukrainians have fled. The ministry put the number killed at 498.');
    expect(r.claims.map((c) => c.counts)).toEqual(['Ukrainian soldiers killed', 'Ukrainians fled', 'killed']);
  });

  it('carries a counted noun over a coordination', () => {
    const r = run('The office said 227 civilians were killed and 525 injured.');
    expect(r.claims.map((c) => c.counts)).toEqual(['civilians killed', 'civilians injured']);
  });

  it('does not carry a counted noun over "other": it starts a new set', () => {
    const r = run('Her office has two deputy chiefs of staff and three other counselors.');
    expect(r.claims.map((c) => c.counts)).toEqual(['deputy chiefs', 'other counselors']);
    const named = run('The electorate was 72 percent white, 13 percent black voters and 10 percent Latino.');
    expect(named.claims.map((c) => c.counts)).toEqual(['white', 'black voters', null]);
  });

  it('does not report dates, times, ordinals, names, models, phone numbers, addresses or sections', () => {
    const md = [
      'On Feb. 24, 2022, and on March 2, 2022, the talks began at 10 a.m. in 2016 style.',
      'It was the second round in the 21st century since World War II.',
      'An F-16 and a G7 summit met COVID-19 rules under Section 230 on page 12.',
      'Call 555-014-2290 or visit 1600 Pennsylvania Avenue.',
      'The 1990s ended; Apollo 11 flew.',
      'One of the bloodiest wars was just one example, and no one came.',
      'Seventy-four years ago the two met; the two learned of it later.',
    ].join('\n\n');
    expect(claims(md)).toEqual([]);
  });

  it('reports spelled numbers, money, percentages, ranges and vague amounts', () => {
    const md = 'Thirty-five nations abstained. The plan costs $4.2 billion, 12% more. Repairs take 10 to 15 days. Thousands fled, and at least one teenager died.';
    expect(claims(md)).toEqual(['Thirty-five', '$4.2 billion', '12%', '10 to 15', 'Thousands', 'at least one']);
  });

  it('gives the source whose clause holds the figure, or none in the article’s own voice', () => {
    const md = [
      'Ukrainian officials say 2,000 civilians have been killed.',
      'Some 830,000 people have fled, according to a United Nations estimate.',
      'A 40-mile convoy approached, though U.S. officials said that it was slow.',
      'Thirty-five nations abstained.',
      'Russian officials say 2,870 soldiers died, though Kyiv disputes that figure.',
    ].join('\n\n');
    expect(run(md).claims.map((c) => [c.text, c.source?.name ?? null])).toEqual([
      ['2,000', 'Ukrainian officials'],
      ['Some 830,000', 'United Nations'],
      ['40-mile', null],
      ['Thirty-five', null],
      ['2,870', 'Russian officials'],
    ]);
  });

  it('gives a figure inside a quote the quote’s speaker', () => {
    const r = run('“As 141 member states know, this is a threat,” Secretary of State Antony Blinken told reporters.');
    expect(r.claims[0]).toMatchObject({ text: '141', value: 141, source: { name: 'Antony Blinken' } });
    expect(r.claims[0]!.quoteId).toBe(r.quotes[0]!.id);
  });

  it('leaves a figure after a quoted line’s cue in the article’s voice (`“…,” she told a crowd of 1,300`)', () => {
    const r = run('“We will carry the county,” Lena Ruiz told a crowd of 1,300 on Tuesday.\n\n“It is close,” Marco Dell said, looking out at dozens of farmers.');
    expect(r.claims.map((c) => [c.text, c.source?.name ?? null])).toEqual([['1,300', null], ['dozens', null]]);
  });

  it('reads figures in table cells, counting what the column names, vouched for by the row', () => {
    const md = '| Source | Dead | Missing |\n| --- | --- | --- |\n| Ministry | 38 | 112 |\n| Red Cross | more than 140 | |\n';
    const r = run(md);
    expect(r.claims.map((c) => [c.text, c.counts, c.source?.name])).toEqual([
      ['38', 'Dead', 'Ministry'],
      ['112', 'Missing', 'Ministry'],
      ['more than 140', 'Dead', 'Red Cross'],
    ]);
    // One column, two sources, values that cannot both be right.
    expect(r.contested.map((g) => g.claimIds.map((id) => r.claims.find((c) => c.id === id)!.text))).toEqual([['38', 'more than 140']]);
  });
});
