/**
 * The number meant, in the forms news copy uses: one table per kind of
 * figure, each row a sentence written for this test, the figure's text and
 * what it must read as; and decoys that must not be figures at all.
 */
import { describe, expect, it } from 'vitest';
import { analyze, describeChange, type Claim } from '../../src/core';
import { findFigures } from '../../src/core/numbers';

type Expected = { text: string; value: number | null; unit?: string | null; range?: { low: number; high: number } | null };

/** The claims of one sentence, as text, value, unit and range. */
function read(sentence: string, options: Parameters<typeof analyze>[1] = {}): Expected[] {
  return analyze(sentence, options).claims.map((c: Claim) => ({ text: c.text, value: c.value, unit: c.unit, range: c.range }));
}

function expectFigures(sentence: string, expected: Expected[]): void {
  const found = read(sentence);
  expect(found.map((f) => f.text)).toEqual(expected.map((e) => e.text));
  expected.forEach((e, i) => {
    if (e.value === null) expect(found[i]!.value).toBeNull();
    else expect(found[i]!.value).toBeCloseTo(e.value, 9);
    if (e.unit !== undefined) expect(found[i]!.unit).toBe(e.unit);
    if (e.range !== undefined) expect(found[i]!.range).toEqual(e.range);
  });
}

describe('units and scales glued to the digits', () => {
  it.each<[string, Expected]>([
    ['The deal is worth $2billion to the city.', { text: '$2billion', value: 2e9, unit: 'USD' }],
    ['The club paid £120m for the striker.', { text: '£120m', value: 120e6, unit: 'GBP' }],
    ['A fund of €2.5bn was approved.', { text: '€2.5bn', value: 2.5e9, unit: 'EUR' }],
    ['Revenue reached 3.4bn last year.', { text: '3.4bn', value: 3.4e9 }],
    ['Prices rose 18pc in a year.', { text: '18pc', value: 18, unit: 'percent' }],
    ['The new model makes 300bhp.', { text: '300bhp', value: 300, unit: 'bhp' }],
    ['The grid runs at 60Hz across the state.', { text: '60Hz', value: 60, unit: 'Hz' }],
    ['Each tablet holds 250mg of the drug.', { text: '250mg', value: 250, unit: 'mg' }],
    ['The school is 5km from the river.', { text: '5km', value: 5, unit: 'km' }],
    ['The council set aside EUR 5m for repairs.', { text: 'EUR 5m', value: 5e6, unit: 'EUR' }],
    ['The house sold for A$1,250,000 on Friday.', { text: 'A$1,250,000', value: 1_250_000, unit: 'AUD' }],
    ['A ticket costs Rs400 at the gate.', { text: 'Rs400', value: 400, unit: 'INR' }],
    ['Entry is C$40 per adult.', { text: 'C$40', value: 40, unit: 'CAD' }],
    ['Donors gave 2.5million small gifts.', { text: '2.5million', value: 2.5e6 }],
    ['The archive held 40,000e-mails in all.', { text: '40,000', value: 40_000 }],
    ['The island has 12m people.', { text: '12m', value: 12e6 }],
    ['It was 38C in the shade.', { text: '38C', value: 38, unit: '°C' }],
    ['It was 38 °C in the shade.', { text: '38 °C', value: 38, unit: '°C' }],
    ['The flyover cost Rs 12 crore.', { text: 'Rs 12 crore', value: 12e7, unit: 'INR' }],
    ['The grant was 40 lakh rupees.', { text: '40 lakh rupees', value: 4e6, unit: 'INR' }],
  ])('%s', (sentence, expected) => expectFigures(sentence, [expected]));
});

