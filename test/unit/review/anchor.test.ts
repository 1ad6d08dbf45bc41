import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnchor, FUZZY_ERROR_RATE, reanchor, reanchorAll, similarity } from '../../../src/review/anchor';

const article = [
  'The flood reached Valmora on Tuesday. Officials say nearly 6,000 people fled the lower town.',
  '',
  'The Interior Ministry put the dead at 38, while the Red Cross said more than 140 had died.',
  '',
  '“We will rebuild,” said Mayor Ana Ruiz, who asked for $4.2 billion in aid.',
].join('\n');

const spanOf = (text: string, needle: string, from = 0) => {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`no ${needle}`);
  return { start, end: start + needle.length };
};
const anchorOn = (text: string, needle: string) => {
  const { start, end } = spanOf(text, needle);
  return createAnchor(text, start, end);
};

describe('createAnchor', () => {
  it('keeps the exact text and 32 units of context either side', () => {
    const anchor = anchorOn(article, '$4.2 billion');
    expect(anchor.exact).toBe('$4.2 billion');
    expect(anchor.prefix).toBe(article.slice(anchor.start - 32, anchor.start));
    expect(anchor.suffix).toBe(' in aid.');
  });

  it('never cuts an emoji in two', () => {
    // 32 units before the figure falls on the emoji's second half.
    const text = `😀${'y'.repeat(31)}498 died`;
    expect(createAnchor(text, 33, 36).prefix).toBe('y'.repeat(31));
  });
});

describe('reanchor', () => {
  it('finds the text where it was', () => {
    const anchor = anchorOn(article, '38');
    expect(reanchor(anchor, article)).toEqual({ start: anchor.start, end: anchor.end, exact: true });
  });

  it('follows its text when a paragraph is added above it', () => {
    const anchor = anchorOn(article, 'more than 140');
    const edited = `A new lead paragraph.\n\n${article}`;
    expect(reanchor(anchor, edited)).toEqual({ ...spanOf(edited, 'more than 140'), exact: true });
  });

  it('follows its text when paragraphs swap', () => {
    const [first, , second, , third] = article.split('\n');
    const moved = [third, '', first, '', second].join('\n');
    for (const needle of ['nearly 6,000', '38', '$4.2 billion', '“We will rebuild,”']) {
      expect(reanchor(anchorOn(article, needle), moved)).toEqual({ ...spanOf(moved, needle), exact: true });
    }
  });

  it('picks the occurrence whose context agrees, not merely the nearest', () => {
    const text = 'Police counted 38 cars. Later the ministry put the dead at 38, a figure others dispute.';
    const second = text.lastIndexOf('38');
    const anchor = createAnchor(text, second, second + 2);
    // Both 38s move; the first lands where the second was.
    const edited = `Police counted 38 cars at the crossing on the ring road at dawn. ${text.slice(text.indexOf('Later'))}`;
    const found = reanchor(anchor, edited)!;
    expect(edited.slice(found.start - 8, found.end)).toBe('dead at 38');
  });

  it('follows a quote whose typo was fixed, and says it changed', () => {
    const text = 'She said: “The water came faster than anyone had expectd it to,” and left.';
    const anchor = anchorOn(text, '“The water came faster than anyone had expectd it to,”');
    const edited = text.replace('expectd', 'expected');
    const found = reanchor(anchor, edited)!;
    expect(found.exact).toBe(false);
    expect(edited.slice(found.start, found.end)).toBe('“The water came faster than anyone had expected it to,”');
  });

  it('is an orphan when its text is rewritten beyond recognition', () => {
    const anchor = anchorOn(article, '“We will rebuild,”');
    expect(reanchor(anchor, article.replace('“We will rebuild,”', '“Nothing is left here,”'))).toBeNull();
  });

  it('is an orphan when a short figure changes, even if the old figure appears elsewhere', () => {
    const text = 'Officials counted 38 boats. The ministry put the dead at 38 on Tuesday.';
    const at = text.lastIndexOf('38');
    const anchor = createAnchor(text, at, at + 2);
    expect(reanchor(anchor, text.replace('dead at 38', 'dead at 41'))).toBeNull();
  });

  it('is an orphan when its text is deleted', () => {
    const anchor = anchorOn(article, 'nearly 6,000');
    expect(reanchor(anchor, article.replace('Officials say nearly 6,000 people fled the lower town.', ''))).toBeNull();
  });
});

describe('similarity', () => {
  it('is 1 for equal strings and falls with the edit distance', () => {
    expect(similarity('', '')).toBe(1);
    expect(similarity('abcd', 'abcd')).toBe(1);
    expect(similarity('abcd', 'abed')).toBe(0.75);
    expect(similarity('abcd', '')).toBe(0);
  });
});

