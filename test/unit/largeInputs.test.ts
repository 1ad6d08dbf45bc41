/** Inputs large enough that spreading them as function arguments would overflow the stack. */
import { describe, expect, it } from 'vitest';
import { analyze, type Claim } from '../../src/core';
import { EXPORTERS } from '../../src/export';
import { extractProse } from '../../src/core/prose';

describe('large inputs', () => {
  it('reads a table of 180,000 cells, one block per cell', () => {
    const table = ['| Town | Homes | Boats |', '| --- | --- | --- |', ...Array.from({ length: 60_000 }, () => '|1|2|3|')].join('\n');
    const blocks = extractProse(table);
    expect(blocks).toHaveLength(3 + 180_000);
    expect(blocks[blocks.length - 1]).toMatchObject({ text: '3', kind: 'table-cell' });
  });

  it('exports 200,000 figures as CSV', () => {
    const text = 'Officials say 40 people fled.';
    const one = analyze(text).claims[0]!;
    const claims: Claim[] = Array.from({ length: 200_000 }, (_, i) => ({ ...one, id: `c${i + 1}` }));
    const csv = EXPORTERS.csv.export([{ file: 'a.md', uri: 'file:///a.md', text, analysis: { ...analyze(text), claims } }]);
    expect(csv.split('\r\n')).toHaveLength(1 + 200_000 + 1);
  });
});