describe('figures written in words', () => {
  it.each<[string, Expected]>([
    ['A thousand people signed the letter.', { text: 'A thousand', value: 1000, unit: null }],
    ['The city will plant a million trees.', { text: 'a million', value: 1e6 }],
    ['Half a million visitors came.', { text: 'Half a million', value: 500_000 }],
    ['A quarter of the budget went to roads.', { text: 'A quarter', value: 0.25, unit: 'fraction' }],
    ['One in five workers is self-employed.', { text: 'One in five', value: 0.2, unit: 'ratio' }],
    ['About eight out of 10 parents agreed.', { text: 'About eight out of 10', value: 0.8, unit: 'ratio' }],
    ['There is a 1-in-4 chance of rain.', { text: '1-in-4', value: 0.25, unit: 'ratio' }],
    ['It carries a one-in-five risk.', { text: 'one-in-five', value: 0.2, unit: 'ratio' }],
    ['The mayor won two-thirds of the vote.', { text: 'two-thirds', value: 2 / 3, unit: 'fraction' }],
    ['Costs rose sixfold after the flood.', { text: 'sixfold', value: 6, unit: 'times' }],
    ['The north has twice as many clinics.', { text: 'twice', value: 2, unit: 'times' }],
    ['Her income tripled.', { text: 'tripled', value: 3, unit: 'times' }],
    ['He has not voted for nearly two decades.', { text: 'nearly two decades', value: 20, unit: 'year' }],
    ['The flats house 3 hundred thousand people.', { text: '3 hundred thousand', value: 300_000 }],
    ['She holds a two-point lead.', { text: 'two-point', value: 2, unit: 'points' }],
    ['They signed a five-year lease.', { text: 'five-year', value: 5, unit: 'year' }],
    ['A dozen boats sank.', { text: 'A dozen', value: 12 }],
    ['The team met for the past half-dozen days.', { text: 'half-dozen', value: 6 }],
    ['Dozens of shops closed.', { text: 'Dozens', value: null }],
    ['The price will reach four billion dollars.', { text: 'four billion dollars', value: 4e9, unit: 'USD' }],
    ['Builders finished in just one month.', { text: 'just one', value: 1, unit: 'month' }],
    ['Only one bill passed.', { text: 'Only one', value: 1 }],
    ['It ended nearly half a century of rule.', { text: 'nearly half a century', value: 50, unit: 'year' }],
    ['It ended a half-century of rule.', { text: 'a half-century', value: 50, unit: 'year' }],
    ['Less than a third agreed with the plan.', { text: 'Less than a third', value: 1 / 3, unit: 'fraction' }],
    ['Emissions fell by a third.', { text: 'a third', value: 1 / 3, unit: 'fraction' }],
  ])('%s', (sentence, expected) => expectFigures(sentence, [expected]));
});

describe('signs, decimals and notation', () => {
  it.each<[string, Expected]>([
    ['The economy shrank by -3.2 percent.', { text: '-3.2 percent', value: -3.2, unit: 'percent' }],
    ['The wind chill was minus 4 overnight.', { text: 'minus 4', value: -4 }],
    ['The bank set a .75 rate.', { text: '.75', value: 0.75 }],
    ['The sample held 1.2e6 cells.', { text: '1.2e6', value: 1.2e6 }],
    ['The mine moved 3 x 10^5 tons of rock.', { text: '3 x 10^5', value: 3e5, unit: 'ton' }],
  ])('%s', (sentence, expected) => expectFigures(sentence, [expected]));
});

