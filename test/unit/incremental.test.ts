/**
 * The incremental analyzer against a full analysis: after every edit of a
 * random sequence, `update(text)` must deep-equal `analyze(text)`. Fixed
 * seeds, so a failure reproduces.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, createIncrementalAnalyzer, type AnalyzeOptions } from '../../src/core';
import { apply, CRLF, edit, FRONT, NEWS, REPEATED, type Edit } from './editSequences';

/** Runs the edits on a fresh analyzer, checking every step; returns how many updates parsed only part of the text. */
function checkSequence(start: string, edits: readonly Edit[], options: AnalyzeOptions = {}): number {
  const incremental = createIncrementalAnalyzer(options);
  expect(incremental.update(start)).toEqual(analyze(start, options));
  let partial = 0;
  let text = start;
  for (const e of edits) {
    text = apply(text, e);
    expect(incremental.update(text)).toEqual(analyze(text, options));
    if (!incremental.stats.fullParse) partial++;
  }
  return partial;
}

describe('incremental analysis equals a full analysis', () => {
  it('on articles with quotes, attributions, figures and contested groups to keep', () => {
    for (const article of [NEWS, FRONT]) {
      const { quotes, attributions, claims, contested } = analyze(article);
      expect([quotes, attributions, claims, contested].every((list) => list.length >= 2)).toBe(true);
    }
  });

  for (const [name, article] of Object.entries({ NEWS, FRONT, CRLF, REPEATED })) {
    it(`after every edit of random edit sequences (${name})`, () => {
      let partial = 0;
      let updates = 0;
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
          partial += checkSequence(article, edits);
          updates += edits.length;
        }),
        { seed: 20261202, numRuns: 120 },
      );
      // The test must exercise the partial parse, not only the full-parse fallback.
      expect(partial).toBeGreaterThan(updates / 3);
    });
  }

  it('from an empty document, typed up', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 40 }), (edits) => {
        checkSequence('', edits);
      }),
      { seed: 11, numRuns: 400 },
    );
  });

  it('in plain text and with a number format', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        checkSequence(NEWS, edits, { format: 'plaintext' });
        checkSequence(NEWS, edits, { numberFormat: 'de' });
      }),
      { seed: 7, numRuns: 40 },
    );
  });

  it('in a long article, with edits on both sides of where the unchanged text is compared in chunks', () => {
    const long = Array.from({ length: 6 }, (_, i) => NEWS.replaceAll('Velde', `Velde${i}`)).join('\n\n');
    const around = (at: number): number[] => [at - 1, at, at + 1];
    const places = [...around(1024), ...around(2048), ...around(long.length - 1024), ...around(long.length - 2048), long.length - 1];
    const edits: Edit[] = places.flatMap((at) => [
      { kind: 'insert', at: at / (long.length + 1), text: '7' },
      { kind: 'delete', at: at / (long.length + 1), length: 1 },
    ]);
    checkSequence(long, edits);
  });

  it('when an edit elsewhere changes what kind of speaker a kept figure’s source is', () => {
    const base = 'Georgia said he raised $21 million last quarter.\n\nBrandt said Georgia raised $18 million last quarter.';
    const withName = `${base}\n\nMr. Georgia spoke on Monday.`;
    for (const [from, to] of [[base, withName], [withName, base]] as const) {
      const incremental = createIncrementalAnalyzer();
      incremental.update(from);
      expect(incremental.update(to)).toEqual(analyze(to));
    }
  });

  it('when an edit elsewhere makes a name a kept figure reads a source, and when it adds a source the figure never asks about', () => {
    const figures = 'The union said 500 workers struck in Kell. The ministry said 800 workers struck in Brenn.';
    const texts = [`${figures}\n\nOfficials said 40 miners quit.`, `${figures}\n\nKell said 40 miners quit.`, `${figures}\n\nThe council said 40 miners quit.`];
    // Kell speaking elsewhere is not where the 500 struck, so the two figures no longer differ in place.
    expect(analyze(texts[0]!).contested).toHaveLength(0);
    expect(analyze(texts[1]!).contested).toHaveLength(1);
    const incremental = createIncrementalAnalyzer();
    for (const text of [...texts, ...texts.reverse()]) expect(incremental.update(text)).toEqual(analyze(text));
  });

  it('when an edit elsewhere changes whom a kept speaker’s name finds, or a name kept and a pronoun after it', () => {
    const said = 'Ruiz said 40 people fled.';
    const texts = [
      `Officials met on Monday.\n\n${said}`,
      `Ana Ruiz met officials on Monday.\n\n${said}`,
      `Marco Ruiz met officials on Monday.\n\n${said}`,
      `Marco Ruiz met officials on Monday. Ana Ruiz did not.\n\nMs. ${said} She said 12 were hurt.`,
      `Marco Ruiz met officials on Monday.\n\nMs. ${said} She said 12 were hurt.`,
    ];
    expect(texts.slice(0, 3).map((text) => analyze(text).attributions[0]!.speaker.name)).toEqual(['Ruiz', 'Ana Ruiz', 'Marco Ruiz']);
    const incremental = createIncrementalAnalyzer();
    for (const text of [...texts, ...texts.reverse()]) expect(incremental.update(text)).toEqual(analyze(text));
  });

  it('when a whole other text replaces the article, and when the text is the same', () => {
    checkSequence(NEWS, []);
    const incremental = createIncrementalAnalyzer();
    incremental.update(NEWS);
    expect(incremental.update(FRONT)).toEqual(analyze(FRONT));
    expect(incremental.update(FRONT)).toEqual(analyze(FRONT));
    expect(incremental.stats).toMatchObject({ parsedChars: 0, blocksRead: 0 });
    expect(incremental.update('')).toEqual(analyze(''));
    expect(incremental.update(NEWS)).toEqual(analyze(NEWS));
  });
});

