import { describe, expect, it } from 'vitest';
import { run } from './helpers';

/** Each contested group as [label, figures as written]. */
function groups(md: string): Array<[string, string[]]> {
  const r = run(md);
  const byId = new Map(r.claims.map((c) => [c.id, c.text]));
  return r.contested.map((g) => [g.quantity, g.claimIds.map((id) => byId.get(id)!)]);
}

describe('contested figures', () => {
  it('groups casualty counts of one side given by different sources', () => {
    const md = [
      'Sudan’s army acknowledged on Friday that it has suffered losses, putting the number killed at 120. Rebel commanders say the true figure is in the thousands.',
      'Rebel commanders also say nearly 2,000 Sudanese soldiers have died so far.',
      'Thirty villages have been evacuated, officials said.',
    ].join('\n\n');
    const r = run(md);
    expect(groups(md)).toEqual([['Sudanese troops killed', ['120', 'thousands', 'nearly 2,000']]]);
    const [group] = r.contested;
    expect(group!.spread).toEqual({ low: 120, high: 2000, ratio: 16.7 });
    expect(group!.sharedTerms).toContain('dead');
    expect(group!.disputes.map((d) => d.text)).toEqual(['the true figure']);
  });

  it('keeps apart different quantities that share words', () => {
    const md = [
      '141 member states voted for the resolution, the assembly said.',
      'Thirty-five nations abstained, according to the chair.',
      'Two countries voted against it, diplomats said.',
    ].join('\n\n');
    expect(groups(md)).toEqual([]);
  });

  it('keeps apart a one-day count and a running total', () => {
    const md = 'At least 411 people were arrested in 13 cities on Monday, according to the group, Harbor Watch, bringing the total detained since March 1 to more than 6,400. Police said 300 people were detained on Monday.';
    const found = groups(md);
    expect(found).toHaveLength(1);
    expect(found[0]![1]).toEqual(['At least 411', '300']);
  });

  it('finds crowd sizes reported differently by organisers and police', () => {
    const md = 'Organisers said 50,000 protesters marched through the capital. Police put the number of protesters at about 8,000. A 12-piece band played.';
    expect(groups(md)).toEqual([['protesters marched', ['50,000', 'about 8,000']]]);
  });

  it('does not contest figures that agree', () => {
    const md = 'Officials say 2,000 civilians have been killed so far. The U.N. said Wednesday that about 2,050 civilians were killed so far.';
    expect(groups(md)).toEqual([]);
  });

  it('contests a single figure the text disputes', () => {
    const md = 'The ministry says 2,870 enemy soldiers have been killed, though the government disputes that figure. The ministry also says 40 tanks were destroyed.';
    const r = run(md);
    expect(groups(md)).toEqual([[expect.stringContaining('killed'), ['2,870']]]);
    expect(r.contested[0]!.disputes[0]!.text).toBe('disputes that figure');
    expect(r.claims.find((c) => c.text === '2,870')!.contestedId).toBe(r.contested[0]!.id);
    expect(r.claims.find((c) => c.text === '40')!.contestedId).toBeNull();
  });

  it('compares poll numbers and budgets only within the same measure', () => {
    const md = [
      'The mayor says the new bridge cost $40 million. The city auditor says the bridge cost $65 million.',
      'A poll by the Gazette found 52 percent of voters support the plan; 48 percent of voters oppose it.',
    ].join('\n\n');
    const found = groups(md);
    expect(found).toHaveLength(1);
    expect(found[0]![1]).toEqual(['$40 million', '$65 million']);
  });

  it('does not treat a vague amount that covers a figure as a conflict', () => {
    const md = 'Officials say nearly 6,000 soldiers have died. Analysts say thousands of soldiers died.';
    expect(groups(md)).toEqual([]);
  });
});