// Property tests: articles of random sentences with figures, anchors on random spans, random edits.
const WORDS = ['the', 'ministry', 'said', 'flood', 'river', 'town', 'people', 'fled', 'council', 'water', 'rose', 'report', 'according', 'to', 'officials', 'in', 'of', 'a', 'mayor', 'aid', 'roads', 'bridge', 'schools', 'closed', 'on', 'Tuesday', 'Valmora', 'Ruiz', 'Marrow', 'estimated', 'damage', 'homes', 'north', 'south', 'villages'];
// Common words repeat as in real text; made-up words and wide-ranging numbers keep long repeats rare.
const madeUp = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: 2, maxLength: 9 });
const word = fc.oneof(fc.constantFrom(...WORDS), madeUp, madeUp, fc.integer({ min: 0, max: 99999 }).map(String), fc.integer({ min: 1, max: 9999 }).map((n) => `$${n / 10} million`), fc.integer({ min: 1, max: 99 }).map((n) => `${n}%`));
const sentence = fc.array(word, { minLength: 4, maxLength: 14 }).map((ws) => `${ws.join(' ')}.`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((ss) => ss.join(' '));
const text = fc.array(paragraph, { minLength: 3, maxLength: 10 }).map((ps) => ps.join('\n\n'));
const insertion = fc.array(word, { minLength: 0, maxLength: 8 }).map((ws) => (ws.length ? ` ${ws.join(' ')} ` : ''));

/** Anchors on spans at word boundaries, 2 to 40 units long. */
function anchorsIn(t: string, seeds: readonly number[]) {
  const starts = [...t.matchAll(/\S+/g)].map((m) => m.index!);
  return seeds.map((seed) => {
    const start = starts[seed % starts.length]!;
    let end = t.indexOf(' ', start + 2 + (seed % 30));
    if (end < 0 || end - start > 40) end = Math.min(t.length, start + 2 + (seed % 30));
    return createAnchor(t, start, end);
  });
}

interface Edit {
  start: number;
  end: number;
  insert: string;
}
const apply = (t: string, e: Edit) => t.slice(0, e.start) + e.insert + t.slice(e.end);
/** Where an untouched span is after the edit. */
const mapped = (span: { start: number; end: number }, e: Edit) => {
  const delta = e.insert.length - (e.end - e.start);
  return span.start >= e.end ? { start: span.start + delta, end: span.end + delta } : { start: span.start, end: span.end };
};
const touches = (span: { start: number; end: number }, e: Edit) => !(span.end <= e.start || span.start >= e.end);

// A fixed seed keeps CI repeatable; CLAIMLENS_PROPERTY_RUNS=20000 CLAIMLENS_PROPERTY_SEED=… for a longer, new search.
const RUNS = Number(process.env.CLAIMLENS_PROPERTY_RUNS ?? 300);
const SEED = Number(process.env.CLAIMLENS_PROPERTY_SEED ?? 20261202);

describe('re-anchoring properties', () => {
  it(`an edit elsewhere leaves every anchor at its own text (${RUNS} random articles and edits)`, () => {
    let anchorsChecked = 0;
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { minLength: 1, maxLength: 12 }), fc.nat(), fc.nat({ max: 60 }), insertion, (t, seeds, at, length, insert) => {
        const anchors = anchorsIn(t, seeds);
        const start = at % (t.length + 1);
        const edit = { start, end: Math.min(t.length, start + length), insert };
        fc.pre(!anchors.some((a) => touches(a, edit) || (edit.start === edit.end && a.start < edit.start && edit.start < a.end)));
        const edited = apply(t, edit);
        const found = reanchorAll(anchors, edited);
        anchors.forEach((a, i) => {
          expect(found[i]).toEqual({ ...mapped(a, edit), exact: true });
          anchorsChecked++;
        });
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect(anchorsChecked).toBeGreaterThan(RUNS);
  });

  it(`moving a paragraph carries its anchors along (${RUNS} random cases)`, () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), (t, from, to, seeds) => {
        const paragraphs = t.split('\n\n');
        const moved = paragraphs[from % paragraphs.length]!;
        const rest = paragraphs.filter((_, i) => i !== from % paragraphs.length);
        const edited = [...rest.slice(0, to % (rest.length + 1)), moved, ...rest.slice(to % (rest.length + 1))].join('\n\n');
        // Anchors inside the moved paragraph, which is unique enough to place.
        const base = t.indexOf(moved);
        fc.pre(t.indexOf(moved, base + 1) < 0 && edited.indexOf(moved) === edited.lastIndexOf(moved));
        const local = anchorsIn(moved, seeds);
        const anchors = local.map((a) => createAnchor(t, a.start + base, a.end + base));
        const target = edited.indexOf(moved);
        const found = reanchorAll(anchors, edited);
        local.forEach((a, i) => {
          const f = found[i];
          expect(f).toEqual({ start: a.start + target, end: a.end + target, exact: true });
        });
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it(`an edit inside an anchored span: it follows with a close text, or is an orphan; never elsewhere (${RUNS} random cases)`, () => {
    const outcomes = { followed: 0, orphaned: 0 };
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), fc.nat({ max: 20 }), insertion, (t, seed, at, length, insert) => {
        const [anchor] = anchorsIn(t, [seed]);
        fc.pre(anchor!.end > anchor!.start + 1);
        const start = anchor!.start + (at % (anchor!.end - anchor!.start));
        const edit = { start, end: Math.min(t.length, start + length), insert };
        fc.pre(edit.end > edit.start || edit.insert.length > 0);
        const edited = apply(t, edit);
        const found = reanchor(anchor!, edited);
        if (!found) {
          outcomes.orphaned++;
          return;
        }
        outcomes.followed++;
        // It overlaps where its text went (the old span stretched over the edit) ...
        const delta = edit.insert.length - (edit.end - edit.start);
        const region = { start: Math.min(anchor!.start, edit.start), end: Math.max(anchor!.end + delta, edit.start + edit.insert.length) };
        expect(found.start < region.end && found.end > region.start).toBe(true);
        // ... and its text is within the error budget of what was checked.
        const distance = (1 - similarity(found.exact ? anchor!.exact : edited.slice(found.start, found.end), anchor!.exact)) * Math.max(anchor!.exact.length, found.end - found.start);
        if (anchor!.exact.length <= 64) expect(Math.round(distance)).toBeLessThanOrEqual(Math.floor(anchor!.exact.length * FUZZY_ERROR_RATE));
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // Both outcomes happen, so neither path is dead.
    expect(outcomes.followed).toBeGreaterThan(0);
    expect(outcomes.orphaned).toBeGreaterThan(0);
  });
});
