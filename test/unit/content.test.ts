import { describe, expect, it } from 'vitest';
import { ruleErrorNotice } from '../../src/core';
import { RuleErrors } from '../../src/core/guard';
import { run } from './helpers';

/** Each attribution as [cue, its content as written]. */
function contents(md: string): Array<[string, string[]]> {
  return run(md).attributions.map((a) => [a.cue.text, a.content.map((s) => md.slice(s.start, s.end))]);
}

describe('what an attribution attributes', () => {
  it('takes the reported clause after the cue, without the full stop', () => {
    expect(contents('Port officials said the dock would reopen on Monday.')).toEqual([['said', ['the dock would reopen on Monday']]]);
    expect(contents('Greta Lind wrote that the plan had failed.')).toEqual([['wrote', ['that the plan had failed']]]);
  });

  it('stops where a comma, a conjunction and a new subject start a clause of the article’s own', () => {
    expect(contents('The harbor master said the dock would reopen, but the council voted to keep it shut.')).toEqual([['said', ['the dock would reopen']]]);
    expect(contents('Lena Ruiz said the strike was over, and she went home.')).toEqual([['said', ['the strike was over']]]);
    // A second reported clause, or a second verb of the first, is still what was said; so is a conjunction inside a quotation.
    expect(contents('Lena Ruiz said prices rose, and that wages fell.')).toEqual([['said', ['prices rose, and that wages fell']]]);
    expect(contents('Lena Ruiz said the plan would cut costs, and save jobs.')).toEqual([['said', ['the plan would cut costs, and save jobs']]]);
    // A contrast is often part of what was said.
    expect(contents('The magazine said Oslo led with 79, while Bergen had 51.')).toEqual([['said', ['Oslo led with 79, while Bergen had 51']]]);
    expect(contents('Lena Ruiz said “we will strike, and the port will close” if talks fail.')).toEqual([['said', ['“we will strike, and the port will close” if talks fail']]]);
  });

  it('stops at a relative clause of the article’s own that closes the sentence (", which …", ", who …")', () => {
    expect(contents('The harbor master said the dock would reopen in May, which would end a year of closures.')).toEqual([['said', ['the dock would reopen in May']]]);
    expect(contents('Lena Ruiz said the vote belonged to Tomas Berg, who has led the union since 2009.')).toEqual([['said', ['the vote belonged to Tomas Berg']]]);
    // A relative clause set off in mid-sentence, or one inside a quotation, is still what was said.
    expect(contents('Lena Ruiz said the plan, which the council drafted, would fail.')).toEqual([['said', ['the plan, which the council drafted, would fail']]]);
    expect(contents('Lena Ruiz said “the dock, which we built, will close” in May.')).toEqual([['said', ['“the dock, which we built, will close” in May']]]);
    expect(contents('Lena Ruiz said they would strike “until the port, which we run, closes.”')).toEqual([['said', ['they would strike “until the port, which we run, closes.”']]]);
  });

  it('leaves out the one spoken to', () => {
    expect(contents('The harbor master told reporters the dock was closed.')).toEqual([['told', ['the dock was closed']]]);
  });

  it('takes the clause before a set-off cue, and both sides of a cue in mid-sentence', () => {
    expect(contents('The dock will reopen next week, the harbor master said.')).toEqual([['said', ['The dock will reopen next week']]]);
    expect(contents('The plan, she said, would fail within a year.')).toEqual([['said', ['The plan', 'would fail within a year']]]);
  });

  it('takes both sides of a cue set off with a few words of when or where ("These workers, he explained earlier in the hearing, were …")', () => {
    expect(contents('These dockers, Lena Ruiz explained earlier in the hearing, were paid $40,000 a year.')).toEqual([['explained', ['These dockers', 'were paid $40,000 a year']]]);
    expect(contents('The plan, she said on Monday, would fail.')).toEqual([['said', ['The plan', 'would fail']]]);
    // Without a comma before the cue, nothing is set off: the cue's clause runs on.
    expect(contents('Lena Ruiz explained earlier in the hearing, and the dockers agreed.')[0]![1]).not.toContain('and the dockers agreed');
  });

  it('after a quoted line, takes only the quote: the audience, place and time after the cue are the writer’s', () => {
    expect(contents('“We will carry the county,” Lena Ruiz told a crowd of 1,300 on Tuesday.')).toEqual([['told', ['“We will carry the county,”']]]);
    expect(contents('“This is a strange race,” Marco Dell said, looking out at dozens of farmers.')).toEqual([['said', ['“This is a strange race,”']]]);
    // A quote that goes on after the cue, or "that …", is still what was said.
    expect(contents('“The plan,” she said, “would fail.”')[0]![1]).toEqual(['“The plan,”', '“would fail.”']);
    expect(contents('“Enough,” the mayor told reporters that the dock was closed.')[0]![1]).toContain('that the dock was closed');
  });

  it('takes the rest of the sentence around "according to"', () => {
    expect(contents('According to the port authority, 41 ships were stuck and 12 crews had left.')).toEqual([
      ['According to', ['41 ships were stuck and 12 crews had left']],
    ]);
    expect(contents('About 60 miles of levee failed, according to the regional council.')).toEqual([
      ['according to', ['About 60 miles of levee failed']],
    ]);
  });

  it('takes the quotation, marks included, and the quoted sentences that run on after it', () => {
    const md = '“We are ready,” said Maria Olsen, a harbor pilot. “The river is not.”';
    expect(contents(md)).toEqual([['said', ['“We are ready,”', '“The river is not.”']]]);
  });

  it('ends a clause where a second cue joins it', () => {
    expect(contents('The mayor said the levee held, adding that the pumps had failed.')).toEqual([
      ['said', ['the levee held']],
      ['adding', ['that the pumps had failed']],
    ]);
  });

  it('says whether the content is quoted, reported or both', () => {
    const kinds = (md: string) => run(md).attributions.map((a) => a.kind);
    expect(kinds('“We are ready,” said Maria Olsen.')).toEqual(['direct']);
    expect(kinds('Maria Olsen said the port was ready.')).toEqual(['indirect']);
    expect(kinds('Maria Olsen said the port was “ready for anything” by noon.')).toEqual(['mixed']);
  });

  it('stamps the id of the rule that found the cue', () => {
    const rules = (md: string) => run(md).attributions.map((a) => a.rule);
    expect(rules('About 60 miles failed, according to the council.')).toEqual(['cue.according-to']);
    expect(rules('“We are ready,” said Maria Olsen.')).toEqual(['cue.speech-verb.after-quote']);
    expect(rules('Port officials say the dock is closed.')).toEqual(['cue.speech-verb']);
    expect(rules('In a statement posted online, the ministry urged calm.')).toEqual(['cue.statement-noun']);
  });
});

