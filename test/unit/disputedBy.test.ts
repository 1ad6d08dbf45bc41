import { describe, expect, it } from 'vitest';
import { analyze, type Analysis, type DisputeCue } from '../../src/core';
import { disputedBy } from '../../src/export/figureText';

/** What `disputedBy` answered when it read every attribution and quote for each dispute. */
function readingEverything(analysis: Analysis, dispute: DisputeCue): string | null {
  const overlapping = analysis.attributions.find((a) => a.cue.start < dispute.end && dispute.start < a.cue.end);
  if (overlapping) return overlapping.speaker.name;
  const quote = analysis.quotes.find((q) => q.start <= dispute.start && dispute.end <= q.end);
  if (quote?.speaker) return quote.speaker.name;
  const named = analysis.attributions.find((a) => dispute.text.toLowerCase().includes(a.speaker.name.toLowerCase()));
  return named ? named.speaker.name : null;
}

describe('who disputes a figure', () => {
  it('is found from the cue, the quote or the name of the dispute, as reading every attribution and quote finds it', () => {
    const paragraph = (i: number) =>
      `Officials say ${40 + i} people were hurt; the Red Cross disputes that figure. “The toll of ${50 + i} is wrong,” said Dr. Lena Marsh${i}, who disputes the count. The ministry put it at ${30 + i}, a figure the union disputes.`;
    const analysis = analyze(Array.from({ length: 30 }, (_, i) => paragraph(i)).join('\n\n'));
    const disputes = analysis.contested.flatMap((g) => g.disputes);
    expect(disputes.length).toBeGreaterThan(30);
    const found = disputes.map((d) => disputedBy(analysis, d));
    expect(found).toEqual(disputes.map((d) => readingEverything(analysis, d)));
    expect(found.filter((who) => who !== null).length).toBeGreaterThan(30);
  });
});
