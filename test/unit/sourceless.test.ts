import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const cues = (md: string) => run(md).attributions.map((a) => [a.cue.text, a.speaker?.name ?? null, a.rule]);

describe('attributions that name no source', () => {
  it('reads the writer’s impression: "seemed to", "appears to", "it appeared that"', () => {
    expect(cues('The council seemed to relish the fight. The levee appears to have held. It appeared that nobody had left.')).toEqual([
      ['seemed', null, 'cue.sourceless.seems'],
      ['appears', null, 'cue.sourceless.seems'],
      ['appeared', null, 'cue.sourceless.seems'],
    ]);
    // Showing up, causatives and concessions are no impression reported.
    expect(cues('The mayor appeared on the evening news. The deputy appeared to the crowd at noon. The lighting makes him seem taller. Odd as it may seem, the ferry ran.')).toEqual([]);
  });

  it('reads a view reported without its holder: "is expected to", "was widely expected", "is believed to", "it is said that"', () => {
    expect(cues('The Harbor Board is expected to vote on Monday. A ruling was widely expected in May. The courier is believed to have left. It is said that the mill will close.')).toEqual([
      ['is expected', null, 'cue.sourceless.passive'],
      ['was widely expected', null, 'cue.sourceless.passive'],
      ['is believed', null, 'cue.sourceless.passive'],
      ['is said', null, 'cue.sourceless.passive'],
    ]);
    // A passive with its agent is "cue.passive-by"'s; commonplaces are no forecast.
    expect(cues('A ruling is expected by the clerk of the court.').map((c) => c[2])).not.toContain('cue.sourceless.passive');
    expect(cues('As might be expected, the ferry was late. Maybe it is to be expected. The bridge is said by some to sway.')).toEqual([]);
  });

  it('attributes its own clause, not the words of a cue with a source beside it', () => {
    const r = run('Officials said the vote seems close, an aide said.');
    const seems = r.attributions.find((a) => a.speaker === null)!;
    expect(seems.content.map((s) => r.slice(s))).toEqual(['the vote', 'close']);
  });

  it('reads "reportedly"', () => {
    expect(cues('The treasurer reportedly left the meeting early.')).toEqual([['reportedly', null, 'cue.sourceless.adverb']]);
  });

  it('reads a question put to the subject by someone unnamed, the question as its content', () => {
    const md = 'Asked whether she would run again, Mayor Dana Whitfield smiled. Later the treasurer was asked about the audit.';
    const r = run(md);
    const asked = r.attributions.filter((a) => a.rule === 'cue.asked');
    expect(asked.map((a) => [a.cue.text, a.speaker, a.content.map((s) => r.slice(s))])).toEqual([
      ['Asked', null, ['whether she would run again']],
      ['was asked about', null, ['the audit']],
    ]);
    expect(cues('When asked about the levy, the treasurer shrugged.')).toContainEqual(['asked about', null, 'cue.asked']);
    // The same cue found with its source wins.
    expect(cues('The treasurer asked whether the levy would pass.').filter((c) => c[2] === 'cue.asked')).toEqual([]);
  });

  it('never becomes a figure’s source: the article’s voice, or the sourced attribution around it', () => {
    const sources = (md: string) => {
      const r = run(md);
      expect(r.attributions.some((a) => a.speaker === null && a.content.some((s) => r.slice(s).includes(r.claims[0]!.text)))).toBe(true);
      return r.claims.map((c) => [c.text, c.source?.name ?? null]);
    };
    expect(sources('Inflation is expected to reach 4 percent this year.')).toEqual([['4 percent', null]]);
    expect(sources('The Harbor Board said the levy is expected to raise $3 million.')).toEqual([['$3 million', 'Harbor Board']]);
  });

  it('never takes a quote from a sourced attribution, nor gives one a speaker', () => {
    const r = run('“We will see,” Mayor Dana Whitfield said, and seemed to mean it.');
    expect(r.attributions.map((a) => [a.cue.text, a.speaker?.name ?? null])).toEqual([['said', 'Dana Whitfield'], ['seemed', null]]);
    expect(r.quotes.map((q) => q.speaker?.name)).toEqual(['Dana Whitfield']);
    const alone = run('The ferry reportedly flew a “Harbour Pride” flag.');
    expect(alone.attributions.map((a) => [a.cue.text, a.speaker])).toEqual([['reportedly', null]]);
    expect(alone.quotes.map((q) => q.speaker)).toEqual([null]);
  });
});
