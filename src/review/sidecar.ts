/**
 * The sidecar file that keeps an article's verdicts beside it
 * (`article.md` → `article.claimlens.json`): plain JSON with a fixed key
 * order, verdicts sorted by place, two-space indent and a final newline, so
 * that a change shows as a small diff and two people's verdicts merge in git.
 *
 * ```json
 * { "version": 1, "verdicts": [ { "id": "…", "target": "figure", "status": "verified", "note": "", "evidence": "",
 *   "anchor": { "exact": "$4.2 billion", "prefix": "…", "suffix": "…", "start": 120, "end": 132 },
 *   "created": "2026-12-02T07:00:00.000Z", "updated": "2026-12-02T07:00:00.000Z" } ] }
 * ```
 *
 * Parsing never guesses: a file that is not JSON, not this shape, or from a
 * newer Claimlens is refused with a `SidecarError` saying where and why, and
 * the caller must then leave it untouched.
 */
import { TARGET_KINDS, VERDICT_STATUSES, type TextAnchor, type Verdict } from './model';

export const SIDECAR_VERSION = 1;

/** `beside`: `article.md` → `article.claimlens.json`; `folder`: `.claimlens/article.md.json` in the article's folder. */
export type SidecarLayout = 'beside' | 'folder';

export const SIDECAR_FOLDER = '.claimlens';

/** Where an article's verdicts are kept, relative to the article's folder: a subfolder (or null) and a file name. */
export function sidecarLocation(articleName: string, layout: SidecarLayout): { readonly folder: string | null; readonly name: string } {
  if (layout === 'folder') return { folder: SIDECAR_FOLDER, name: `${articleName}.json` };
  const dot = articleName.lastIndexOf('.');
  return { folder: null, name: `${dot > 0 ? articleName.slice(0, dot) : articleName}.claimlens.json` };
}

export type SidecarErrorKind = 'not-json' | 'schema' | 'newer-version';

export class SidecarError extends Error {
  constructor(readonly kind: SidecarErrorKind, message: string) {
    super(message);
    this.name = 'SidecarError';
  }
}

