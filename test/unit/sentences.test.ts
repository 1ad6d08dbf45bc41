import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/core/sentences';

const split = (text: string, quotes: Array<{ start: number; end: number }> = []) => splitSentences(text, quotes).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('does not end sentences at titles, initials, months or U.S. before a lower-case word', () => {
    expect(split('Mr. Lavrov met David R. Sands on Feb. 24 in the U.S. capital. Then he left.')).toEqual([
      'Mr. Lavrov met David R. Sands on Feb. 24 in the U.S. capital.',
      'Then he left.',
    ]);
  });

  it('ends a sentence after an abbreviation when a new sentence clearly starts', () => {
    expect(split('They flew to the U.S. The talks began.')).toEqual(['They flew to the U.S.', 'The talks began.']);
  });

  it('never splits inside a quotation', () => {
    const text = '“It is late. We go now,” she said. He stayed.';
    expect(split(text, [{ start: 0, end: 24 }])).toEqual(['“It is late. We go now,” she said.', 'He stayed.']);
  });

  it('keeps the attribution after a quoted question with the question', () => {
    const text = '“Does anybody know?” Graham asked. “No.”';
    expect(split(text, [{ start: 0, end: 20 }, { start: 35, end: 40 }])).toEqual(['“Does anybody know?” Graham asked.', '“No.”']);
  });

  it('never ends a sentence at a decimal point, an initial or an abbreviation', () => {
    expect(split('The council approved $4.2 billion in aid. It was enough.')).toEqual(['The council approved $4.2 billion in aid.', 'It was enough.']);
    expect(split('Sen. J. R. Hale of Ind. spoke. Then he left.')).toEqual(['Sen. J. R. Hale of Ind. spoke.', 'Then he left.']);
    expect(split('It cost approx. $5 million, Acme Inc. said.')).toEqual(['It cost approx. $5 million, Acme Inc. said.']);
  });

  it('reads "No." as an abbreviation only before a number', () => {
    expect(split('No. 10 said it would. It did.')).toEqual(['No. 10 said it would.', 'It did.']);
    expect(split('The mayor said no. Then she left.')).toEqual(['The mayor said no.', 'Then she left.']);
  });
});
