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
});
