import { describe, expect, it } from 'vitest';
import { run } from './helpers';

/** Each contested group as [kind, rule, figures as written]. */
function groups(md: string): Array<[string, string, string[]]> {
  const r = run(md);
  const byId = new Map(r.claims.map((c) => [c.id, c.text]));
  return r.contested.map((g) => [g.kind, g.rule, g.claimIds.map((id) => byId.get(id)!)]);
}

describe('contested figures of every kind (contested.md)', () => {
  it('sets two polls of one race against each other, candidate by candidate', () => {
    const md = [
      'A new Harbour Institute poll shows Ms. Okafor leads Mr. Brandt by 46 percent to 39 percent in a head-to-head race.',
      'A Lakeside College survey released the same day has Mr. Brandt leading Ms. Okafor 44 percent to 41 percent.',
      'When the Harbour poll asked about all four candidates, Ms. Okafor had 40 percent and Mr. Brandt 35 percent.',
    ].join('\n\n');
    const found = groups(md);
    expect(found.map(([, , figures]) => figures)).toEqual([['46 percent', '41 percent'], ['39 percent', '44 percent']]);
    expect(found.every(([kind, rule]) => kind === 'sources' && rule === 'group.sources-differ')).toBe(true);
  });

  it('keeps apart polls of two states and a candidate’s share in each', () => {
    const md = [
      'In Ohio, a Harbour Institute poll found Ms. Okafor at 44 percent.',
      'In Florida, a Lakeside College poll found Ms. Okafor at 39 percent.',
    ].join('\n\n');
    expect(groups(md)).toEqual([]);
  });

  it('sets the same poll’s changes since the last reading against another poll’s', () => {
    const md = [
      'Mr. Brandt’s support rose four percentage points since March, according to the Harbour poll.',
      'In the Lakeside survey, Mr. Brandt was at 41 percent, a four-point dip from March.',
    ].join('\n\n');
    expect(groups(md)).toEqual([['sources', 'group.sources-differ', ['four', 'four-point']]]);
  });

  it('groups a revision by the same voice', () => {
    const md = 'Initial estimates put the archive at about 62,000 pages. Subsequent estimates put the figure closer to 61,000 pages.';
    expect(groups(md)).toEqual([['same-voice', 'revision.updated', ['about 62,000', '61,000']]]);
  });

  it('pairs a claim with the figure "in fact" gives', () => {
    const md = 'The councillor said the city would admit as many as 40,000 new residents (in fact, the plan allows 4,000 residents).';
    const [group] = groups(md);
    expect(group).toEqual(['disputed', 'dispute.in-fact', ['as many as 40,000', '4,000']]);
  });

  it('disputes a count another estimate puts higher, and nothing in the next paragraph', () => {
    const md = [
      'The ministry counts 3,100 new teachers this year. Other estimates put the number substantially higher.',
      'The union has 90,000 members.',
    ].join('\n\n');
    expect(groups(md)).toEqual([['disputed', 'dispute.other-estimate', ['3,100']]]);
  });

  it('disputes a figure someone says is wrong: "worth less than the $8.1 billion estimated by …"', () => {
    const md = 'Mr. Lund suggested that his rival was worth less than the $8.1 billion estimated by Halden Weekly.';
    expect(groups(md)).toEqual([['disputed', 'dispute.less-than-estimated', ['$8.1 billion']]]);
  });

  it('reads a correction appended to an article', () => {
    const md = 'The plant burns 900 tons of coal a day.\n\nAn earlier version of this article misstated how long the filters last. They last for months, not two weeks.';
    expect(groups(md)).toEqual([['disputed', 'correction.appended', ['two']]]);
  });

  it('reads the values of figures set against each other with their ranges', () => {
    const md = [
      'Ms. Vance told the committee the dismissed staff were making between $30,000 and $50,000 a year.',
      'The dismissed staff were making on average $34,000 to $50,000 a year, the union said.',
    ].join('\n\n');
    expect(groups(md).map(([, , figures]) => figures)).toEqual([['$30,000 and $50,000', '$34,000 to $50,000']]);
  });

  it('does not contest rounding, a total and its part, or two quantities of one source', () => {
    const md = [
      'The bank said 5,300 employees were dismissed. Senator Ruiz said those 5,000 people deserved better.',
      'The count gives Ms. Okafor 1,200 delegates, including 80 super delegates.',
      'Wealth-Index tallies 585 billionaires in the United States to Brazil’s 60.',
    ].join('\n\n');
    expect(groups(md)).toEqual([]);
  });

  it('finds different sources for one country’s count, however the country is written', () => {
    const md = 'Hurun said America had 535 billionaires. Wealth-Index tallies 585 billionaires in the United States.';
    expect(groups(md).map(([, , figures]) => figures)).toEqual([['535', '585']]);
  });

  it('sets a referring noun that says what it counts ("the toll") against the figure of that, not the one just before', () => {
    const md = 'The harbour authority said 21 people had died and 64 were missing. The Coastguard put the toll at more than 30.';
    expect(groups(md)).toEqual([['sources', 'group.sources-differ', ['21', 'more than 30']]]);
  });

  it('names a quantity by the place a quote fronts, and not by the source’s own possessive', () => {
    const quoted = run('“In Corvel alone we have counted 212 families,” said Ada Ferrow. Mayor Jon Pell rejected that figure.');
    expect(quoted.contested.map((g) => g.quantity)).toEqual(['families in Corvel']);
    const possessive = run('Mr. Pell’s party estimates that 9% of the harvest was lost, a figure the ministry disputes.');
    expect(possessive.contested.map((g) => g.quantity)).toEqual(['harvest lost']);
  });

  it('credits a figure to the body a possessive names when that body speaks in the article', () => {
    const md = 'Harbor Survey says its larger team has found more than 900 shipwrecks in Kell Bay, compared with the Maritime Museum’s 640. (The Maritime Museum says it tracks an additional 30 wreck sites.)';
    const found = groups(md);
    expect(found).toHaveLength(1);
    expect(found[0]![2]).toEqual(expect.arrayContaining(['more than 900', '640']));
  });

  it('reads a count that names only whose or where as counting what the paragraph counts', () => {
    const md = 'Ledger Weekly said Norway had 68 shipyards to Sweden’s 53. Harbor Index tallies 58 in Sweden to Norway’s 41. Its chief, Ola Berg, is 61.';
    expect(run(md).contested.map((g) => g.quantity)).toEqual(['Norway’s shipyards', 'Sweden’s shipyards']);
    expect(groups(md).map(([, , figures]) => figures)).toEqual([['68', '41'], ['53', '58']]);
  });

  it('reads what a figure counts from the measure before it when its own words say nothing', () => {
    const md = [
      'The Ferrow campaign projects that a levy on port fees would raise $75 million a year.',
      'A 2019 study by the Harbour Institute found that a 0.5 percent levy on port fees would raise $220 million annually.',
      'Ms. Ferrow told reporters the height could be 35 to 45 feet. Earlier, the council said the sea wall might be 60 to 70 feet high.',
    ].join('\n\n');
    expect(groups(md).map(([, , figures]) => figures)).toEqual([['$75 million', '$220 million'], ['35 to 45', '60 to 70']]);
  });

  it('does not set a price per unit against a total in the same currency', () => {
    const md = 'The union invested $10 million in the Corvel mine. When Ms. Ferrow bought the Corvel mine, she said she expected to sell its coal for at least $50 a ton.';
    expect(groups(md)).toEqual([]);
  });

  it('sets one voice’s two values for one quantity against each other, but not a total and a part of it', () => {
    const twoValues = 'The audit found that 27 firms reported 16,389 total subsidiaries and 2,836 tax haven subsidiaries to the regulator, while reporting 2,279 total subsidiaries and 410 tax haven subsidiaries to investors.';
    expect(groups(twoValues)).toEqual([
      ['same-voice', 'group.same-voice', ['16,389', '2,279']],
      ['same-voice', 'group.same-voice', ['2,836', '410']],
    ]);
    const part = 'The audit says the bank has 987 subsidiaries in offshore havens, 537 of which are in the Cayman Islands. Its staff includes two deputy chiefs and three other counselors.';
    expect(groups(part)).toEqual([]);
  });

  it('groups a corrected figure that has no quantity to compare', () => {
    const md = 'Trees absorb carbon slowly.\n\nCorrection: An earlier version of this article misstated how long the process takes. It occurs over a period of years, not in one year.';
    expect(groups(md).map(([kind, rule]) => [kind, rule])).toEqual([['disputed', 'correction.appended']]);
  });

  it('does not count a year, a part “of that”, or a participle opening the sentence as whose a figure is', () => {
    const md = [
      'One of Ms. Okafor’s 2019 rivals said five donors left. The party counted 2,021 donors.',
      'Over all, Corvel Mills earned nearly $7.6 billion last year, and $2.9 billion of that came from its grain unit.',
      'Speaking in Ferrow on Monday, the two candidates said 12 debates were enough. Speaking in Corvel, the mayor said 30 debates were held.',
    ].join('\n\n');
    expect(groups(md)).toEqual([]);
  });

  it('disputes a claim that an article rates anywhere, and not a claim in an article that rates nothing', () => {
    const claim = 'Readers asked about Mayor Ferrow’s assertion that 40 percent of the port’s cargo is grain.';
    const rated = [claim, 'The port authority says its own count is lower.', 'The Pinocchio Test', 'Ferrow earns Two Pinocchios.'].join('\n\n');
    expect(groups(rated)).toEqual([['disputed', 'dispute.fact-check', ['40 percent']]]);
    expect(groups([claim, 'The port authority publishes its count every spring.'].join('\n\n'))).toEqual([]);
  });

  it('does not set a goal against the count so far', () => {
    const md = 'Ms. Okafor needs 1,237 delegates to win the nomination, the party says. The Associated Press count gives her 845 delegates so far.';
    expect(groups(md)).toEqual([]);
  });

  it('lists the same figure in the text and a table once, and still sets it against a rival', () => {
    const md = [
      'The harbour authority said 21 ships ran aground. The Coastguard put the number at 35.',
      '',
      '| Source | Ships aground |',
      '| --- | --- |',
      '| Harbour authority | 21 |',
      '| Coastguard | 35 |',
    ].join('\n');
    const found = groups(md);
    expect(found).toHaveLength(1);
    expect(found[0]![2]).toEqual(['21', '35', '21', '35']);
    const r = run(md);
    const spread = r.contested[0]!.spread;
    expect(spread && [spread.low, spread.high]).toEqual([21, 35]);
  });

  it('does not read "in fact" as a dispute when the figure after it counts something else', () => {
    const md = 'The council said 40 buses would run on Sunday. In fact, the depot has hired 12 new drivers since May.';
    expect(groups(md)).toEqual([]);
  });

  // A precision trade-off, measured on ordinary political news: counts of ten or less that two sources give
  // were different things in every such group judged there, so they are not grouped without a dispute phrase.
  it('does not set counts of ten or less from different sources against each other without a dispute phrase', () => {
    const md = 'A department spokesman said seven email chains were withheld. The press secretary, Ana Ruiz, said eight email chains were withheld.';
    expect(groups(md)).toEqual([]);
    // A larger count of the same thing still is.
    expect(groups('The union said 4,200 dockers joined the strike. The port authority said only 900 dockers joined.').map(([, , f]) => f)).toEqual([['4,200', 'only 900']]);
  });

  it('does not count a day of a month, an age after a name, or a rank', () => {
    const md = [
      'Ada Ferrow, 33, said the unit had zero combat losses. The ministry said 12 soldiers died.',
      'The mayors of the 40 largest cities signed, the campaign said; its list has 185 mayors.',
      'Polls closed on February 16. The count, officials said, was 16 ballots short.',
    ].join('\n\n');
    expect(groups(md)).toEqual([]);
  });

  it('reads the candidate a poll share is for when it follows the share ("39 percent for Brandt")', () => {
    const md = [
      'According to a Harbour Institute survey, 51 percent of respondents said they would vote for Okafor, versus 39 percent for Brandt.',
      'A Lakeside College poll showed a slimmer lead for Okafor with 46 percent to Brandt’s 44 percent.',
    ].join('\n\n');
    expect(groups(md).map(([, , figures]) => figures)).toContainEqual(['39 percent', '44 percent']);
  });
});

