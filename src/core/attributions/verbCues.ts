/**
 * Cues that are verbs or "according to", read sentence by sentence: "Ukrainian
 * officials say", "said Mr. Lavrov", `,” he added`, "…, saying it opposes",
 * "according to the group, OVD-Info", and the colon of `X said: “…”`.
 */
import { quoteAt, quotesIn, type BlockInfo, type Sentence } from '../document';
import {
  ASIDE_CUES, CUE_MODIFIERS, DAY_AND_TIME_WORDS, DETERMINERS, FINDING_NOUNS, NOUN_CUES, OBJECT_FIRST_CUES, PHRASE_BREAKERS, SPEAKER_PRONOUNS, STRONG_CUES, WEAK_CUES,
} from '../lexicon';
import type { Span } from '../model';
import type { Token } from '../tokens';
import { isCueUse } from './cueUse';
import { makeAttribution, span, type FoundAttribution, type Phrase, type Scope } from './found';
import { appositiveAfter, isClauseStart, isCueWord, matchingOpen, phraseAfter, phraseEndingAt } from './phrases';
import { clauseSubject, precededByComma, QUANTIFIERS, setOff, speakerAfter, speakerBefore } from './speaker';

export function verbAttributions(info: BlockInfo, sentence: Sentence): FoundAttribution[] {
  const tokens = sentence.tokens();
  const out: FoundAttribution[] = [];
  const sentenceQuotes = quotesIn(info, sentence.start, sentence.end);
  const hasQuote = sentenceQuotes.length > 0;
  const headline = isTitleCase(tokens);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (quoteAt(info, t.start) && t.quote === undefined) continue;
    if (t.text === ':' && tokens[k + 1]?.quote === 'open') {
      const colon = colonAttribution(info, sentence, tokens, k);
      if (colon) out.push(colon);
      continue;
    }
    if (!t.isWord) continue;
    if (t.lower === 'according' && tokens[k + 1]?.lower === 'to') {
      const according = accordingTo(info, sentence, tokens, k);
      if (according) out.push(according);
      k++;
      continue;
    }
    if (t.capitalized && !headline) continue;
    const found = speechVerb(info, sentence, tokens, k, hasQuote, out);
    if (found) out.push(found);
  }
  return out;
}

/** "according to the group, OVD-Info": the whole sentence is the group's. */
function accordingTo(info: BlockInfo, sentence: Sentence, tokens: readonly Token[], k: number): FoundAttribution | undefined {
  const first = phraseAfter(tokens, k + 2, true);
  if (!first) return undefined;
  const np = withAuthor(tokens, first);
  const cue = { start: tokens[k]!.start, end: tokens[k + 1]!.end, kind: 'according-to' as const };
  return makeAttribution(info, sentence, { cue, speaker: np, appositive: appositiveAfter(tokens, np), scope: 'sentence', rule: 'cue.according-to' });
}