describe('two figures, not a range', () => {
  it.each<[string, Expected[]]>([
    ['The mayor leads 46 percent to 40 percent.', [{ text: '46 percent', value: 46 }, { text: '40 percent', value: 40 }]],
    ['The incumbent won 55-45.', [{ text: '55', value: 55 }, { text: '45', value: 45 }]],
    ['Turnout fell from 8.1 percent to 7.5 percent.', [{ text: '8.1 percent', value: 8.1, range: null }, { text: '7.5 percent', value: 7.5 }]],
    ['Membership grew from 300 to 450.', [{ text: '300', value: 300, range: null }, { text: '450', value: 450 }]],
    ['The index rose 4 percent to 310.', [{ text: '4 percent', value: 4 }, { text: '310', value: 310 }]],
    ['Approval stood at a 39%-52% split.', [{ text: '39%', value: 39 }, { text: '52%', value: 52 }]],
  ])('%s', (sentence, expected) => expectFigures(sentence, expected));

  it('reads a vote’s tally as one figure without a single value', () => {
    expectFigures('The board approved it in a 7-2 vote.', [{ text: '7-2', value: null, unit: 'score' }]);
    expectFigures('A 3-3 tie sent it back.', [{ text: '3-3', value: null, unit: 'score' }]);
    expectFigures('The panel voted 12-9 along party lines.', [{ text: '12-9', value: null, unit: 'score' }]);
    expectFigures('By a 2-to-1 margin, members agreed.', [{ text: '2-to-1', value: null, unit: 'score' }]);
    expectFigures('Renters outnumber owners 4-1 here.', [{ text: '4-1', value: null, unit: 'score' }]);
    expectFigures('The bill passed 230-201.', [{ text: '230-201', value: null, unit: 'score' }]);
  });

  it('reads plus or minus as a margin, not a negative number', () => {
    expectFigures('The margin of error is plus or minus 3.1 percentage points.', [{ text: '3.1 percentage points', value: 3.1 }]);
  });
});

describe('a range is one figure with both ends', () => {
  it.each<[string, Expected]>([
    ['Repairs take between 10 and 15 days.', { text: '10 and 15', value: 10, range: { low: 10, high: 15 }, unit: 'day' }],
    ['Repairs take 10-15 days.', { text: '10-15', range: { low: 10, high: 15 }, value: 10, unit: 'day' }],
    ['The march drew four to five thousand people.', { text: 'four to five thousand', value: 4000, range: { low: 4000, high: 5000 } }],
    ['Aid reached 18- to 24-year-olds first.', { text: '18- to 24-year', value: 18, range: { low: 18, high: 24 } }],
    ['The wall costs between $6 billion and $9 billion.', { text: '$6 billion and $9 billion', value: 6e9, range: { low: 6e9, high: 9e9 }, unit: 'USD' }],
    ['Estimates run from 1-2 million.', { text: '1-2 million', value: 1e6, range: { low: 1e6, high: 2e6 } }],
    ['Reading it takes six to 8 hours.', { text: 'six to 8', value: 6, range: { low: 6, high: 8 }, unit: 'hour' }],
    ['Rates of 70 to 75 percent were seen.', { text: '70 to 75 percent', value: 70, range: { low: 70, high: 75 }, unit: 'percent' }],
    ['Visas need $300,000 to more than $2 million.', { text: '$300,000 to more than $2 million', range: { low: 300_000, high: 2e6 }, value: 300_000 }],
  ])('%s', (sentence, expected) => expectFigures(sentence, [expected]));
});