describe('figures that are not the same quantity (contested.md, "not contested")', () => {
  it('does not set a count of states against a count of delegates, whoever gives them', () => {
    const md = 'Okafor has won six states so far. Including superdelegates, Okafor has at least 866 delegates, according to a count by the Harbour Post.';
    expect(groups(md)).toEqual([]);
    // The same count from two sources still is.
    expect(groups('Okafor has won 16 states so far, her campaign said. The Harbour Post says Okafor has won 19 states so far.').map(([, , f]) => f)).toEqual([['16', '19']]);
  });

  it('gives each side of a score pair to its own candidate, whatever comes between the names and the pair', () => {
    const md = [
      'The Harbour poll showed Okafor leading Brandt among likely voters, 46 percent to 44 percent.',
      'A Lakeside College survey found Okafor with a lead of 49 percent to 41 percent over Brandt.',
      'Okafor would beat him 53 percent to 36 percent, the Lakeside survey found.',
    ].join('\n\n');
    expect(groups(md).map(([, , f]) => f)).toEqual([['46 percent', '49 percent'], ['44 percent', '41 percent']]);
  });

  it('does not set the shares of two groups of voters in one poll against each other', () => {
    const md = [
      'In the Harbour poll, Democrats favored Okafor, 72 percent to 8 percent, while Republicans favored Brandt, 82 percent to 6 percent.',
      'Female voters preferred Okafor 51 percent to 24 percent, while male voters backed Brandt, 57 percent to 22 percent.',
      'Overall, Okafor led Brandt 46 percent to 39 percent.',
    ].join('\n\n');
    expect(groups(md)).toEqual([]);
  });

  it('does not count an age as a figure to contest', () => {
    const md = '“People are pushed out when they’re 55,” Brandt said. Okafor replied: “It can happen when you’re 45.” She is 45. Her rival was 61 when he first ran.';
    expect(groups(md)).toEqual([]);
  });

  it('reads a figure a speaker gives of itself ("says it raised") as that speaker’s own', () => {
    const md = 'Okafor’s campaign says it raised more than $21 million in January. Rival Brandt’s campaign says it raised roughly $15 million in January.';
    expect(groups(md)).toEqual([]);
    const disputed = 'Okafor’s campaign says it raised $21 million in January. Federal filings show that Okafor’s campaign raised $15 million in January.';
    expect(groups(disputed).map(([, , f]) => f)).toEqual([['$21 million', '$15 million']]);
  });

  it('does not set a vague amount beside a precise one from another source', () => {
    const md = 'The change would matter to tens of millions of Americans. “She needs one or two big ideas,” said Ravi Kell, a former adviser.';
    expect(groups(md)).toEqual([]);
    expect(groups('Organisers said thousands of dockers joined the strike. The port authority said 900 dockers joined.')).toEqual([]);
  });

  it('keeps what a figure says it counts instead of borrowing the words of the figure before it', () => {
    const md = 'The White House is considering a Pentagon proposal to keep at least one base in Kestania, according to military officials. The president revised his withdrawal plans in October, saying that about 5,500 troops would remain in the country.';
    expect(groups(md)).toEqual([]);
  });

  it('does not read a bound of a class ("donors giving $200 or less") or a range of ages as a figure to contest', () => {
    const md = [
      'Ruiz has raised $2.3 million through June, most of it from donors giving $200 or less.',
      'Ortega, who has endorsed Ruiz, raised more than $235 million during his own race.',
      'In the Harbour poll, Okafor led Brandt among voters ages 18 to 39; canvassers were as young as 17 and as old as 80.',
    ].join('\n\n');
    expect(groups(md)).toEqual([]);
    // "less than $1 billion or more than $42 billion" is two values, not a bound.
    expect(groups('Bloomberg puts Mr. Kamprad’s fortune at about $42 billion. Mr. Kamprad is worth either less than $1 billion or more than $42 billion, depending on how it is counted.').length).toBe(1);
  });

  it('reads whose a figure is past a relative clause, and the size of a change named by a noun as a change', () => {
    expect(groups('Ortega, who has endorsed Ruiz, raised more than $235 million in 2015. Ruiz raised $2.3 million in 2015, her campaign said.')).toEqual([]);
    expect(groups('Okafor’s lead in the state saw a decline in support of about 12 percent. The Harbour poll puts Okafor’s support at 46 percent.')).toEqual([]);
  });

  it('does not set a share in one state against a national share, a share at another time, or a share of another group of voters', () => {
    expect(groups('A national Harbour poll shows Okafor at 44 percent. In Pennsylvania, a Lakeside College poll has Okafor at 39 percent.')).toEqual([]);
    expect(groups('Okafor is up from 37 percent in January, the Harbour poll shows. A Lakeside College survey puts Okafor at 47 percent.')).toEqual([]);
    expect(groups('In the Harbour poll, Okafor has 72 percent among Democrats. A Lakeside College survey puts Okafor at 51 percent among Republicans.')).toEqual([]);
    // The share of all voters is not the share of women (`contested.md`).
    expect(groups('In the Harbour poll, Okafor has 46 percent. A Lakeside College survey puts Okafor at 58 percent among women.')).toEqual([]);
    // The same state, the same month or the same group in two polls still is.
    expect(groups('A Harbour poll shows Okafor at 44 percent in Ohio. A Lakeside College poll has Okafor at 39 percent in Ohio.').length).toBe(1);
    expect(groups('In the Harbour poll, Okafor has 72 percent among Democrats. A Lakeside College survey puts Okafor at 61 percent among Democratic voters.').length).toBe(1);
  });

  it('reads a dispute phrase only when it is about a figure', () => {
    // "exaggerated stories" disputes no figure; "exaggerated the size of the crowd" does.
    expect(groups('Okafor finally agreed to a 10-month pause, though aides told exaggerated stories of the talks.')).toEqual([]);
    expect(groups('Organisers said 40,000 people marched. Police said organisers exaggerated the size of the crowd.').map(([kind]) => kind)).toEqual(['disputed']);
    // "put the lower-court rulings on hold" is no other estimate.
    expect(groups('Of the three states, only Kestania asked the court to put the lower-court rulings on hold.')).toEqual([]);
    // A correction that misstates nothing corrects no figure.
    expect(groups('She won the seat.\n\nCORRECTION: An alternate version of this article, on her 10-year term, was published by mistake.')).toEqual([]);
    expect(groups('She won the seat.\n\nCORRECTION: An earlier version of this article misstated her term as 12 years.').length).toBe(1);
  });

  it('does not set figures of two events, two years or two windows against each other, nor a total against its parts', () => {
    expect(groups('In Kestania, 367,000 people voted in the Democratic primary. In the Republican primary, 603,000 people voted.')).toEqual([]);
    expect(groups('Almost 650 golf courses have closed since 2006, the foundation says. In 2013 alone, 158 golf courses closed.')).toEqual([]);
    expect(groups('Ruiz’s campaign manager said Ruiz raised about $4 million that day. Ruiz’s campaign raised more than $26 million last month.')).toEqual([]);
    expect(groups('The department removed a dozen sensitive emails sent to Okafor’s aides, a memo says. Two emails sent to Okafor and 10 emails sent to her aides were moved, the memo says.')).toEqual([]);
    // The same window from two sources still is.
    expect(groups('Ruiz raised $26 million last month, her campaign said. Ruiz raised $19 million last month, according to filings.').length).toBe(1);
  });

  it('keeps real disagreements that only look like the cases above', () => {
    // A group of voters that says something is a speaker, not a poll's subgroup.
    expect(groups('Republicans say Okafor’s approval rating is 40 percent. Democrats say Okafor’s approval rating is 55 percent.').length).toBe(1);
    // "Likely voters" is the whole poll.
    expect(groups('The Lakeside poll found Okafor at 46 percent. Likely voters favored Okafor, 52 percent to 40 percent, in the Harbour poll.').map(([, , f]) => f)).toContainEqual(['46 percent', '52 percent']);
    // Three sources whose counts happen to add up still disagree.
    expect(groups('Officials said 12 people died in the flood. Rescuers said 24 people died in the flood. Doctors said 12 people died in the flood.').length).toBe(1);
    // A count after a place is no age; a growth rate is a level.
    expect(groups('The death toll in Gaza was 145, officials said. Rescuers said the death toll in Gaza was 120.').length).toBe(1);
    expect(groups('GDP growth of 3 percent is expected, the ministry said. The IMF put GDP growth at 2 percent.').length).toBe(1);
  });

  it('reads ages after a capitalised pronoun, and a correction that says a figure was wrong', () => {
    expect(groups('“People are pushed out at 55,” Brandt said. She’s 45, she said.')).toEqual([]);
    expect(groups('She won the seat.\n\nCORRECTION: An earlier version of this article gave the wrong number of votes, 4,100.').length).toBe(1);
  });
});