describe('what an edit re-reads', () => {
  it('a one-character edit in one paragraph parses that paragraph and reads only its block again', () => {
    const incremental = createIncrementalAnalyzer();
    incremental.update(NEWS);
    const blocks = incremental.stats.blocksRead;
    const at = NEWS.indexOf('18 months');
    const edited = `${NEWS.slice(0, at)}2${NEWS.slice(at)}`;
    expect(incremental.update(edited)).toEqual(analyze(edited));
    const paragraph = NEWS.slice(NEWS.lastIndexOf('\n\n', at) + 2, NEWS.indexOf('\n\n', at) + 2);
    expect(incremental.stats).toEqual({ parsedChars: paragraph.length + 1, fullParse: false, blocksRead: 1, blocksKept: blocks - 1 });
  });

  it('a change that opens a code fence parses on to the end of the article', () => {
    const incremental = createIncrementalAnalyzer();
    incremental.update(NEWS);
    const at = NEWS.indexOf('## Reactions');
    const edited = `${NEWS.slice(0, at)}\`\`\`\n${NEWS.slice(at)}`;
    expect(incremental.update(edited)).toEqual(analyze(edited));
    expect(incremental.stats.parsedChars).toBe(edited.length - at);
  });

  it('text typed after an indent in an empty document is code, as in a full parse', () => {
    const incremental = createIncrementalAnalyzer();
    incremental.update('    ');
    expect(incremental.update('    42 people were hurt.')).toEqual(analyze('    42 people were hurt.'));
    incremental.update('Officials said 42 people were hurt.\n\n    ');
    const edited = 'Officials said 42 people were hurt.\n\n    7 were not.';
    expect(incremental.update(edited)).toEqual(analyze(edited));
  });

  it('an indented paragraph after a list goes on in the list item, as in a full parse', () => {
    const incremental = createIncrementalAnalyzer();
    const before = '- The first item.\n\nOfficials said 42 people were hurt.\n\nThe mayor said 7 were not.\n';
    incremental.update(before);
    // Indented four spaces after a list item, the paragraph is the item's; alone it would be indented code.
    const edited = before.replace('Officials', '    Officials');
    expect(incremental.update(edited)).toEqual(analyze(edited));
    expect(analyze(edited).claims.map((c) => c.text)).toEqual(['42', '7']);
  });

  it('a link reference definition anywhere means a full parse', () => {
    const incremental = createIncrementalAnalyzer();
    incremental.update(NEWS);
    const edited = `${NEWS}\n[x]: https://example.org\n`;
    expect(incremental.update(edited)).toEqual(analyze(edited));
    expect(incremental.stats.fullParse).toBe(true);
  });

  it('moves the kept results of blocks after the edit: a new paragraph shifts every later offset', () => {
    const incremental = createIncrementalAnalyzer();
    incremental.update(NEWS);
    const at = NEWS.indexOf('Local residents');
    const edited = `${NEWS.slice(0, at)}Officials said 5 people were hurt.\n\n${NEWS.slice(at)}`;
    const result = incremental.update(edited);
    expect(result).toEqual(analyze(edited));
    expect(incremental.stats.blocksRead).toBe(1);
    expect(result.claims.some((c) => c.text === '64%' && edited.slice(c.start, c.end) === '64%')).toBe(true);
  });
});