describe('what changed', () => {
  const changes = (sentence: string) => analyze(sentence).claims.map((c) => [c.text, c.change]);

  it.each<[string, Array<[string, object | null]>]>([
    ['Sales rose 2 percent.', [['2 percent', { direction: 'up', role: 'by', by: 2, unit: 'percent', from: null, to: null }]]],
    ['Her support was up 2 points.', [['2 points', { direction: 'up', role: 'by', by: 2, unit: 'points', from: null, to: null }]]],
    ['Support dropped 3 percentage points.', [['3 percentage points', { direction: 'down', role: 'by', by: 3, unit: 'points' }]]],
    ['Unemployment fell from 6.2 percent to 5.9 percent.', [
      ['6.2 percent', { direction: 'down', role: 'from', by: 0.3, unit: 'points', from: 6.2, to: 5.9 }],
      ['5.9 percent', { direction: 'down', role: 'to', by: 0.3, unit: 'points', from: 6.2, to: 5.9 }],
    ]],
    ['The index rose 4 percent to 310.', [
      ['4 percent', { direction: 'up', role: 'by', by: 4, unit: 'percent', to: 310 }],
      ['310', { direction: 'up', role: 'to', by: 4, to: 310 }],
    ]],
    ['The poll shows a four-point dip for the mayor.', [['four-point', { direction: 'down', role: 'by', by: 4, unit: 'points' }]]],
    ['The toll climbed to 40.', [['40', { direction: 'up', role: 'to', by: null, to: 40 }]]],
    ['The rate ticked up to 4.1 percent.', [['4.1 percent', { direction: 'up', role: 'to', to: 4.1 }]]],
    ['Output was 1.9 million tons, down from 2.4 million.', [
      ['1.9 million', { direction: 'down', role: 'to', by: 500_000, from: 2.4e6, to: 1.9e6 }],
      ['2.4 million', { direction: 'down', role: 'from', by: 500_000, from: 2.4e6, to: 1.9e6 }],
    ]],
    ['Shares closed with a gain of 2.5%.', [['2.5%', { direction: 'up', role: 'by', by: 2.5, unit: 'percent' }]]],
  ])('%s', (sentence, expected) => {
    const found = changes(sentence);
    expect(found.map(([text]) => text)).toEqual(expected.map(([text]) => text));
    expected.forEach(([, change], i) => expect(found[i]![1]).toMatchObject(change!));
  });

  it('says a change in words', () => {
    const [from, to] = analyze('Unemployment fell from 6.2 percent to 5.9 percent.').claims;
    expect(describeChange(from!.change!)).toBe('down 0.3 points, from 6.2 to 5.9');
    expect(describeChange(to!.change!)).toBe('down 0.3 points, from 6.2 to 5.9');
    expect(describeChange(analyze('Sales rose 2 percent.').claims[0]!.change!)).toBe('up 2%');
  });

  it('leaves figures that are no change without one', () => {
    expect(changes('The council has 40 members and raised $3 million.').map(([, c]) => c)).toEqual([null, null]);
  });
});

describe('units named', () => {
  it.each<[string, string, string]>([
    ['The levee runs 20 miles.', '20', 'mile'],
    ['The plant burns 300 tons a day.', '300', 'ton'],
    ['The farm covers 640 acres.', '640', 'acre'],
    ['The vote took 9 hours.', '9', 'hour'],
    ['The lease lasts 99 years.', '99', 'year'],
    ['The engine makes 1500 hp.', '1500', 'hp'],
    ['The flat costs three times as much.', 'three times', 'times'],
    ['The rate is 3 percentage points higher.', '3 percentage points', 'percentage points'],
    ['The fine was 2,000 euros.', '2,000 euros', 'EUR'],
  ])('%s', (sentence, text, unit) => {
    expect(analyze(sentence).claims.map((c) => [c.text, c.unit])).toEqual([[text, unit]]);
  });
});

describe('not figures', () => {
  it.each([
    'She sang with Maroon 5 last spring.',
    'The novel Catch-22 was reissued.',
    'It was a trial of the Chicago Seven.',
    'The crew of Apollo 13 came home.',
    'A Galaxy S21 was stolen.',
    'The FTSE 100 closed higher.',
    'FTSE 100 shares closed higher.',
    'An Airbus A320 landed.',
    'The laptop runs Windows 11.',
    'Send it to 1600 Pennsylvania Avenue.',
    'The office is in Washington, DC 20500.',
    'Call (202) 555-0143 for details.',
    'He wears No. 23 for the club.',
    'No one came to the meeting.',
    'There is more than one reason to doubt it.',
    'One of the candidates withdrew.',
    'The firm expanded from 2002 to 2010.',
    'The bank fired staff from 2011-2016.',
    'He is considering a third party run.',
    'Donations fell in the first half of 2015.',
    'Everyone has a 401(k) plan.',
    'The clip failed with Error code: 17.',
    'Forbes published its first ‘‘400’’ list.',
    'The question came one day after the vote.',
    'It was just one example of the problem.',
    'She finished a third-place candidate.',
    'His half-sister lives in Ohio.',
    'He may be the only one because the rest left.',
    'He drove a Century speedboat.',
    'She won the 400m sprint.',
    'Sales of the iPhone 14 slowed.',
    'Airbus 380 Superjumbo orders fell.',
  ])('%s', (sentence) => {
    expect(read(sentence)).toEqual([]);
  });

  it('reads a four-digit number with a unit or a counted noun as a count, not a year', () => {
    expect(read('The engine makes 1500 hp and won 2020 votes.').map((f) => f.text)).toEqual(['1500', '2020']);
    expect(read('Between 1500 and 2000 troops arrived.').map((f) => f.range)).toEqual([{ low: 1500, high: 2000 }]);
  });

  it('keeps a capitalised count after a name: Texas 40 Democrats', () => {
    expect(read('Across Texas 40 Democrats voted no.').map((f) => f.value)).toEqual([40]);
  });

  it('keeps the owner of a count: America’s 535', () => {
    expect(read('Canada’s 46 billionaires and Mexico’s 15 are fewer.').map((f) => f.value)).toEqual([46, 15]);
  });
});