export function serializeSidecar(verdicts: readonly Verdict[]): string {
  const sorted = [...verdicts].sort((a, b) => a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return `${JSON.stringify({ version: SIDECAR_VERSION, verdicts: sorted.map(ordered) }, null, 2)}\n`;
}

/** The verdict with its keys in the one order the file uses, whatever order it was built in. */
function ordered(v: Verdict): Verdict {
  const { exact, prefix, suffix, start, end } = v.anchor;
  return { id: v.id, target: v.target, status: v.status, note: v.note, evidence: v.evidence, anchor: { exact, prefix, suffix, start, end }, created: v.created, updated: v.updated };
}

/** The verdicts of a sidecar's text; throws `SidecarError` for anything else. */
export function parseSidecar(content: string): Verdict[] {
  const data = parseJson(content.replace(/^\uFEFF/, ''));
  if (!isObject(data)) throw schemaError('the file', 'should be an object with "version" and "verdicts"');
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw schemaError('"version"', 'should be a whole number (1)');
  if (version > SIDECAR_VERSION) {
    throw new SidecarError('newer-version', `was written by a newer Claimlens (verdicts format ${version}; this one reads ${SIDECAR_VERSION}). Update Claimlens to read or change these verdicts; the file is left as it is.`);
  }
  checkKeys(data, ['version', 'verdicts'], 'the file');
  if (!Array.isArray(data.verdicts)) throw schemaError('"verdicts"', 'should be a list');
  const seen = new Set<string>();
  return data.verdicts.map((entry: unknown, i: number) => {
    const verdict = readVerdict(entry, `verdicts[${i}]`);
    if (seen.has(verdict.id)) throw schemaError(`verdicts[${i}].id`, `"${verdict.id}" is used twice`);
    seen.add(verdict.id);
    return verdict;
  });
}

function parseJson(content: string): unknown {
  if (content.trim() === '') throw new SidecarError('not-json', 'is empty, not JSON (was it cut short? Restore it from version control, or delete it to start over)');
  try {
    return JSON.parse(content);
  } catch (error) {
    const reason = (error as Error).message;
    const offset = errorOffset(reason, content);
    const { line, column } = lineColumn(content, offset ?? content.length);
    const truncated = offset === undefined || offset >= content.trimEnd().length;
    const why = truncated ? 'it ends too early; was it cut short?' : reason.replace(/,? ?(\.\.\.)?"[\s\S]*"(\.\.\.)? is not valid JSON$/, '').replace(/\s*\(line \d+ column \d+\)$/, '').replace(/ in JSON at position \d+$/, '');
    throw new SidecarError('not-json', `is not valid JSON at line ${line}, column ${column}: ${why}`);
  }
}

/**
 * Where JSON.parse stopped, from its message: "… at position 42" (older V8),
 * or `Unexpected token '}', ..."rdicts": [}" is not valid JSON` (newer V8,
 * which quotes 10 units either side of the error); undefined at the end of the input.
 */
function errorOffset(reason: string, content: string): number | undefined {
  const position = /position (\d+)/.exec(reason);
  if (position) return Number(position[1]);
  const quoted = /Unexpected token '([\s\S])', (\.\.\.)?"([\s\S]*)"(?:\.\.\.)? is not valid JSON/.exec(reason);
  if (!quoted) return undefined;
  const [, token, cut, snippet] = quoted;
  const at = content.indexOf(snippet!);
  if (at < 0) return undefined;
  return cut ? at + 10 : at + snippet!.indexOf(token!);
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

const VERDICT_KEYS = ['id', 'target', 'status', 'note', 'evidence', 'anchor', 'created', 'updated'] as const;
const ANCHOR_KEYS = ['exact', 'prefix', 'suffix', 'start', 'end'] as const;

function readVerdict(entry: unknown, at: string): Verdict {
  if (!isObject(entry)) throw schemaError(at, 'should be an object');
  checkKeys(entry, VERDICT_KEYS, at);
  const id = text(entry, 'id', at);
  if (id === '') throw schemaError(`${at}.id`, 'should not be empty');
  return {
    id,
    target: oneOf(entry, 'target', TARGET_KINDS, at),
    status: oneOf(entry, 'status', VERDICT_STATUSES, at),
    note: text(entry, 'note', at),
    evidence: text(entry, 'evidence', at),
    anchor: readAnchor(entry.anchor, `${at}.anchor`),
    created: time(entry, 'created', at),
    updated: time(entry, 'updated', at),
  };
}

function readAnchor(value: unknown, at: string): TextAnchor {
  if (!isObject(value)) throw schemaError(at, 'should be an object with exact, prefix, suffix, start and end');
  checkKeys(value, ANCHOR_KEYS, at);
  const start = offset(value, 'start', at);
  const end = offset(value, 'end', at);
  if (end < start) throw schemaError(`${at}.end`, `is before start (${end} < ${start})`);
  return { exact: text(value, 'exact', at), prefix: text(value, 'prefix', at), suffix: text(value, 'suffix', at), start, end };
}

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkKeys(value: Fields, keys: readonly string[], at: string): void {
  for (const key of keys) if (!(key in value)) throw schemaError(at, `lacks "${key}"`);
  for (const key of Object.keys(value)) if (!keys.includes(key)) throw schemaError(at, `has an unknown field "${key}"`);
}

function text(value: Fields, key: string, at: string): string {
  if (typeof value[key] !== 'string') throw schemaError(`${at}.${key}`, 'should be a string');
  return value[key];
}

function oneOf<T extends string>(value: Fields, key: string, allowed: readonly T[], at: string): T {
  const v = value[key];
  if (typeof v !== 'string' || !allowed.includes(v as T)) throw schemaError(`${at}.${key}`, `should be one of ${allowed.join(', ')}, not ${JSON.stringify(v)}`);
  return v as T;
}

function offset(value: Fields, key: string, at: string): number {
  const v = value[key];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw schemaError(`${at}.${key}`, 'should be a whole number, 0 or more');
  return v;
}

function time(value: Fields, key: string, at: string): string {
  const v = text(value, key, at);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(v) || Number.isNaN(Date.parse(v))) throw schemaError(`${at}.${key}`, `should be an ISO 8601 time, not "${v}"`);
  return v;
}

function schemaError(at: string, problem: string): SidecarError {
  return new SidecarError('schema', `is not a Claimlens verdicts file: ${at} ${problem}`);
}

/**
 * Three-way merge of verdict lists by id, so two writers never lose an entry:
 * `base` is what this writer last read, `ours` what it wants now, `theirs`
 * what is in the file now. A verdict both changed goes to the later `updated`
 * (ours on a tie); one side's deletion stands unless the other side changed
 * that verdict since `base`. With an empty base this is a union.
 */
export function mergeVerdicts(base: readonly Verdict[], ours: readonly Verdict[], theirs: readonly Verdict[]): Verdict[] {
  const before = new Map(base.map((v) => [v.id, v]));
  const mine = new Map(ours.map((v) => [v.id, v]));
  const other = new Map(theirs.map((v) => [v.id, v]));
  const merged: Verdict[] = [];
  for (const id of new Set([...mine.keys(), ...other.keys()])) {
    const a = mine.get(id);
    const b = other.get(id);
    const was = before.get(id);
    if (a && b) merged.push(b.updated > a.updated ? b : a);
    else if (a && (!was || a.updated > was.updated)) merged.push(a);
    else if (b && (!was || b.updated > was.updated)) merged.push(b);
    // Otherwise one side deleted it and the other left it as it was: deleted.
  }
  return merged;
}