describe('a failing rule', () => {
  it('never stops the analysis of an ordinary sentence', () => {
    const analysis = run('On Friday, said Mr. Harlan, the money came too late.\n\nStill, said Ana Ruiz, “we will rebuild.”');
    expect(analysis.ruleErrors).toEqual([]);
    expect(analysis.attributions.map((a) => a.speaker.text)).toEqual(['Mr. Harlan', 'Ana Ruiz']);
  });

  it('is recorded once with how often it failed, and the fallback stands', () => {
    const errors = new RuleErrors();
    const boom = (): number[] => {
      throw new TypeError('broken rule');
    };
    expect(errors.run('cue.example', boom, [])).toEqual([]);
    expect(errors.run('cue.example', boom, [1])).toEqual([1]);
    expect(errors.run('cue.other', () => [2], [])).toEqual([2]);
    expect(errors.list()).toEqual([{ rule: 'cue.example', message: 'TypeError: broken rule', count: 2 }]);
  });
});

describe('the notice for failed rules', () => {
  it('names each rule, how often it failed and the error, and says the rest stands', () => {
    expect(ruleErrorNotice([])).toBeNull();
    expect(ruleErrorNotice([{ rule: 'cue.verb', message: 'TypeError: x', count: 2 }, { rule: 'figure.read', message: 'RangeError: y', count: 1 }])).toBe(
      'rule cue.verb failed 2 times (TypeError: x); rule figure.read failed once (RangeError: y); its finds are missing, the rest of the analysis stands',
    );
  });
});