describe('values stay finite and offsets exact', () => {
  it('reports a number too large to hold without a value, never Infinity', () => {
    const huge = `1${'0'.repeat(309)}`;
    const [claim] = analyze(`The table lists ${huge} grains.`).claims;
    expect(claim).toMatchObject({ text: huge, value: null });
  });

  it('reads a long chain of linked numbers without recursing through it', () => {
    const chain = Array.from({ length: 20_000 }, (_, i) => i + 1).join('-');
    const figures = findFigures(`Codes ${chain} end`);
    expect(figures.length).toBeGreaterThan(1000);
    for (const f of figures) expect(Number.isFinite(f.value ?? 0)).toBe(true);
  });

  it('gives UTF-16 offsets after astral characters', () => {
    const text = '😀 The fund paid €2.5bn and 😀 18pc more.';
    for (const c of analyze(text).claims) expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(analyze(text).claims.map((c) => c.text)).toEqual(['€2.5bn', '18pc']);
  });
});

describe('languages and number formats', () => {
  const german = 'Die Stadt hat 4.500 Einwohner, und die Regierung sagt, dass der Bau 3,2 Millionen Euro kostet. Das ist nicht viel für eine Stadt mit dem Fluss, sagt der Bürgermeister auch.';
  const french = 'La ville compte 3,2 millions d’habitants et le projet coûte 4 500 euros. Le maire dit que les travaux sont pour la ville, avec une aide de la région, et pas pour le port.';

  it('tells the language of an article from its commonest words', () => {
    expect(analyze(german).language.language).toBe('de');
    expect(analyze(french).language.language).toBe('fr');
    const english = analyze('The mayor said that the city of Valmora has spent $3 million on the levee and it was not enough for the river.');
    expect(english.language).toMatchObject({ language: 'en' });
    expect(english.language.confidence).toBeGreaterThan(0.5);
    expect(analyze('4,500').language.language).toBe('und');
  });

  it('reads digits in the article’s own style when the format is auto (the default)', () => {
    expect(read(german).map((f) => [f.text, f.value])).toEqual([['4.500', 4500], ['3,2 Millionen Euro', 3.2e6]]);
    expect(read(french).map((f) => [f.text, f.value])).toEqual([['3,2 millions', 3.2e6], ['4 500 euros', 4500]]);
  });

  it('reads the format it is told, whatever the language', () => {
    expect(read('It has 4.500 beds.', { numberFormat: 'de' }).map((f) => f.value)).toEqual([4500]);
    expect(read(german, { numberFormat: 'en' }).map((f) => f.value)[0]).toBe(4.5);
  });

  it('reads the same digits alike in every format when they are unambiguous', () => {
    for (const style of ['en', 'de', 'fr'] as const) expect(findFigures('It has 45 beds.', style).map((f) => f.value)).toEqual([45]);
  });
});
