/**
 * What the annotation model promises on any input, and the generators that try
 * to break it. Shared by the CI-sized run (test/unit/invariants.test.ts, fixed
 * seed) and the larger `npm run fuzz` (scripts/fuzz.ts, any seed).
 */
import fc from 'fast-check';
import { analyze, type Analysis, type AnalyzeOptions } from '../../src/core';

/** As model.ts documents it: every run of whitespace one space, none at the ends. */
export const normaliseSpanText = (s: string): string => s.replace(/\s+/g, ' ').trim();

interface Located {
  readonly start: number;
  readonly end: number;
  readonly text?: string;
  readonly what: string;
  /** Whether `text` is the slice itself (quotes) or its normalised form. */
  readonly exact?: boolean;
}

/** Every span the model holds, with where it came from. */
export function spansOf(a: Analysis): Located[] {
  const out: Located[] = [];
  for (const q of a.quotes) {
    out.push({ ...q, what: `quote ${q.id}`, exact: true });
    if (q.speaker) out.push({ ...q.speaker, what: `speaker of quote ${q.id}` });
    for (const n of q.nested) out.push({ ...n, what: `nested span of quote ${q.id}` });
  }
  for (const x of a.attributions) {
    out.push({ ...x, what: `attribution ${x.id}` }, { ...x.cue, what: `cue of ${x.id}` }, { ...x.speaker, what: `speaker of ${x.id}` });
    out.push({ ...x.sentence, what: `sentence of ${x.id}` });
    for (const c of x.content) out.push({ ...c, what: `content of ${x.id}` });
  }
  for (const c of a.claims) {
    out.push({ ...c, what: `claim ${c.id}` });
    if (c.source) out.push({ ...c.source, what: `source of claim ${c.id}` });
  }
  for (const g of a.contested) for (const d of g.disputes) out.push({ ...d, what: `dispute in ${g.id}` });
  return out;
}

function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** Every number anywhere in the model, with its path. */
function numbersIn(value: unknown, path: string, out: Array<{ path: string; value: number }>): void {
  if (typeof value === 'number') out.push({ path, value });
  else if (Array.isArray(value)) value.forEach((v, i) => numbersIn(v, `${path}[${i}]`, out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) numbersIn(v, `${path}.${k}`, out);
}

/** The broken promises for one input: empty when the model is sound. */
export function violations(text: string, options: AnalyzeOptions = {}): string[] {
  let a: Analysis;
  try {
    a = analyze(text, options);
  } catch (error) {
    return [`throws: ${error instanceof Error ? error.message : String(error)}`];
  }
  const found: string[] = a.ruleErrors.map((e) => `rule ${e.rule} failed: ${e.message}`);
  if (a.length !== text.length) found.push(`length ${a.length} is not the text's ${text.length}`);
  for (const s of spansOf(a)) {
    if (!(s.start >= 0 && s.start <= s.end && s.end <= text.length)) found.push(`${s.what} [${s.start}, ${s.end}) is not within the text`);
    else if (splitsSurrogatePair(text, s.start) || splitsSurrogatePair(text, s.end)) found.push(`${s.what} [${s.start}, ${s.end}) splits a surrogate pair`);
    else if (s.text !== undefined) {
      const slice = text.slice(s.start, s.end);
      const expected = s.exact ? slice : normaliseSpanText(slice);
      if (s.text !== expected) found.push(`${s.what} text ${JSON.stringify(s.text)} is not the source at [${s.start}, ${s.end}): ${JSON.stringify(expected)}`);
    }
  }
  const quotes = [...a.quotes].sort((x, y) => x.start - y.start);
  for (let i = 1; i < quotes.length; i++) {
    if (quotes[i]!.start < quotes[i - 1]!.end) found.push(`quotes ${quotes[i - 1]!.id} [${quotes[i - 1]!.start}, ${quotes[i - 1]!.end}) and ${quotes[i]!.id} [${quotes[i]!.start}, ${quotes[i]!.end}) overlap`);
  }
  for (const q of a.quotes) {
    for (const n of q.nested) if (n.start < q.start || n.end > q.end) found.push(`nested span [${n.start}, ${n.end}) lies outside its quote ${q.id} [${q.start}, ${q.end})`);
  }
  found.push(...finiteViolations(a));
  return found;
}

/** Every number in the model that is not finite, with its path. */
export function finiteViolations(model: unknown): string[] {
  const numbers: Array<{ path: string; value: number }> = [];
  numbersIn(model, 'analysis', numbers);
  return numbers.filter((n) => !Number.isFinite(n.value)).map((n) => `${n.path} is ${n.value}`);
}

// ---- Generators ----

const QUOTE_MARKS = ['“', '”', '"', "''", "'''", '‘', '’', "'", '«', '»', '„', '‟'];

/** Pieces of news Markdown: marks, numbers, names, markup and hazards (emoji, CRLF, BOM, entities). */
const piece = fc.constantFrom(
  ...QUOTE_MARKS, ' said ', ' told reporters ', 'according to ', 'Mr. Harlan', ' he ', ' she ', ' they ',
  'Coastal officials say ', 'nearly 6,000', ' $4.2 billion ', '12%', 'Forty-two', ' thousands ', '10 to 15', 'Mar. 3', ' 2031 ',
  '1e308', '9'.repeat(320), '0.000', '21st', 'B-52', '😀', '𝒳', '\r\n', '\n\n', '\n> ', '# ', '- ', '1. ', '*', '**', '_', '`', '```\n', '[', '](http://x.y)',
  '<b>', '&amp;', '&#8220;', '&#x1F600;', '\\', '|', ' --- ', '---\n', '\uFEFF', ', ', '. ', ': ', ' (R-Utah) ', ' who ', ' the union, Dock Watch, ', '\t', ' ',
  '\u0000', '\u202E', '\u00A0', '\u2028', '| a | b |\n| --- | --- |\n| 1 | 2 |\n',
  '[port officials](https://ex.am/a)', '[said](https://ex.am/b)', '![6 boats](i.png)', '<https://ex.am/c>', '[^1]', '\n\n[^1]: 40 people said so.\n',
);

/** Markdown made of news-like pieces and random graphemes. */
export const markdownArticle = fc
  .array(fc.oneof({ weight: 5, arbitrary: piece }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) }), { maxLength: 80 })
  .map((parts) => parts.join(''));

