import { describe, expect, it } from 'vitest';
import { spanAfter, spanBefore, unchangedEnds } from '../../../src/server/editMap';

describe('unchanged ends of two versions of a text', () => {
  const before = 'Police said 12 people fled. The mayor said 40 homes burned.';
  const after = 'Police said 12 people, maybe more, fled. The mayor said 40 homes burned.';

  it('finds the common start and end around an insertion', () => {
    const ends = unchangedEnds(before, after);
    expect(before.slice(0, ends.prefix)).toBe('Police said 12 people');
    expect(before.slice(before.length - ends.suffix)).toBe(' fled. The mayor said 40 homes burned.');
  });

  it('maps a span before the edit as it is, one after it by the length inserted, and none across it', () => {
    const ends = unchangedEnds(before, after);
    const twelve = after.indexOf('12');
    expect(spanBefore(ends, twelve, twelve + 2)).toEqual({ start: before.indexOf('12'), end: before.indexOf('12') + 2 });
    const forty = after.indexOf('40');
    expect(spanBefore(ends, forty, forty + 2)).toEqual({ start: before.indexOf('40'), end: before.indexOf('40') + 2 });
    expect(spanAfter(ends, before.indexOf('40'), before.indexOf('40') + 2)).toEqual({ start: forty, end: forty + 2 });
    expect(spanBefore(ends, after.indexOf('maybe'), after.indexOf('maybe') + 5)).toBeUndefined();
    expect(spanAfter(ends, before.indexOf('people'), before.indexOf('fled'))).toBeUndefined();
  });

  it('keeps a repeated character on one side only (the prefix and suffix never overlap)', () => {
    const ends = unchangedEnds('aaaa', 'aaaaa');
    expect(ends.prefix + ends.suffix).toBe(4);
  });
});
