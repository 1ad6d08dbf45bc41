/**
 * `npm run fuzz -- [--seed N] [--runs N]`: the model-invariant properties of
 * test/unit/invariants.test.ts, larger (default 5,000 inputs per generator and
 * format) and with any seed. Prints each failure shrunk to a small input, and
 * how many inputs hit a violation already filed elsewhere; exits 1 on a failure.
 */
import fc from 'fast-check';
import { parseArgs } from 'node:util';
import { GENERATORS, violations } from '../test/fuzz/invariants';

const { values } = parseArgs({ options: { seed: { type: 'string' }, runs: { type: 'string', default: '5000' } } });
const seed = values.seed !== undefined ? Number(values.seed) : Date.now() % 2 ** 31;
const runs = Number(values.runs);
if (!Number.isInteger(seed) || !Number.isInteger(runs) || runs < 1) {
  console.error('usage: npm run fuzz -- [--seed N] [--runs N]');
  process.exit(2);
}

console.log(`fuzz: seed ${seed}, ${runs} inputs per generator and format`);
let failures = 0;
const started = Date.now();
for (const [name, generator] of Object.entries(GENERATORS)) {
  for (const format of ['markdown', 'plaintext'] as const) {
    const result = fc.check(
      fc.property(generator, (text) => violations(text, { format }).length === 0),
      { seed, numRuns: runs },
    );
    const label = `${name} (${format})`.padEnd(28);
    if (result.failed) {
      failures++;
      const text = result.counterexample![0] as string;
      console.log(`${label} FAILED after ${result.numRuns} inputs: ${JSON.stringify(text)}`);
      for (const v of violations(text, { format })) console.log(`    ${v}`);
    } else {
      console.log(`${label} ok, ${runs} inputs`);
    }
  }
}
console.log(`fuzz: ${failures} failing generators, ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exitCode = failures > 0 ? 1 : 0;
