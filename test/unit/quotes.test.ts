import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const quoted = (md: string) => run(md).quotes.map((q) => q.text);

describe('quotes', () => {
  it('finds curly, straight, NYT-style doubled and guillemet quotes with their marks', () => {
    const r = run('“One,” she said. "Two," he said. \'\'Three,\'\' they said. «Four», elle a dit.');
    expect(r.quotes.map((q) => [q.text, q.mark])).toEqual([
      ['“One,”', 'curly'],
      ['"Two,"', 'straight'],
      ["''Three,''", 'doubled'],
      ['«Four»', 'guillemet'],
    ]);
  });

  it('reports partial quotes inside the writer’s sentence', () => {
    const r = run('He said a victory is “impossible.” Then he left.');
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.text).toBe('“impossible.”');
    expect(r.quotes[0]!.partial).toBe(true);
  });

  it('never takes apostrophes for quote marks', () => {
    expect(quoted('They’ll see Ukraine’s answer in the ’90s style, and the Smiths’ dog won’t.')).toEqual([]);
    expect(quoted("They'll see Ukraine's answer in the '90s, rock 'n' roll.")).toEqual([]);
  });

  it('treats feet and inch marks as measurements', () => {
    expect(quoted('He is 6\'3" tall and carried a 12" board.')).toEqual([]);
  });

  it('keeps a single quote inside a double quote as nested, not as a quote of its own', () => {
    const r = run('“He told me ‘never again,’ and left,” she said.');
    expect(r.quotes.map((q) => q.text)).toEqual(['“He told me ‘never again,’ and left,”']);
    expect(r.slice(r.quotes[0]!.nested[0]!)).toBe('‘never again,’');
  });

  it('reports single quotes at top level (headline style)', () => {
    expect(quoted('Obama on Climate Change: The Trends Are ‘Terrifying.’')).toEqual(['‘Terrifying.’']);
  });

  it('links a multi-paragraph quote: every paragraph opens, only the last closes', () => {
    const md = '“We will rebuild,” she said. “The first paragraph goes on.\n\n“The second paragraph goes on.\n\n“And this one ends.”\n\nNot quoted.';
    const r = run(md);
    const linked = r.quotes.filter((q) => q.quotation);
    expect(linked.map((q) => q.quotation!.segment)).toEqual([0, 1, 2]);
    expect(new Set(linked.map((q) => q.quotation!.id)).size).toBe(1);
    expect(linked.every((q) => q.closed)).toBe(true);
    expect(linked.every((q) => q.speaker?.name === r.quotes[0]!.speaker?.name)).toBe(true);
  });

  it('ends an unclosed quote at its paragraph and flags it', () => {
    const r = run('“This never closes, she said.\n\nA new paragraph.');
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.text).toBe('“This never closes, she said.');
    expect(r.quotes[0]!.closed).toBe(false);
  });

  it('starts a new quote at a line that opens with a quote mark', () => {
    const r = run('“First comment.” ― Ana Ruiz\n“Second comment.” ― Jon Brask');
    expect(r.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['“First comment.”', 'Ana Ruiz'],
      ['“Second comment.”', 'Jon Brask'],
    ]);
  });

  it('accepts a closing glyph typed for an opening one when the quote closes in its paragraph', () => {
    expect(quoted('”What a night,” said Ana Ruiz.')).toEqual(['”What a night,”']);
  });

  it('closes a curly quote with a straight mark that can only close, instead of reading a nested quote', () => {
    const r = run('“We waited six hours," Jo Penn said. "Nobody told us anything.” The ferry left at noon.');
    expect(r.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['“We waited six hours,"', 'Jo Penn'],
      ['"Nobody told us anything.”', 'Jo Penn'],
    ]);
    // A straight pair inside a curly quote is still nested.
    expect(quoted('“He wrote "closed" on the gate,” said Jo Penn.')).toEqual(['“He wrote "closed" on the gate,”']);
  });

  it('never lets a stray closing mark open a quote that runs on into the next paragraph', () => {
    const r = run('The ferry company called the delay ”regrettable and left it there.\n\n“We waited six hours,” said Jo Penn.');
    expect(r.quotes.map((q) => [q.text, q.quotation, q.speaker?.name])).toEqual([['“We waited six hours,”', null, 'Jo Penn']]);
  });

  it('joins paragraphs into one quotation only when each continuing paragraph opens with a mark', () => {
    const joined = run('“We will rebuild,” said Ana Ruiz. “It will take years.\n\n“But we are staying.”');
    expect(joined.quotes.map((q) => [q.quotation?.segment ?? null, q.speaker?.name])).toEqual([[null, 'Ana Ruiz'], [0, 'Ana Ruiz'], [1, 'Ana Ruiz']]);
    const unclosed = run('“We will rebuild, said Ana Ruiz.\n\nThe council met on Monday. “Nobody told us,” said Jo Penn.');
    expect(unclosed.quotes.map((q) => [q.text, q.closed, q.quotation])).toEqual([
      ['“We will rebuild, said Ana Ruiz.', false, null],
      ['“Nobody told us,”', true, null],
    ]);
  });

  it('does not report quotes inside code', () => {
    expect(quoted('Use `"x"` here.\n\n```\n"not prose"\n```\n')).toEqual([]);
  });

  it('folds a single quote inside another at top level into it instead of reporting two overlapping quotes', () => {
    const text = 'She read ‘the sign said ‘closed’ all week’ aloud.';
    const r = run(text);
    expect(r.quotes.map((q) => q.text)).toEqual(['‘the sign said ‘closed’ all week’']);
    expect(r.quotes[0]!.nested.map((n) => text.slice(n.start, n.end))).toEqual(['‘closed’']);
  });

  it('never closes a single quote opened outside a double quote with a mark inside it', () => {
    // The ‘ before the double quote never closes; the ’ inside closes nothing.
    const r = run('He wrote ‘Note: “Bring the maps’ tomorrow,” she said.');
    for (const q of r.quotes) for (const n of q.nested) expect(n.start >= q.start && n.end <= q.end).toBe(true);
    expect(r.quotes.map((q) => q.text)).toContain('“Bring the maps’ tomorrow,”');
    expect(r.quotes.find((q) => q.mark === 'curly')!.nested).toEqual([]);
  });
});