/** Quotation marks and the characters that decide their role, densely: where the quote pairing breaks. */
export const quoteSoup = fc
  .array(fc.constantFrom(...QUOTE_MARKS, 'a', 'x y', ' ', '\n', '\n\n', '.', ',', '1', '😀', '-', '('), { maxLength: 30 })
  .map((parts) => parts.join(''));

const NAMES = ['Ana Ruiz', 'Mr. Harlan', 'Dr. Okafor', 'the mayor', 'officials', 'the ministry', 'a spokeswoman', 'he', 'she', 'they', 'Harbor Watch'];
const CUES = ['said', 'says', 'told reporters', 'added', 'insisted', 'according to', 'wrote', 'disputes', 'denied'];
const MODIFIERS = ['On Friday,', 'Still,', 'However,', 'Later', 'In a statement,', '', '', ''];
const FIGURES = ['6 people died', 'nearly 6,000 homes', '$4.2 billion', '12%', 'dozens of families', '10 to 15 boats', 'thousands'];

/** Short sentences built from cue words, names, modifiers and figures, in every order. */
export const cueSentence = fc
  .array(fc.oneof(fc.constantFrom(...NAMES), fc.constantFrom(...CUES), fc.constantFrom(...MODIFIERS), fc.constantFrom(...FIGURES), fc.constantFrom('“we will rebuild.”', '"not again,"', ',', '.', 'that', 'the')), { minLength: 2, maxLength: 14 })
  .map((words) => words.join(' ').replace(/\s+([,.])/g, '$1'));

const BASE = '---\ntitle: River Floods\n---\n\n# Floods\n\n“We will rebuild,” said Mayor Ana Ruiz, adding that 1,200 homes were damaged.\n\nCoastal officials say nearly 6,000 people fled; Harbor Watch disputes that figure.\n\n> “It took everything,” she said.\n\n| Town | Homes |\n| --- | --- |\n| Vell | 300 |\n';

/** A real-looking article with a few random edits. */
export const mutatedArticle = fc
  .array(fc.tuple(fc.nat(BASE.length), fc.nat(12), fc.oneof(fc.string({ unit: 'grapheme', maxLength: 6 }), fc.constantFrom(...QUOTE_MARKS))), { maxLength: 8 })
  .map((edits) => {
    let text = BASE;
    for (const [at, remove, insert] of edits) {
      const i = Math.min(at, text.length);
      text = text.slice(0, i) + insert + text.slice(i + remove);
    }
    return text;
  });

/** Any UTF-16, lone surrogates included. */
export const anyString = fc.string({ unit: 'binary', maxLength: 300 });

export const GENERATORS = { markdownArticle, quoteSoup, cueSentence, mutatedArticle, anyString } as const;
