import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, type Analysis } from '../../src/core';

/** Every span the model holds, with where it came from. */
function spans(a: Analysis): Array<{ start: number; end: number; what: string }> {
  const out: Array<{ start: number; end: number; what: string }> = [];
  for (const q of a.quotes) {
    out.push({ ...q, what: `quote ${q.id}` });
    if (q.speaker) out.push({ ...q.speaker, what: `quote speaker ${q.id}` });
    for (const n of q.nested) out.push({ ...n, what: `nested ${q.id}` });
  }
  for (const x of a.attributions) out.push({ ...x, what: `attribution ${x.id}` }, { ...x.cue, what: `cue ${x.id}` }, { ...x.speaker, what: `speaker ${x.id}` });
  for (const c of a.claims) out.push({ ...c, what: `claim ${c.id}` });
  for (const g of a.contested) for (const d of g.disputes) out.push({ ...d, what: `dispute ${g.id}` });
  return out;
}

/** True when `offset` falls between the two halves of a surrogate pair (an astral character such as an emoji). */
function isSurrogateSplit(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function checkInvariants(text: string): void {
  const a = analyze(text);
  for (const s of spans(a)) {
    expect(s.start, s.what).toBeGreaterThanOrEqual(0);
    expect(s.end, s.what).toBeLessThanOrEqual(text.length);
    expect(s.start, s.what).toBeLessThanOrEqual(s.end);
    expect(isSurrogateSplit(text, s.start), `${s.what} starts inside a surrogate pair`).toBe(false);
    expect(isSurrogateSplit(text, s.end), `${s.what} ends inside a surrogate pair`).toBe(false);
  }
  const quotes = [...a.quotes].sort((x, y) => x.start - y.start);
  for (let i = 1; i < quotes.length; i++) expect(quotes[i]!.start).toBeGreaterThanOrEqual(quotes[i - 1]!.end);
  for (const q of a.quotes) expect(q.text).toBe(text.slice(q.start, q.end));
  for (const c of a.claims) expect(c.text).toBe(text.slice(c.start, c.end).replace(/\s+/g, ' ').trim());
}

// Pieces of news Markdown: marks, numbers, names, markup and hazards (emoji, CRLF, BOM, entities).
const piece = fc.constantFrom(
  '“', '”', '"', "''", '‘', '’', "'", '«', '»', ' said ', ' told reporters ', 'according to ', 'Mr. Lavrov', ' he ', ' she ',
  'Ukrainian officials say ', 'nearly 6,000', ' $4.2 billion ', '12%', 'Thirty-five', ' thousands ', '10 to 15', 'Feb. 24', ' 2022 ',
  '21st', 'F-16', '😀', '𝒳', '\r\n', '\n\n', '\n> ', '# ', '- ', '1. ', '*', '**', '_', '`', '```\n', '[', '](http://x.y)', '<b>', '&amp;', '&#8220;',
  '\\', '|', ' --- ', '---\n', '\uFEFF', ', ', '. ', ': ', ' (D-Ore.) ', ' who ', ' the group, Harbor Watch, ', '\t', ' ',
);
const article = fc.array(fc.oneof({ weight: 4, arbitrary: piece }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) }), { maxLength: 60 }).map((parts) => parts.join(''));

describe('analyze on arbitrary input', () => {
  it('never throws, keeps spans inside the text on whole characters, and never overlaps quotes', () => {
    fc.assert(fc.property(article, (text) => checkInvariants(text)), { numRuns: 400 });
  });

  it('holds the same for fully random strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => checkInvariants(text)), { numRuns: 300 });
  });

  it('holds for mutations of a real-looking article', () => {
    const base = '---\ntitle: T\n---\n\n# Floods\n\n“We will rebuild,” said Mayor Ana Ruiz, adding that 1,200 homes were damaged.\n\nOfficials say nearly 6,000 people fled; the Red Cross disputes that figure.\n\n> “It took everything,” she said.\n';
    const mutation = fc.tuple(fc.nat(base.length), fc.nat(12), fc.string({ unit: 'grapheme', maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(mutation, { maxLength: 6 }), (edits) => {
        let text = base;
        for (const [at, remove, insert] of edits) {
          const i = Math.min(at, text.length);
          text = text.slice(0, i) + insert + text.slice(i + remove);
        }
        checkInvariants(text);
      }),
      { numRuns: 300 },
    );
  });

  it('is the same for the same input (no hidden state between calls)', () => {
    const text = '“One,” Mr. Lavrov said. Ukrainian officials say nearly 6,000 died.';
    expect(analyze(text)).toEqual(analyze(text));
  });
});
