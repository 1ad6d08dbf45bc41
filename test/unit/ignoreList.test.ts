import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';
import { compileIgnoreList, withoutIgnored } from '../../src/core/ignoreList';

describe('ignore list', () => {
  it('matches whole words or phrases in any case, and /patterns/', () => {
    const { matches, invalid } = compileIgnoreList(['Model 3', '/^route \\d+$/', '/(/', '  ']);
    expect(matches('model 3')).toBe(true);
    expect(matches('Model 30')).toBe(false);
    expect(matches('Route 66')).toBe(true);
    expect(invalid).toEqual(['/(/']);
  });

  it('drops ignored figures and sources, and a contested group left with one figure', () => {
    const text = 'The union says 4,200 workers joined the strike. The port authority says only 900 workers joined. “It is over,” said the port authority.';
    const found = analyze(text);
    expect(found.contested).toHaveLength(1);
    const kept = withoutIgnored(found, compileIgnoreList(['4,200']).matches);
    expect(kept.claims.map((c) => c.text)).toEqual(['only 900']);
    expect(kept.contested).toEqual([]);
    expect(kept.claims[0]!.contestedId).toBeNull();

    const noAuthority = withoutIgnored(found, compileIgnoreList(['port authority']).matches);
    expect(noAuthority.attributions.map((a) => a.speaker.name)).toEqual(['union']);
    expect(noAuthority.claims.find((c) => c.text === 'only 900')!.source).toBeNull();
    expect(noAuthority.quotes.map((q) => q.speaker)).toEqual([null]);
  });
});
