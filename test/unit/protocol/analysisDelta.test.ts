/**
 * An analysis sent as a delta must decode, on the other side of JSON, to
 * exactly the analysis sent in full, whatever the edit; and an edit of one
 * paragraph must send a few items, not the whole model.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, createIncrementalAnalyzer, type Analysis } from '../../../src/core';
import { decodeDelta, deltaSize, encodeDelta } from '../../../src/protocol/analysisDelta';
import { apply, edit, NEWS, REPEATED } from '../editSequences';

/** Every kind of field: a nested quote, a quotation over two paragraphs, sources, figures in a quote, a disputed group. */
const RICH = `“The engineer told us ‘it will hold,’ and it did not,” said Piet Harlan, a farmer who lost 15 acres.

Officials said 40 people were hurt. The Red Cross said 65 people were hurt, a figure the ministry disputes.

“The first phase starts in spring with 300 workers.

“The second phase needs a new budget,” she added.
`;

/** What the other side of the wire holds. */
const wire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function roundTrip(before: Analysis, after: Analysis): Analysis {
  return decodeDelta(wire(before), wire(encodeDelta(before, after)));
}

describe('analysis deltas', () => {
  for (const [name, article] of Object.entries({ NEWS, REPEATED })) {
    it(`decode to the analysis sent in full after every edit of random edit sequences (${name})`, () => {
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 10 }), (edits) => {
          const incremental = createIncrementalAnalyzer();
          let text = article;
          let before = incremental.update(text);
          for (const e of edits) {
            text = apply(text, e);
            const after = incremental.update(text);
            expect(roundTrip(before, after)).toEqual(wire(after));
            before = after;
          }
        }),
        { seed: 20261203, numRuns: 80 },
      );
    });
  }

  it('decode between unrelated analyses too (nothing kept is wrong)', () => {
    const a = analyze(NEWS);
    const b = analyze(REPEATED);
    expect(roundTrip(a, b)).toEqual(wire(b));
    expect(roundTrip(b, a)).toEqual(wire(a));
  });

  it('send only the paragraph an edit touched, with the rest moved by its offsets and ids', () => {
    const paragraph = (i: number) => `“We will rebuild,” said Mayor Ana Ruiz${i}, adding that ${1200 + i} homes were damaged. Officials say nearly ${6000 + i} people fled.\n\n`;
    const text = Array.from({ length: 40 }, (_, i) => paragraph(i)).join('');
    const at = text.indexOf('\n\n', text.length / 2) + 2;
    const before = analyze(text);
    const after = analyze(`${text.slice(0, at)}“It is over,” said Ines Moll, adding that 14 schools were shut.\n\n${text.slice(at)}`);
    const delta = encodeDelta(before, after);
    expect(roundTrip(before, after)).toEqual(wire(after));
    // One new paragraph: its quote, attributions and figure, and the contested group that spans the article.
    const { sent, total } = deltaSize(delta);
    expect(total).toBe(after.quotes.length + after.attributions.length + after.claims.length + after.contested.length);
    expect(sent).toBeLessThanOrEqual(6);
    expect(delta.claims.tail).toBeGreaterThan(30);
    expect(JSON.stringify(delta).length).toBeLessThan(JSON.stringify(after).length / 10);
  });

  it('keep an item only when every one of its fields is the old one moved', () => {
    const before = analyze(`${RICH}\n${REPEATED}`);
    const lists = ['quotes', 'attributions', 'claims', 'contested'] as const;
    expect(lists.every((list) => before[list].length >= 2)).toBe(true);
    expect(before.contested.some((g) => g.disputes.length > 0) && before.claims.some((c) => c.source) && before.quotes.some((q) => q.nested.length > 0 || q.quotation)).toBe(true);
    // The whole analysis moved on by 5 characters: every item is kept.
    const keepAll = Object.fromEntries(lists.map((list) => [list, { head: 0, tail: before[list].length, middle: [] }]));
    const moved = decodeDelta(before, { ...before, length: before.length + 5, ...keepAll } as never);
    for (const list of lists) expect(encodeDelta(before, moved)[list].tail).toBe(before[list].length);
    // Any one field of any item changed: that item and those before it are sent.
    for (const list of lists) {
      moved[list].forEach((item, i) => {
        for (const changed of everyChange(item)) {
          const after = { ...moved, [list]: moved[list].map((other, j) => (j === i ? changed : other)) };
          expect(encodeDelta(before, after)[list].tail, `${list}[${i}] ${JSON.stringify(changed)}`).toBe(before[list].length - 1 - i);
        }
      });
    }
  });

  it('refuse a delta that does not fit the analysis held', () => {
    const before = analyze(NEWS);
    const delta = encodeDelta(before, analyze(`${NEWS}\nOne more line.\n`));
    expect(delta.quotes.head).toBeGreaterThan(0);
    expect(() => decodeDelta({ ...before, quotes: [] }, delta)).toThrow(/keeps/);
  });
});

/** Copies of a value, each with one leaf changed or one list grown. */
function everyChange(value: unknown): unknown[] {
  if (typeof value === 'number') return [value + 1];
  if (typeof value === 'string') return [`${value}~`];
  if (typeof value === 'boolean') return [!value];
  if (value === null) return ['now set'];
  if (Array.isArray(value)) {
    const grown = [...value, value[0] ?? 'one more'];
    return [grown, ...value.flatMap((item, i) => everyChange(item).map((changed) => value.map((other, j) => (j === i ? changed : other))))];
  }
  const record = value as Record<string, unknown>;
  return Object.keys(record).flatMap((key) => everyChange(record[key]).map((changed) => ({ ...record, [key]: changed })));
}
