/**
 * An attribution may name no source (`speaker: null`, "is expected to",
 * "reportedly"): every consumer of the model takes one. The analyses here are
 * made with a source and then have it taken away, so these tests stand apart
 * from the rules that find such cues.
 */
import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, type Analysis, type DisputeCue } from '../../src/core';
import { withoutIgnored } from '../../src/core/ignoreList';
import { EXPORTERS } from '../../src/export';
import { countsLabel, disputedBy } from '../../src/export/figureText';
import { buildPanelView } from '../../src/extension/panel/panelView';
import { spansByKind } from '../../src/extension/decorations';
import { decodeDelta, encodeDelta } from '../../src/protocol/analysisDelta';
import { hoverMarkdown } from '../../src/ui/hoverContent';

const text = 'The harbour board said the levy raised $3 million, a figure the union disputes.\n\n“We will see,” said Mayor Dana Whitfield.\n';

/** The analysis with no source named for any attribution, and none for the figures and quotes they governed. */
function sourceless(analysis: Analysis): Analysis {
  return {
    ...analysis,
    attributions: analysis.attributions.map((a) => ({ ...a, speaker: null })),
    quotes: analysis.quotes.map((q) => ({ ...q, speaker: null })),
    claims: analysis.claims.map((c) => ({ ...c, source: null })),
  };
}

const wire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('an attribution with no source (speaker null)', () => {
  const analysis = sourceless(analyze(text));

  it('moves through an analysis delta', () => {
    const moved = sourceless(analyze(`Officials say 40 boats sailed.\n\n${text}`));
    expect(decodeDelta(wire(analysis), wire(encodeDelta(analysis, moved)))).toEqual(wire(moved));
  });

  it('validates against the JSON Schema, and every export takes it', () => {
    const schema = JSON.parse(readFileSync(join(__dirname, '../../schema/claimlens.schema.json'), 'utf8'));
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    const article = { file: 'a.md', uri: 'file:///a.md', text, analysis };
    expect(validate(JSON.parse(EXPORTERS.json.export([article]))), 'schema').toBe(true);
    for (const exporter of Object.values(EXPORTERS)) expect(() => exporter.export([article], { generatedAt: new Date(0) })).not.toThrow();
  });

  it('shows its cue in the hover with no source named, and no speaker in the editor or the panel', () => {
    const hover = hoverMarkdown(analysis, text, text.indexOf('said') + 1, 'file:///a.md')!;
    expect(hover.markdown).toContain('**Source:** none named');
    expect(hoverMarkdown(analysis, text, text.indexOf('harbour') + 1, 'file:///a.md')).toBeUndefined();
    expect(spansByKind(analysis).speakers).toEqual([]);
    expect(spansByKind(analysis).cues.length).toBe(analysis.attributions.length);
    expect(() => buildPanelView(analysis, text, { uri: 'file:///a.md', name: 'a.md' }, 1)).not.toThrow();
  });

  it('is kept by the ignore list, and names no one who disputes a figure', () => {
    expect(withoutIgnored(analysis, (t) => t === 'union').attributions.length).toBe(analysis.attributions.length);
    const claim = analysis.claims[0]!;
    expect(countsLabel(analysis, claim)).toBeTypeOf('string');
    const at = text.indexOf('disputes');
    const dispute: DisputeCue = { start: at, end: at + 8, text: 'disputes', claimIds: [claim.id], rule: 'dispute.verb' };
    expect(disputedBy(analysis, dispute)).toBeNull();
  });
});
