import { describe, expect, it } from 'vitest';
import { createAnchor, mergeVerdicts, parseSidecar, serializeSidecar, SidecarError, type Verdict } from '../../../src/review';

const text = 'Officials say nearly 6,000 people fled. The ministry put the dead at 38.';
const verdict = (id: string, needle: string, updated = '2026-12-02T07:00:00.000Z', status: Verdict['status'] = 'verified'): Verdict => {
  const start = text.indexOf(needle);
  return { id, target: 'figure', status, note: '', evidence: '', anchor: createAnchor(text, start, start + needle.length), created: '2026-12-01T07:00:00.000Z', updated };
};

function errorOf(content: string): SidecarError {
  try {
    parseSidecar(content);
  } catch (error) {
    if (error instanceof SidecarError) return error;
    throw error;
  }
  throw new Error('parsed');
}

describe('sidecar format', () => {
  it('round-trips, sorted by place, keys in one order, with a final newline', () => {
    const a = verdict('b', '38');
    const b = { ...verdict('a', 'nearly 6,000'), note: 'Matches the ministry release', evidence: 'https://example.org/release' };
    const content = serializeSidecar([a, b]);
    expect(content.endsWith('}\n')).toBe(true);
    expect(JSON.parse(content).version).toBe(1);
    expect(parseSidecar(content)).toEqual([b, a]);
    // Built in another key order, the file is the same byte for byte.
    const shuffled = { updated: a.updated, created: a.created, anchor: { end: a.anchor.end, start: a.anchor.start, suffix: a.anchor.suffix, prefix: a.anchor.prefix, exact: a.anchor.exact }, evidence: a.evidence, note: a.note, status: a.status, target: a.target, id: a.id };
    expect(serializeSidecar([shuffled, b])).toBe(content);
    expect(Object.keys(JSON.parse(content).verdicts[0])).toEqual(['id', 'target', 'status', 'note', 'evidence', 'anchor', 'created', 'updated']);
  });

  it('says where a file stops being JSON', () => {
    const error = errorOf('{\n  "version": 1,\n  "verdicts": [}\n');
    expect(error.kind).toBe('not-json');
    expect(error.message).toMatch(/^is not valid JSON at line 3, column 16/);
  });

  it('says a truncated file was cut short', () => {
    const full = serializeSidecar([verdict('a', '38')]);
    const error = errorOf(full.slice(0, full.length / 2));
    expect(error.kind).toBe('not-json');
    expect(error.message).toContain('cut short');
    expect(errorOf('').message).toContain('is empty');
  });

  it('names the field that does not fit the schema', () => {
    const good = JSON.parse(serializeSidecar([verdict('a', '38')]));
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a file of any shape, broken on purpose
    const bad = (change: (data: any) => void) => {
      const data = structuredClone(good);
      change(data);
      return errorOf(JSON.stringify(data));
    };
    expect(bad((d) => (d.verdicts[0].status = 'maybe')).message).toContain('verdicts[0].status should be one of unchecked, verified');
    expect(bad((d) => delete d.verdicts[0].anchor.exact).message).toContain('verdicts[0].anchor lacks "exact"');
    expect(bad((d) => (d.verdicts[0].anchor.start = -1)).message).toContain('verdicts[0].anchor.start should be a whole number');
    expect(bad((d) => (d.verdicts[0].colour = 'red')).message).toContain('verdicts[0] has an unknown field "colour"');
    expect(bad((d) => (d.verdicts = {})).message).toContain('"verdicts" should be a list');
    expect(bad((d) => d.verdicts.push(d.verdicts[0])).message).toContain('verdicts[1].id "a" is used twice');
    expect(bad((d) => (d.verdicts[0].updated = 'yesterday')).message).toContain('verdicts[0].updated should be an ISO 8601 time');
    expect(bad((d) => (d.version = '1')).kind).toBe('schema');
    expect(errorOf('[]').message).toContain('the file should be an object');
  });

  it('refuses a file from a newer Claimlens and says to update', () => {
    const error = errorOf(JSON.stringify({ version: 2, verdicts: [], somethingNew: true }));
    expect(error.kind).toBe('newer-version');
    expect(error.message).toContain('Update Claimlens');
  });
});

describe('mergeVerdicts', () => {
  const base = [verdict('a', 'nearly 6,000'), verdict('b', '38')];

  it('keeps what each side added', () => {
    const ours = [...base, verdict('c', 'Officials')];
    const theirs = [...base, verdict('d', 'ministry')];
    expect(mergeVerdicts(base, ours, theirs).map((v) => v.id).sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('gives a verdict both changed to the later change', () => {
    const ours = [verdict('a', 'nearly 6,000', '2026-12-02T08:00:00.000Z', 'false'), base[1]!];
    const theirs = [verdict('a', 'nearly 6,000', '2026-12-02T09:00:00.000Z', 'disputed'), base[1]!];
    expect(mergeVerdicts(base, ours, theirs).find((v) => v.id === 'a')!.status).toBe('disputed');
    expect(mergeVerdicts(base, theirs, ours).find((v) => v.id === 'a')!.status).toBe('disputed');
  });

  it('lets a deletion stand unless the other side changed the verdict since', () => {
    expect(mergeVerdicts(base, [base[1]!], base).map((v) => v.id)).toEqual(['b']);
    const changed = verdict('a', 'nearly 6,000', '2026-12-02T08:00:00.000Z', 'false');
    expect(mergeVerdicts(base, [base[1]!], [changed, base[1]!]).map((v) => v.id).sort()).toEqual(['a', 'b']);
  });

  it('is a union with no base', () => {
    expect(mergeVerdicts([], [base[0]!], [base[1]!]).length).toBe(2);
  });
});
