/**
 * Splits a prose block into sentences. Never inside a quotation: a quoted
 * passage of several sentences stays with the cue that introduces it
 * (“… itself. This is a threat …,” Mr. Blinken told reporters).
 */
import type { Span } from './model';

/** Abbreviations that never end a sentence when followed by more text. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'col', 'lt', 'maj', 'capt', 'sgt', 'cpl', 'adm',
  'cmdr', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'det', 'insp', 'amb', 'atty', 'sec', 'messrs', 'mme', 'mlle',
  'inc', 'corp', 'co', 'ltd', 'bros', 'vs', 'v', 'al', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'ave', 'blvd', 'rd', 'hwy', 'dept', 'univ', 'approx', 'est',
  'ed', 'eds', 'e.g', 'i.e', 'cf', 'ca', 'div', 'gov’t', 'assn', 'natl', 'intl', 'mass', 'calif', 'ariz', 'ark', 'colo',
  'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev',
  'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo',
]);

/** Abbreviations that stand before a number ("No. 10", "p. 4", "Vol. 2"): elsewhere "no." ends a sentence. */
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos', 'p', 'pp', 'vol', 'fig', 'figs', 'art', 'ch']);

/** Words that, after an ambiguous abbreviation (U.S., a.m.), show a new sentence has begun. */
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'in', 'on', 'at', 'this', 'that', 'these',
  'those', 'his', 'her', 'their', 'our', 'its', 'there', 'some', 'many', 'most', 'when', 'while', 'after', 'before', 'as',
  'if', 'yet', 'still', 'for', 'with', 'by', 'so', 'meanwhile', 'however', 'mr', 'mrs', 'ms',
]);

const TERMINATOR = /[.!?…]+["”’'»)\]]*(?=\s)|\n(?=[ \t]*[“"«‘\u2015\u2014])/g;
const NEXT_WORD = /^\s+["“«‘'([]*([\p{L}\p{N}][\p{L}\p{N}.’'-]*)/u;

export function splitSentences(text: string, quotes: readonly Span[]): Span[] {
  const sentences: Span[] = [];
  let start = skipSpace(text, 0);
  let q = 0;
  for (let m = TERMINATOR.exec(text); m; m = TERMINATOR.exec(text)) {
    const end = m.index + m[0].length;
    while (q < quotes.length && quotes[q]!.end <= m.index) q++;
    const quote = quotes[q];
    if (quote && quote.start < m.index && end < quote.end) continue;
    if (m[0] !== '\n' && !endsSentence(text, m.index, end)) continue;
    if (end > start) sentences.push({ start, end: trimEnd(text, start, end) });
    start = skipSpace(text, end);
  }
  if (start < text.length) {
    const end = trimEnd(text, start, text.length);
    if (end > start) sentences.push({ start, end });
  }
  return sentences;
}

// `“Does anybody know?” Graham asked.`: the attribution after a quote ending in ? or ! belongs to it.
const ATTRIBUTION_TAIL = /^\s+(?:[\p{L}.’'-]+\s+){0,6}(?:said|says|asked|asks|added|adds|told|wrote|writes|continued|replied|explained|noted|recalled|insisted|demanded|wondered|shouted|yelled|declared|tweeted|exclaimed|cried|answered|countered|laughed)\b/iu;

function endsSentence(text: string, at: number, end: number): boolean {
  if (/["”»’']$/.test(text.slice(at, end)) && ATTRIBUTION_TAIL.test(text.slice(end, end + 80))) return false;
  const next = NEXT_WORD.exec(text.slice(end, end + 40));
  // A dash after a closing quote signs it (`.” ― Jane Doe`): same sentence.
  if (!next) return /^\s*$/.test(text.slice(end, end + 40)) || /^\s+[“"«‘([]/.test(text.slice(end, end + 4));
  const nextWord = next[1]!;
  if (/^\p{Ll}/u.test(nextWord)) return false;
  if (text[at] !== '.') return true;
  const word = wordBefore(text, at);
  const lower = word.toLowerCase();
  // An initial ("David R. Sands") or a known abbreviation followed by more of the sentence.
  if (/^\p{Lu}$/u.test(word)) return false;
  if (ABBREVIATIONS.has(lower)) return false;
  if (NUMBER_ABBREVIATIONS.has(lower)) return !/^\p{N}/u.test(nextWord);
  // U.S., U.N., a.m., p.m.: ambiguous; a new sentence shows in the next word.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return SENTENCE_STARTERS.has(nextWord.toLowerCase().replace(/\.$/, ''));
  return true;
}

function wordBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && /[\p{L}\p{N}.’']/u.test(text[i - 1]!)) i--;
  return text.slice(i, at).replace(/^[.’']+/, '');
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}
