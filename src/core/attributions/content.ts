/**
 * What each attribution attributes: the reported clause ("said *that the plan
 * would fail*"), the clause before a set-off cue ("*The plan would fail*, she
 * said"), both sides of a cue in mid-sentence ("*The plan*, she said, *would
 * fail*"), the sentence an "according to" governs, a transcript's turn, and
 * the quotations the attribution governs (which may run on over several
 * sentences and paragraphs).
 *
 * Spans come out in source offsets, sorted and merged; trailing sentence
 * punctuation is left out, quotation marks are kept.
 */
import type { ArticleDocument } from '../document';
import { OBJECT_FIRST_CUES, OBJECT_PRONOUNS, STRONG_CUES, WEAK_CUES } from '../lexicon';
import type { Span } from '../model';
import type { FoundAttribution } from './found';

/**
 * @param governed for each attribution, the quote segments it governs (source offsets).
 */
export function attributedContent(doc: ArticleDocument, found: readonly FoundAttribution[], governed: ReadonlyMap<number, readonly Span[]>): Span[][] {
  const bySentence = new Map<string, number[]>();
  found.forEach((a, i) => {
    const key = `${a.block}:${a.sentence.index}`;
    const list = bySentence.get(key);
    if (list) list.push(i);
    else bySentence.set(key, [i]);
  });
  return found.map((a, i) => {
    const base = doc.blocks[a.block]!.block.start;
    const text = doc.blocks[a.block]!.block.text;
    const neighbours = bySentence.get(`${a.block}:${a.sentence.index}`)!.map((j) => found[j]!).filter((b) => b !== a);
    const local = clauseSpans(text, a, neighbours).map((s) => ({ start: base + s.start, end: base + s.end }));
    return merge([...local, ...(governed.get(i) ?? [])]);
  });
}

function clauseSpans(text: string, a: FoundAttribution, neighbours: readonly FoundAttribution[]): Span[] {
  const { sentence, phrase } = a;
  if (a.rule === 'cue.transcript' || a.rule === 'cue.name-colon') return [trim(text, phrase.end, lineEnd(text, phrase.end))];
  // "Despite Ms. Varga's claims that the dam cost $40 million, the audit …": the clause ends at its comma.
  if (a.rule === 'cue.claim-noun') return [trim(text, phrase.end, clauseEnd(text, phrase.end, sentence.end))];
  if (a.scope === 'sentence') {
    return [trim(text, sentence.start, phrase.start), trim(text, phrase.end, sentence.end)].filter(nonEmpty);
  }
  if (a.scope === 'left') {
    const previous = neighbours.filter((b) => b.phrase.end <= phrase.start).at(-1);
    const before = trim(text, previous ? previous.phrase.end : sentence.start, phrase.start);
    // "The plan, she said, would fail": a cue set off in mid-sentence leaves words on both sides.
    const next = neighbours.find((b) => b.phrase.start >= phrase.end);
    const midSentence = a.rule === 'cue.speech-verb' && !next && /^\s*,/.test(text.slice(phrase.end, phrase.end + 3));
    const after = midSentence ? trim(text, phrase.end, sentence.end) : undefined;
    return [before, ...(after && startsLowerCase(text, after) ? [after] : [])].filter(nonEmpty);
  }
  const from = skipObject(text, a, phrase.end);
  const next = neighbours.find((b) => b.phrase.start >= from && b.scope !== 'left' && continuesList(text, from, b.phrase.start));
  return [trim(text, from, next ? next.phrase.start : sentence.end)].filter(nonEmpty);
}

/** "told reporters the dock was closed", "told him that": the one spoken to is not what was said. */
function skipObject(text: string, a: FoundAttribution, from: number): number {
  const cueWord = text.slice(a.cue.start, a.cue.end).toLowerCase();
  const lemma = STRONG_CUES.get(cueWord) ?? WEAK_CUES.get(cueWord);
  if (!lemma || !OBJECT_FIRST_CUES.has(lemma)) return from;
  const m = /^\s+([\p{L}’'.-]+)/u.exec(text.slice(from, from + 40));
  if (!m) return from;
  const word = m[1]!;
  const isObject = OBJECT_PRONOUNS.has(word.toLowerCase()) || /^(?:reporters|journalists|supporters|voters|listeners|viewers|the press)$/i.test(word);
  return isObject ? from + m[0].length : from;
}

/** `said X, adding that Y`, `said X and added Y`: a second cue after a comma or "and" ends the first one's clause. */
function continuesList(text: string, from: number, nextStart: number): boolean {
  return /(?:[,;]|\band|\bbut)\s*$/.test(text.slice(from, nextStart));
}

function clauseEnd(text: string, from: number, sentenceEnd: number): number {
  const m = /[,;:]\s/.exec(text.slice(from, sentenceEnd));
  return m ? from + m.index : sentenceEnd;
}

function lineEnd(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline < 0 ? text.length : newline;
}

function startsLowerCase(text: string, span: Span): boolean {
  return /^\p{Ll}/u.test(text.slice(span.start, span.start + 1));
}

/** Drops surrounding spaces, joining commas and colons, and a sentence's final stop (quotation marks stay). */
function trim(text: string, start: number, end: number): Span {
  while (start < end && /[\s,:;\u2014\u2013]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:\u2014\u2013-]/.test(text[end - 1]!)) end--;
  if (end > start && /[.!?]/.test(text[end - 1]!)) end--;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

function nonEmpty(span: Span): boolean {
  return span.end > span.start;
}

function merge(spans: readonly Span[]): Span[] {
  const sorted = spans.filter(nonEmpty).sort((x, y) => x.start - y.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}