function speechVerb(info: BlockInfo, sentence: Sentence, tokens: readonly Token[], k: number, hasQuote: boolean, earlier: readonly FoundAttribution[]): FoundAttribution | undefined {
  const t = tokens[k]!;
  const strong = STRONG_CUES.has(t.lower);
  if (!strong && !WEAK_CUES.has(t.lower)) return undefined;
  if (!isCueUse(tokens, k)) return undefined;
  const cueEnd = /^point/.test(t.lower) ? k + 2 : k + 1;
  const cue = { start: t.start, end: tokens[cueEnd - 1]!.end, kind: 'verb' as const };
  const besideQuote = hasQuote && nextToQuote(info, sentence, tokens, k, cueEnd);
  const participle = t.lower.endsWith('ing');
  // "…, putting the number killed at 498": a participle that only gives the figure belongs to the cue before it.
  if (!strong && !introducesClause(tokens, cueEnd) && !besideQuote && (participle || !putsFigure(tokens, k, cueEnd)) && !setOffAside(tokens, k)) return undefined;

  // "Hillary Clinton is describing …": a progressive, not a participle.
  const progressive = participle && /^(?:is|are|was|were|'s|'re)$/.test(tokens[k - 1]?.lower ?? '');
  // "…, say some engineers.": right after a comma, a quantified group that ends the clause comes after the cue.
  const quantified = tokens[k - 1]?.text === ',' && !participle && QUANTIFIERS.has(tokens[cueEnd]?.lower ?? '');
  const inverted = quantified ? speakerAfter(tokens, cueEnd, 'names') : undefined;
  const left = inverted && endsClause(tokens, inverted.to) ? undefined : speakerBefore(tokens, progressive ? k - 1 : k);
  let speaker: Phrase | undefined;
  let scope: Scope = 'right';
  let rule = 'cue.speech-verb';
  if (left === 'after-quote') {
    speaker = participle ? undefined : speakerAfter(tokens, cueEnd, 'inverted');
    scope = 'left';
    rule = 'cue.speech-verb.after-quote';
  } else if (left) {
    // "a Donald Trump tweet attacking …": a participle right after a common noun modifies it;
    // "with Trump saying …" has a name or a pronoun before it.
    const head = tokens[left.to - 1]!;
    if (participle && !progressive && !precededByComma(tokens, k) && !head.capitalized && !SPEAKER_PRONOUNS.has(head.lower)) return undefined;
    speaker = left;
    scope = setOff(tokens, left.from) && endsClause(tokens, cueEnd) ? 'left' : 'right';
  } else if (!participle && !OBJECT_FIRST_CUES.has(STRONG_CUES.get(t.lower) ?? WEAK_CUES.get(t.lower) ?? '')) {
    speaker = speakerAfter(tokens, cueEnd, 'names');
    if (speaker) scope = setOff(tokens, k) && endsClause(tokens, speaker.to) ? 'left' : 'right';
    rule = 'cue.speech-verb.inverted';
  }
  // "…, saying it opposes", "began by saying": a participle speaks for the subject of its clause.
  let phrase: Span | undefined;
  if (participle && !progressive && (!speaker || left === 'after-quote' || precededByComma(tokens, k))) {
    speaker = clauseSubject(tokens, k);
    rule = 'cue.participle';
    phrase = cue;
  }
  if (!speaker) return undefined;
  // "The office said it had confirmed that …": a pronoun inside reported speech repeats the speaker.
  if (!besideQuote && isEmbeddedPronoun(tokens, speaker, earlier)) return undefined;
  return makeAttribution(info, sentence, { cue, speaker, scope, rule, phrase, weak: !strong || participle });
}

/**
 * "…, his brother added.", "Time, Mr. Pence noted, was short": a cue that only
 * reports speech, its speaker set off by a comma and nothing after it in its clause.
 */
function setOffAside(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.lower.endsWith('ing') || !ASIDE_CUES.has(WEAK_CUES.get(t.lower) ?? '')) return false;
  const next = tokens[k + 1];
  if (next && !/^[.,;!?]$/.test(next.text)) return false;
  const left = speakerBefore(tokens, k);
  return left !== undefined && left !== 'after-quote' && setOff(tokens, left.from);
}

/**
 * Whether nothing is reported after the cue: the sentence or clause ends there, past
 * times, places and the one spoken to ("…, officials said on Monday.", "…, she told
 * reporters, adding …"). ", Forbes says it is $4.5 billion" reports what follows.
 */
function endsClause(tokens: readonly Token[], i: number): boolean {
  for (let n = 0; i < tokens.length && n < 8; i++, n++) {
    const t = tokens[i]!;
    if (!t.isWord) return /^[.,;:!?)\u2014\u2013]$/.test(t.text) || t.quote !== undefined;
    if (t.lower === 'that') return false;
  }
  return i >= tokens.length;
}

/** "an analysis by the Pew Research Center", "a complaint filed by the SEC": a document takes in its author. */
function withAuthor(tokens: readonly Token[], np: Phrase): Phrase {
  let by = np.to;
  if (REDUCED_RELATIVE_BEFORE_BY.test(tokens[by]?.lower ?? '')) by++;
  if (tokens[by]?.lower !== 'by' || !FINDING_NOUNS.has(tokens[np.to - 1]!.lower) && !NOUN_CUES.has(tokens[np.to - 1]!.lower)) return np;
  const author = phraseAfter(tokens, by + 1, true);
  return author ? span(tokens, np.from, author.to) : np;
}

const REDUCED_RELATIVE_BEFORE_BY = /^(?:filed|released|published|conducted|commissioned|issued|prepared|compiled|produced|carried)$/;

/** A headline in title case: "Obama Says African-American Museum Will Tell …". */
function isTitleCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.isWord && t.text.length > 3);
  return words.length >= 3 && words.every((t) => t.capitalized);
}

