import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/core/numbers';

const first = (text: string) => {
  const [f] = findFigures(text);
  return f && { text: text.slice(f.start, f.end), value: f.value, unit: f.unit, range: f.range, vague: f.vague, nonClaim: f.nonClaim };
};

describe('findFigures', () => {
  it.each([
    ['2,870 soldiers', '2,870', 2870, null],
    ['4.2 billion dollars', '4.2 billion dollars', 4_200_000_000, 'USD'],
    ['$1.5 million in aid', '$1.5 million', 1_500_000, 'USD'],
    ['€300 each', '€300', 300, 'EUR'],
    ['£2bn deal', '£2bn', 2_000_000_000, 'GBP'],
    ['12% of voters', '12%', 12, 'percent'],
    ['12 percent of voters', '12 percent', 12, 'percent'],
    ['3 percentage points', '3 percentage points', 3, 'percentage points'],
    ['Thirty-five nations', 'Thirty-five', 35, null],
    ['two hundred and fifty people', 'two hundred and fifty', 250, null],
    ['a dozen boats', 'a dozen', 12, null],
    ['half a million people', 'half a million', 500_000, null],
    ['a quarter of a million dollars', 'a quarter of a million dollars', 250_000, 'USD'],
    ['two-thirds of the vote', 'two-thirds', 2 / 3, 'fraction'],
    ['a 40-mile convoy', '40-mile', 40, 'mile'],
    ['the 49-year-old leader', '49-year-old', 49, 'year'],
    ['a $4.2-billion plan', '$4.2-billion', 4_200_000_000, 'USD'],
  ])('reads %s', (text, figure, value, unit) => {
    const found = first(text);
    expect(found?.text).toBe(figure);
    expect(found?.value).toBeCloseTo(value as number, 9);
    expect(found?.unit).toBe(unit);
  });

  it('reads ranges with both ends', () => {
    expect(first('10 to 15 days')).toMatchObject({ text: '10 to 15', value: 10, range: { low: 10, high: 15 } });
    expect(first('10-15 days')).toMatchObject({ text: '10-15', range: { low: 10, high: 15 } });
    expect(first('between 10 and 15 days')).toMatchObject({ text: '10 and 15', range: { low: 10, high: 15 } });
  });

  it('reads vague amounts without a value', () => {
    expect(first('thousands of people')).toMatchObject({ text: 'thousands', value: null, vague: true });
    expect(first('tens of thousands of people')).toMatchObject({ text: 'tens of thousands', vague: true });
    expect(first('hundreds of thousands fled')).toMatchObject({ text: 'hundreds of thousands', vague: true });
  });

  it('marks ordinals, decades, times and codes as no claim', () => {
    expect(first('the 21st century')?.nonClaim).toBe('ordinal');
    expect(first('in the 1990s')?.nonClaim).toBe('decade');
    expect(first('at 10am')?.nonClaim).toBe('time');
    expect(first('at 10:30 sharp')?.nonClaim).toBe('time');
    expect(first('on 2022-03-02')?.nonClaim).toBe('date');
    expect(first('on 9/11')?.nonClaim).toBe('date');
    expect(first('a G7 summit')?.nonClaim).toBe('code');
    expect(first('version 1.2.3')?.nonClaim).toBe('code');
  });

  it('does not read words that only contain a number word', () => {
    expect(findFigures('someone, anyone, often, tone')).toEqual([]);
  });
});
