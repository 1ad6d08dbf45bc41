/**
 * The model's invariants (model.ts) on generated and mutated articles, with a
 * fixed seed so a failure reproduces. `npm run fuzz -- --seed N --runs M` runs
 * the same properties larger.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';
import { finiteViolations, GENERATORS, violations } from '../fuzz/invariants';

const SEED = 20261201;
const RUNS = 250;

describe('model invariants on generated input', () => {
  for (const [name, generator] of Object.entries(GENERATORS)) {
    for (const format of ['markdown', 'plaintext'] as const) {
      it(`${name} (${format}): no throw, spans within the text and on whole characters, quotes apart, nested spans inside, text as documented, numbers finite`, () => {
        fc.assert(
          fc.property(generator, (text) => {
            expect(violations(text, { format })).toEqual([]);
          }),
          { seed: SEED, numRuns: RUNS },
        );
      });
    }
  }

  it('holds on the inputs that once broke it', () => {
    // Overlapping quotes and a nested span outside its quote (issue 14, item 6) were found by these generators.
    expect(violations('’a ‘’’')).toEqual([]);
    expect(violations('’"‘')).toEqual([]);
    // A figure too large for a double keeps its span and has no value, never Infinity.
    expect(violations(`Officials say ${'9'.repeat(310)} boats sank.`)).toEqual([]);
    expect(violations(`Between 10 and ${'9'.repeat(310)} boats sank.`)).toEqual([]);
    expect(violations('On Friday, said Mr. Harlan, the money came too late.')).toEqual([]);
    // A speaker mention stops where masked markup begins, so its span and text agree.
    expect(violations('“x,” said [port officials](https://ex.am/a) Coastal officials.')).toEqual([]);
    expect(violations('According to Smith<b>Jones, 10 people fled.')).toEqual([]);
  });

  it('the checks catch what they look for', () => {
    expect(finiteViolations({ value: Number.POSITIVE_INFINITY, nested: [1, Number.NaN] })).toEqual(['analysis.value is Infinity', 'analysis.nested[1] is NaN']);
  });

  it('is the same for the same input (no hidden state between calls)', () => {
    const text = '“One,” Mr. Harlan said. Coastal officials say nearly 6,000 fled.';
    expect(analyze(text)).toEqual(analyze(text));
  });
});
