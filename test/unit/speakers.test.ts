import { describe, expect, it } from 'vitest';
import { run, speakersOf } from './helpers';

describe('speaker resolution', () => {
  it('resolves "Mr. Lavrov" to the full name given earlier', () => {
    const r = run('Foreign Minister Sergey Lavrov arrived. “No,” Mr. Lavrov said.');
    expect(r.quotes[0]!.speaker).toMatchObject({ text: 'Mr. Lavrov', name: 'Sergey Lavrov', mention: 'name', entity: 'person' });
  });

  it('resolves "he" and "she" to the nearest person of that gender', () => {
    const md = 'Mayor Linda Park met Mr. Tomas Berg on Monday.\n\n“We agree,” she said.\n\n“Partly,” he said.';
    expect(speakersOf(md)).toEqual([
      ['“We agree,”', 'Linda Park'],
      ['“Partly,”', 'Tomas Berg'],
    ]);
  });

  it('resolves a description to the person described that way earlier', () => {
    const md = 'Jailed opposition leader Anton Vell called for protests.\n\n“Go out,” the 49-year-old opposition leader said in a statement.';
    const [quote] = run(md).quotes;
    expect(quote!.speaker).toMatchObject({ text: 'the 49-year-old opposition leader', name: 'Anton Vell', mention: 'description' });
  });

  it('resolves "the newspaper" to the paper named before', () => {
    const md = 'The Valmora Gazette published the memo.\n\n“It is authentic,” the newspaper said.';
    expect(run(md).quotes[0]!.speaker?.name).toBe('Valmora Gazette');
  });

  it('names a body by its whole name, not by a title word or a person inside it', () => {
    const names = (md: string) => run(md).attributions.map((a) => [a.speaker.name, a.speaker.entity]);
    // A title word past a body's "of" ("Labor", "Health") is part of the name.
    expect(names('About 40 percent of dockers lack a pension, according to the Bureau of Labor Statistics.')).toEqual([['Bureau of Labor Statistics', 'organization']]);
    // After a body's "for", "and" joins the rest of its name.
    expect(names('The Institute for Harbor and Coastal Studies found that 12 piers had failed.')).toEqual([['Institute for Harbor and Coastal Studies', 'organization']]);
    expect(names('General Electric says it paid $3.2 billion in taxes.')).toEqual([['General Electric', 'organization']]);
    // A body named after a person is the body.
    expect(names('The Lindqvist administration said it would hire 900 inspectors.')).toEqual([['Lindqvist administration', 'organization']]);
    // Decoys: a titled person stays a person, and a document stands for its issuer.
    expect(names('Secretary of State Antony Blinken said 141 nations agreed.')).toEqual([['Antony Blinken', 'person']]);
    expect(names('A United Nations estimate shows 830,000 people fled.')[0]![0]).toBe('United Nations');
  });

  it('resolves "the report" to the report named before, never to whichever body was named last', () => {
    const names = (md: string) => run(md).attributions.map((a) => a.speaker.name);
    expect(names('Dock workers met the Valmora Trade Council on Monday.\n\nThe report says 40 piers failed.')).toEqual(['report']);
    expect(names('A Harbor Institute report found that 12 piers failed. The report says 40 more are at risk.')).toEqual(['Harbor Institute', 'Harbor Institute']);
  });

  it('gives a standalone quote the speaker of its paragraph', () => {
    const md = '“It will not happen,” Mayor Ana Ruiz said on Monday. “We are on our land.”';
    expect(speakersOf(md).map(([, s]) => s)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });

  it('carries the speaker into the next paragraph of quotes', () => {
    const md = '“We will rebuild,” said Jon Brask, a retired teacher.\n\n“Not in the same place, though.”';
    expect(speakersOf(md).map(([, s]) => s)).toEqual(['Jon Brask', 'Jon Brask']);
  });

  it('takes the speaker introduced with a colon at the end of the paragraph before', () => {
    const md = 'The Valmora Gazette reports:\n\n"Rescue teams reached the village on Tuesday."';
    expect(run(md).quotes[0]!.speaker?.name).toBe('Valmora Gazette');
  });

  it('resolves "who" to the name before it', () => {
    const md = 'The guests included Ana Ruiz, who joked, “I came for the cake.”';
    expect(run(md).quotes[0]!.speaker).toMatchObject({ text: 'who', name: 'Ana Ruiz' });
  });

  it('leaves a quote without a speaker when nobody is named', () => {
    expect(run('The “temporary” bridge is still there.').quotes[0]!.speaker).toBeNull();
  });
});

describe('a body described by its kind', () => {
  const names = (md: string) => run(md).attributions.map((a) => a.speaker.name);
  it('resolves "the council" to no body of another kind named just before', () => {
    expect(names('Officials at Harbor Bank met on Monday. The city council estimates the repair will cost $3.2 million.')).toEqual(['city council']);
    // A body of that kind, or a word for a body of any kind, still resolves.
    expect(names('Harbor Bank cut its rates on Monday. The bank said the cut would last a year.')).toEqual(['Harbor Bank']);
    expect(names('The Government Accountability Office reviewed the visas. The agency said 40 of them were flawed.')).toEqual(['Government Accountability Office']);
  });
});