/** `Peabody said in a statement: “…”` has a verb; `this finding: ''…''` and `Trump on trade: “…”` do not. */
function colonAttribution(info: BlockInfo, sentence: Sentence, tokens: readonly Token[], colon: number): FoundAttribution | undefined {
  // "Rep. Trey Gowdy (R-S.C.):": a party label before the colon belongs to the name.
  const open = tokens[colon - 1]?.text === ')' ? matchingOpen(tokens, colon - 1) : -1;
  const end = open > 0 ? open - 1 : colon - 1;
  const before = tokens[end];
  if (!before || !before.isWord || isCueWord(before)) return undefined;
  for (let i = end; i >= 0 && i >= end - 7; i--) {
    if (isCueWord(tokens[i]!) || tokens[i]!.lower === 'according') return undefined;
  }
  const np = phraseEndingAt(tokens, end);
  if (!np) return undefined;
  const first = tokens[np.from]!;
  if (np.from > 0 && !isClauseStart(tokens[np.from - 1]!) && !PHRASE_BREAKERS.has(tokens[np.from - 1]!.lower) && !first.capitalized && !DETERMINERS.has(first.lower)) return undefined;
  const t = tokens[colon]!;
  return makeAttribution(info, sentence, { cue: { start: t.start, end: t.end, kind: 'punctuation' }, speaker: np, scope: 'right', rule: 'cue.colon' });
}

function isEmbeddedPronoun(tokens: readonly Token[], speaker: Phrase, earlier: readonly FoundAttribution[]): boolean {
  if (speaker.to - speaker.from !== 1 || !SPEAKER_PRONOUNS.has(tokens[speaker.from]!.lower)) return false;
  // "…, but he said that …", "…; she noted …": a new clause, not the reported one.
  const before = tokens[speaker.from - 1];
  if (before && (before.text === ';' || (CLAUSE_JOINERS.has(before.lower) && tokens[speaker.from - 2]?.text === ','))) return false;
  return earlier.some((a) => a.scope === 'right' && a.phrase.end <= speaker.start);
}

/** Conjunctions that, after a comma, start a clause of their own: ", but he said". */
const CLAUSE_JOINERS = new Set(['but', 'and', 'though', 'although', 'while', 'yet', 'so']);

/**
 * A weak cue counts when it sits against a quotation in its sentence: right
 * after it (`,” he added`) or shortly before it (`called for … the “insane czar”`).
 */
function nextToQuote(info: BlockInfo, sentence: Sentence, tokens: readonly Token[], k: number, cueEnd: number): boolean {
  const text = info.block.text;
  const phraseStart = tokens[Math.max(0, k - 6)]!.start;
  for (const quote of quotesIn(info, sentence.start, sentence.end)) {
    // `,” Mr. Obama added`, `,” said Ms. Varga, adding …`: only words and commas between (a title or an initial keeps its period in its token).
    if (quote.end <= tokens[k]!.start && quote.end >= phraseStart - 2 && tokens.every((t) => t.start < quote.end || t.end > tokens[k]!.start || t.isWord || t.text === ',')) return true;
    const after = tokens[cueEnd - 1]!.end;
    if (quote.start >= after && quote.start - after <= 80 && !/[”"“]/.test(text.slice(after, quote.start))) return true;
  }
  return false;
}

/**
 * "put the toll at more than 140", "placed his net worth at $45 billion", "pegged him
 * at $2.9 billion": a source giving a figure, an object then "at" and a number.
 */
function putsFigure(tokens: readonly Token[], k: number, i: number): boolean {
  if (!/^(?:put|puts|putting|place|places|placed|peg|pegs|pegged)$/.test(tokens[k]!.lower)) return false;
  for (let j = i + 1; j < tokens.length && j <= i + 8; j++) {
    // "… at $45 billion", "… closer to 54,000 pages".
    const at = tokens[j]!.lower === 'at' ? j + 1 : tokens[j]!.lower === 'closer' && tokens[j + 1]?.lower === 'to' ? j + 2 : -1;
    if (at > 0) return /^[\d$€£¥]|^(?:about|around|nearly|roughly|some|more|less|least|just|over|under|almost)$/.test(tokens[at]?.text.toLowerCase() ?? '');
    if (!tokens[j]!.isWord && tokens[j]!.text !== '’' && tokens[j]!.text !== "'") return false;
  }
  return false;
}

/** "added that …", "noted: …": a weak cue introducing reported speech. */
function introducesClause(tokens: readonly Token[], i: number): boolean {
  for (let n = 0; n < 4 && i < tokens.length; n++, i++) {
    const t = tokens[i]!;
    if (t.lower === 'that' || t.text === ':') return true;
    if (!CUE_MODIFIERS.has(t.lower) && !DAY_AND_TIME_WORDS.has(t.lower) && !t.capitalized) return false;
  }
  return false;
}
