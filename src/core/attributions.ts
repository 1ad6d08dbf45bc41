/**
 * Finds attributions: a cue ("said", "told", "according to", the colon of a
 * transcript) and the speaker it names, in either order ("Mr. Lavrov said",
 * "said Mr. Lavrov"), across appositives ("Guo Shuqing, chairman of ..., said")
 * and with participles taking the clause's subject ("..., saying it opposes").
 *
 * Positions here are block-local; the speaker's name is resolved later
 * (speakers.ts).
 */
import { quoteAt, sentenceAt, type ArticleDocument, type BlockInfo, type Sentence } from './document';
import { readNameRun } from './entities';
import {
  CUE_MODIFIERS, DAY_AND_TIME_WORDS, DETERMINERS, NOT_NAME_WORDS, NOUN_CUES, PHRASE_BREAKERS, SPEAKER_NOUNS,
  STRONG_CUES, TITLE_WORDS, WEAK_CUES,
} from './lexicon';
import type { CueKind, Span } from './model';
import type { Token } from './tokens';

/** Which part of the sentence the attribution vouches for. */
export type Scope = 'right' | 'left' | 'sentence';

export interface FoundAttribution {
  readonly block: number;
  readonly sentence: Sentence;
  readonly cue: Span & { readonly kind: CueKind };
  /** Tokens of the speaker mention, block-local span. */
  readonly speaker: Span;
  /** A proper name set beside a generic mention: "according to the group, OVD-Info". */
  readonly appositive: Span | undefined;
  /** The whole phrase: speaker and cue. */
  readonly phrase: Span;
  readonly scope: Scope;
  /** A weak cue or a participle ("added", "saying"): yields to a plain "said" nearby. */
  readonly weak: boolean;
}

interface Phrase extends Span {
  /** Token indices [from, to). */
  readonly from: number;
  readonly to: number;
}

const SAY_FORMS = new Set(['say', 'says', 'said', 'saying']);
/** Cue forms that are as often nouns: "claims", "reports", "estimate", "states", "tweet". */
const NOUN_LIKE = new Set(['claim', 'claims', 'report', 'reports', 'estimate', 'estimates', 'state', 'states', 'tweet', 'tweets',
  'post', 'posts', 'dispute', 'disputes', 'answer', 'answers', 'call', 'calls', 'charge', 'charges', 'counter', 'counters',
  'promise', 'promises', 'pledge', 'pledges', 'vow', 'vows', 'quote', 'quotes', 'question', 'questions', 'protest',
  'protests', 'demand', 'demands', 'reply', 'replies', 'note', 'notes', 'remark', 'remarks', 'plea', 'joke', 'jokes',
  'warning', 'cry', 'cries', 'signal', 'signals', 'object', 'objects', 'read', 'reads', 'order']);
const BE_FORMS = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', 'am', "'s", 'get', 'got', 'gets']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us']);
const SPEAKER_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

export function findAttributions(doc: ArticleDocument): FoundAttribution[] {
  const found: FoundAttribution[] = [];
  for (const info of doc.blocks) {
    found.push(...transcriptSpeakers(info));
    for (const sentence of info.sentences) {
      const verbal = attributionsInSentence(info, sentence);
      found.push(...(verbal.length > 0 ? verbal : nounCue(info, sentence)));
    }
    found.push(...dashSignatures(info));
  }
  return found;
}

function attributionsInSentence(info: BlockInfo, sentence: Sentence): FoundAttribution[] {
  const tokens = sentence.tokens();
  const out: FoundAttribution[] = [];
  const hasQuote = info.quotes.some((q) => q.start < sentence.end && q.end > sentence.start);
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
      const np = phraseAfter(tokens, k + 2, true);
      if (!np) continue;
      const cue = { start: t.start, end: tokens[k + 1]!.end, kind: 'according-to' as const };
      out.push(make(info, sentence, cue, np, appositiveAfter(tokens, np), 'sentence'));
      k++;
      continue;
    }
    if (t.capitalized && !headline) continue;
    const strong = STRONG_CUES.has(t.lower);
    if (!strong && !WEAK_CUES.has(t.lower)) continue;
    if (!isCueUse(tokens, k)) continue;
    const cueEnd = /^point/.test(t.lower) ? k + 2 : k + 1;
    const cue = { start: t.start, end: tokens[cueEnd - 1]!.end, kind: 'verb' as const };
    const besideQuote = hasQuote && nextToQuote(info, sentence, tokens, k, cueEnd);
    if (!strong && !introducesClause(tokens, cueEnd) && !besideQuote && !putsFigure(tokens, k, cueEnd)) continue;

    const participle = t.lower.endsWith('ing');
    // "Hillary Clinton is describing …": a progressive, not a participle.
    const progressive = participle && /^(?:is|are|was|were|'s|'re)$/.test(tokens[k - 1]?.lower ?? '');
    const left = speakerBefore(tokens, progressive ? k - 1 : k);
    let speaker: Phrase | undefined;
    let scope: Scope = 'right';
    if (left === 'after-quote') {
      speaker = participle ? undefined : speakerAfter(tokens, cueEnd, 'inverted');
      scope = 'left';
    } else if (left) {
      // "a Donald Trump tweet attacking …": a participle right after a common noun modifies it;
      // "with Trump saying …" has a name or a pronoun before it.
      const head = tokens[left.to - 1]!;
      if (participle && !progressive && !precededByComma(tokens, k) && !head.capitalized && !SPEAKER_PRONOUNS.has(head.lower)) continue;
      speaker = left;
      scope = setOff(tokens, left.from) ? 'left' : 'right';
    } else if (!participle && !OBJECT_FIRST.has(STRONG_CUES.get(t.lower) ?? WEAK_CUES.get(t.lower) ?? '')) {
      speaker = speakerAfter(tokens, cueEnd, 'names');
      if (speaker) scope = setOff(tokens, k) ? 'left' : 'right';
    }
    // "…, saying it opposes", "began by saying": a participle speaks for the subject of its clause.
    if (participle && !progressive && (!speaker || left === 'after-quote' || precededByComma(tokens, k))) speaker = clauseSubject(tokens, k);
    if (!speaker) continue;
    // "The office said it had confirmed that …": a pronoun inside reported speech repeats the speaker.
    if (!besideQuote && isEmbeddedPronoun(tokens, speaker, out)) continue;
    out.push(make(info, sentence, cue, speaker, undefined, scope, !strong || participle));
  }
  return out;
}

/** Verbs whose next noun phrase is the one spoken to, not the speaker: "told reporters", "asked the crowd". */
const OBJECT_FIRST = new Set(['tell', 'ask', 'urge', 'beg', 'advise', 'accuse', 'praise', 'criticize', 'criticise', 'blast', 'slam', 'call', 'quote', 'cite', 'describe', 'thank', 'warn', 'promise', 'answer', 'question']);

/** A headline in title case: "Obama Says African-American Museum Will Tell …". */
function isTitleCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.isWord && t.text.length > 3);
  return words.length >= 3 && words.every((t) => t.capitalized);
}

/** `Peabody said in a statement: “…”` has a verb; `this finding: ''…''` and `Trump on trade: “…”` do not. */
function colonAttribution(info: BlockInfo, sentence: Sentence, tokens: readonly Token[], colon: number): FoundAttribution | undefined {
  const before = tokens[colon - 1];
  if (!before || !before.isWord || STRONG_CUES.has(before.lower) || WEAK_CUES.has(before.lower)) return undefined;
  for (let i = colon - 1; i >= 0 && i >= colon - 8; i--) {
    if (STRONG_CUES.has(tokens[i]!.lower) || WEAK_CUES.has(tokens[i]!.lower) || tokens[i]!.lower === 'according') return undefined;
  }
  const np = phraseEndingAt(tokens, colon - 1);
  if (!np) return undefined;
  const first = tokens[np.from]!;
  if (np.from > 0 && !isClauseStart(tokens[np.from - 1]!) && !PHRASE_BREAKERS.has(tokens[np.from - 1]!.lower) && !first.capitalized && !DETERMINERS.has(first.lower)) return undefined;
  const t = tokens[colon]!;
  return make(info, sentence, { start: t.start, end: t.end, kind: 'punctuation' }, np, undefined, 'right');
}

function precededByComma(tokens: readonly Token[], k: number): boolean {
  let i = k - 1;
  while (i >= 0 && isModifier(tokens[i]!)) i--;
  return tokens[i]?.text === ',';
}

function isEmbeddedPronoun(tokens: readonly Token[], speaker: Phrase, earlier: readonly FoundAttribution[]): boolean {
  if (speaker.to - speaker.from !== 1 || !SPEAKER_PRONOUNS.has(tokens[speaker.from]!.lower)) return false;
  return earlier.some((a) => a.scope === 'right' && a.phrase.end <= speaker.start);
}

/**
 * A weak cue counts when it sits against a quotation in its sentence: right
 * after it (`,” he added`) or shortly before it (`called for … the “insane czar”`).
 */
function nextToQuote(info: BlockInfo, sentence: Sentence, tokens: readonly Token[], k: number, cueEnd: number): boolean {
  const text = info.block.text;
  const phraseStart = tokens[Math.max(0, k - 6)]!.start;
  for (const quote of info.quotes) {
    if (quote.end <= sentence.start || quote.start >= sentence.end) continue;
    if (quote.end <= tokens[k]!.start && quote.end >= phraseStart - 2 && /^[\s,]*[^”"“.!?]*$/.test(text.slice(quote.end, tokens[k]!.start))) return true;
    const after = tokens[cueEnd - 1]!.end;
    if (quote.start >= after && quote.start - after <= 80 && !/[”"“]/.test(text.slice(after, quote.start))) return true;
  }
  return false;
}

function make(info: BlockInfo, sentence: Sentence, cue: Span & { kind: CueKind }, speaker: Phrase, appositive: Span | undefined, scope: Scope, weak = false): FoundAttribution {
  const span = { start: speaker.start, end: speaker.end };
  return {
    block: info.index,
    sentence,
    cue,
    speaker: span,
    appositive,
    phrase: { start: Math.min(cue.start, span.start), end: Math.max(cue.end, span.end) },
    scope,
    weak,
  };
}

/** Rules out a cue word used in another sense: passives, infinitives after "to", nouns after a determiner. */
function isCueUse(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (prev && BE_FORMS.has(prev.lower) && !t.lower.endsWith('ing')) return false;
  if (prev && (prev.lower === 'been' || prev.lower === 'being') ) return false;
  if (prev && DETERMINERS.has(prev.lower) && prev.lower !== 'one') return false;
  // "Ukraine’s disputed Donbas region": a participle after a possessive is an adjective.
  if (prev && prev.text.length > 2 && /[’']s$/.test(prev.text)) return false;
  // "a United Nations estimate and …", "the NATO states in …": base forms that are nouns here.
  if (NOUN_LIKE.has(t.lower) && !startsReportedClause(next) && !afterQuotedSpeaker(tokens, k)) return false;
  if (prev && (prev.lower === 'to' || prev.lower === "n't" || prev.lower === 'let') && SAY_FORMS.has(t.lower)) return false;
  if (/^point/.test(t.lower) && next?.lower !== 'out') return false;
  if (/^(?:go|goes|went|gone|going)$/.test(t.lower)) return false;
  // "the reported figure", "a written statement": participles used as adjectives.
  if (next && /ed$|en$/.test(t.lower) && !SAY_FORMS.has(t.lower) && next.isWord && !next.capitalized && SPEAKER_NOUNS.has(next.lower) && prev && DETERMINERS.has(prev.lower)) return false;
  return true;
}

/** `,” the letter reads.`: a speaker phrase between a spoken line's closing quote and the cue. */
function afterQuotedSpeaker(tokens: readonly Token[], k: number): boolean {
  for (let i = k - 1; i >= 0 && i >= k - 5; i--) {
    if (isClosingMark(tokens[i]!)) return endsSpokenLine(tokens, i);
    if (!tokens[i]!.isWord && tokens[i]!.text !== ',') return false;
  }
  return false;
}

/** What may follow a cue that is a verb: "disputes that figure", "claims 500 died", "says: …". */
function startsReportedClause(next: Token | undefined): boolean {
  if (!next) return false;
  if (!next.isWord) return /[:“"«,]/.test(next.text);
  return next.lower === 'that' || next.capitalized || /^\d/.test(next.text) || DETERMINERS.has(next.lower) || SPEAKER_PRONOUNS.has(next.lower) || OBJECT_PRONOUNS.has(next.lower) || CUE_MODIFIERS.has(next.lower) || isAdverb(next.lower);
}

/** "put the toll at more than 140", "placed the number of dead at 30": a source giving a figure. */
function putsFigure(tokens: readonly Token[], k: number, i: number): boolean {
  if (!/^(?:put|puts|place|places|placed)$/.test(tokens[k]!.lower)) return false;
  const rest = tokens.slice(i, i + 6).map((t) => t.lower).join(' ');
  return /^(?:the|its|their|his|her) (?:(?:death|casualty|final|official) )?(?:toll|number|figure|total|count|tally|cost|estimate|price)\b/.test(rest);
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

/** Whether the phrase starting at token `i` is set off by a comma or a closing quote: ", officials said." */
function setOff(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev !== undefined && (prev.text === ',' || isClosingMark(prev)) && tokens.slice(0, i - 1).some((t) => t.isWord);
}

function isClosingMark(t: Token): boolean {
  return t.quote === 'close';
}

/** Nouns and adjectives that end in -ly like adverbs: "the assembly said", "the family said". */
const LY_NOT_ADVERBS = new Set(['only', 'assembly', 'family', 'ally', 'rally', 'reply', 'supply', 'anomaly', 'monopoly', 'italy', 'july', 'fly',
  'belly', 'bully', 'folly', 'jelly', 'lily', 'tally', 'homily', 'early', 'daily', 'weekly', 'monthly', 'yearly', 'elderly', 'friendly',
  'likely', 'lonely', 'ugly', 'holy', 'costly', 'deadly', 'lovely', 'orderly', 'assembly’s', 'family’s']);

function isAdverb(word: string): boolean {
  return word.length > 4 && word.endsWith('ly') && !LY_NOT_ADVERBS.has(word);
}

function isModifier(t: Token): boolean {
  if (!t.isWord) return false;
  if (CUE_MODIFIERS.has(t.lower)) return true;
  if (t.capitalized) return /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(t.lower);
  return isAdverb(t.lower);
}

/**
 * The speaker before a cue: "Ukrainian officials say", "Mr. Zelenskyy again said",
 * "Guo Shuqing, chairman of ..., said". `after-quote` when the cue follows a
 * closing quote (`,” said Mr. Navalny`), so the speaker comes after it.
 */
function speakerBefore(tokens: readonly Token[], k: number, depth = 0): Phrase | 'after-quote' | undefined {
  const i = skipBackOverModifiers(tokens, k - 1);
  if (i < 0) return undefined;
  const t = tokens[i]!;
  const closing = isClosingMark(t) ? i : t.text === ',' && tokens[i - 1] && isClosingMark(tokens[i - 1]!) ? i - 1 : -1;
  if (closing >= 0) return endsSpokenLine(tokens, closing) ? 'after-quote' : undefined;
  if (t.text === ',') return appositiveSubject(tokens, i);
  // "Scott beamed and asked", "I laughed and said": the subject of the first verb.
  if ((t.lower === 'and' || t.lower === 'but') && depth === 0 && i >= 2 && isVerbLike(tokens[i - 1]!)) {
    const subject = speakerBefore(tokens, i - 1, depth + 1);
    return subject === 'after-quote' ? undefined : subject;
  }
  // "Stevie Wonder, who joked …": the relative pronoun stands for the name before it.
  if ((t.lower === 'who' || t.lower === 'which') && tokens[i - 1]?.text === ',') return span(tokens, i, i + 1);
  const np = phraseEndingAt(tokens, i);
  if (np && np.from > 0 && PREPOSITIONS.has(tokens[np.from - 1]!.lower)) {
    // "a narrator in the Clinton ad asks": the phrase before the preposition is the subject
    // when it opens the clause; "In a statement announcing …" has none, so no speaker.
    const outer = np.from >= 2 ? phraseEndingAt(tokens, np.from - 2) : undefined;
    const opensClause = outer !== undefined && (outer.from === 0 || isClauseStart(tokens[outer.from - 1]!) || tokens[outer.from - 1]!.text === ',');
    // …and when it can speak: "a narrator", "Mr. Morgan", not "Death toll from Valmora floods disputed".
    if (outer && opensClause && canSpeak(tokens, outer)) return span(tokens, outer.from, np.to);
    return undefined;
  }
  return np;
}

/** A phrase that names someone: a speaker noun at its head, or a name past the sentence's first word. */
function canSpeak(tokens: readonly Token[], phrase: Phrase): boolean {
  const head = tokens[phrase.to - 1]!;
  if (SPEAKER_NOUNS.has(head.lower) || SPEAKER_PRONOUNS.has(head.lower)) return true;
  for (let i = Math.max(phrase.from, 1); i < phrase.to; i++) if (tokens[i]!.capitalized && !DETERMINERS.has(tokens[i]!.lower)) return true;
  return false;
}

const PREPOSITIONS = new Set(['in', 'on', 'at', 'by', 'from', 'for', 'of', 'to', 'into', 'about', 'after', 'before', 'during', 'under', 'over', 'against', 'through', 'via', 'per', 'among', 'between', 'toward', 'towards', 'upon', 'within', 'without']);

/** Steps back over adverbs, auxiliaries, times and parentheticals: "Sen. Claire McCaskill (D-Mo.) on Friday said". */
function skipBackOverModifiers(tokens: readonly Token[], i: number): number {
  while (i >= 0) {
    const t = tokens[i]!;
    if (isModifier(t)) i--;
    else if (t.text === ')') {
      const open = matchingOpen(tokens, i);
      if (open < 0) return i;
      i = open - 1;
    } else return i;
  }
  return i;
}

function matchingOpen(tokens: readonly Token[], close: number): number {
  for (let i = close - 1; i >= 0 && i >= close - 12; i--) if (tokens[i]!.text === '(') return i;
  return -1;
}

/** A quote that ends as spoken lines do before their attribution: `…,”` `…?”` `…!”` or `…” ,`. */
function endsSpokenLine(tokens: readonly Token[], closing: number): boolean {
  let i = closing;
  while (i > 0 && tokens[i - 1]!.quote === 'close') i--;
  const before = tokens[i - 1];
  return (before !== undefined && /^[,?!…—-]$/.test(before.text)) || tokens[closing + 1]?.text === ',';
}

function isVerbLike(t: Token): boolean {
  return t.isWord && !t.capitalized && (/(?:ed|ied)$/.test(t.lower) || /^(?:smiled|laughed|paused|nodded|shrugged|sighed|beamed|went|came|stood|sat|turned|looked|spoke|wrote|took|got|grinned)$/.test(t.lower) || STRONG_CUES.has(t.lower) || WEAK_CUES.has(t.lower));
}

/** A noun phrase ending at token `i`, read backwards. */
function phraseEndingAt(tokens: readonly Token[], i: number): Phrase | undefined {
  const head = tokens[i]!;
  if (!head.isWord) return undefined;
  if (SPEAKER_PRONOUNS.has(head.lower)) return span(tokens, i, i + 1);
  if (!head.capitalized && (PHRASE_BREAKERS.has(head.lower) || /ing$/.test(head.lower) || OBJECT_PRONOUNS.has(head.lower))) return undefined;
  if (head.capitalized && NOT_NAME_WORDS.has(head.lower)) return undefined;
  let j = i;
  let determiner = false;
  while (j > 0 && i - j < 10) {
    const p = tokens[j - 1]!;
    if (!p.isWord) {
      // Keep the period of an initial or title glued in ("Mr."), stop at other punctuation.
      break;
    }
    if (DETERMINERS.has(p.lower)) {
      j--;
      determiner = true;
      // "Mr. Morgan of the Sierra Club", "the chair of the committee": the phrase goes on before "of".
      const of = tokens[j - 1];
      const owner = tokens[j - 2];
      if (of?.lower === 'of' && owner && owner.isWord && (owner.capitalized || SPEAKER_NOUNS.has(owner.lower)) && !NOT_NAME_WORDS.has(owner.lower)) {
        j -= 1;
        continue;
      }
      break;
    }
    if (p.lower === 'of' && j >= 2 && (tokens[j - 2]!.capitalized || SPEAKER_NOUNS.has(tokens[j - 2]!.lower) || TITLE_WORDS.has(tokens[j - 2]!.lower))) {
      j--;
      continue;
    }
    if (p.lower === 'and' && tokens[j]!.capitalized && j >= 2 && tokens[j - 2]!.capitalized && !NOT_NAME_WORDS.has(tokens[j - 2]!.lower)) {
      j--;
      continue;
    }
    if (p.capitalized) {
      if (NOT_NAME_WORDS.has(p.lower)) break;
      j--;
      continue;
    }
    if (PHRASE_BREAKERS.has(p.lower) || CUE_MODIFIERS.has(p.lower) || STRONG_CUES.has(p.lower) || SPEAKER_PRONOUNS.has(p.lower) || OBJECT_PRONOUNS.has(p.lower)) break;
    if (/(?:ing|ed)$/.test(p.lower) && !/-/.test(p.lower) && j - 2 >= 0 && !DETERMINERS.has(tokens[j - 2]!.lower) && !tokens[j - 2]!.capitalized) break;
    j--;
  }
  const words = tokens.slice(j, i + 1);
  const hasName = words.some((w) => w.capitalized && !DETERMINERS.has(w.lower));
  if (!hasName && !determiner && !SPEAKER_NOUNS.has(head.lower)) return undefined;
  if (!hasName && !SPEAKER_NOUNS.has(head.lower) && !/s$/.test(head.lower) && words.length < 2) return undefined;
  return span(tokens, j, i + 1);
}

/**
 * `X, an appositive or relative clause, said`: the speaker is the name at the
 * head of the clause, or the nearest name in the chain ("America’s ambassador
 * to the United Nations, Linda Thomas-Greenfield, told ...").
 */
function appositiveSubject(tokens: readonly Token[], comma: number): Phrase | undefined {
  let start = comma - 1;
  while (start >= 0 && !isClauseStart(tokens[start]!)) start--;
  const chunks: Array<[number, number]> = [];
  let from = start + 1;
  for (let i = from; i <= comma; i++) {
    if (tokens[i]!.text === ',') {
      if (i > from) chunks.push([from, i]);
      from = i + 1;
    }
  }
  if (chunks.length < 1) return undefined;
  // An opening adverbial ("On Wednesday,") is not the subject.
  while (chunks.length > 1 && isAdverbial(tokens, chunks[0]!)) chunks.shift();
  const [hFrom, hTo] = chunks[0]!;
  const headIsName = isProperName(tokens, hFrom, hTo);
  if (!headIsName) {
    for (let c = chunks.length - 1; c > 0; c--) {
      const [f, t] = chunks[c]!;
      if (isProperName(tokens, f, t) && !isPlaceAbbreviation(tokens, f, t)) return span(tokens, f, t);
    }
  }
  const np = phraseEndingAt(tokens, skipBackOverModifiers(tokens, hTo - 1));
  return np && np.from >= hFrom ? np : undefined;
}

function isClauseStart(t: Token): boolean {
  return t.quote !== undefined || (!t.isWord && /[;:\u2014\u2013\u2015]/.test(t.text));
}

function isAdverbial(tokens: readonly Token[], [from, to]: [number, number]): boolean {
  const first = tokens[from]!;
  return PHRASE_BREAKERS.has(first.lower) || DAY_AND_TIME_WORDS.has(first.lower) || isAdverb(first.lower) || (to - from === 1 && /^(?:however|meanwhile|still|indeed|instead|later|earlier|today|yesterday)$/.test(first.lower));
}

function isProperName(tokens: readonly Token[], from: number, to: number): boolean {
  // "Attorney General Roy Cooper (D)": a party label does not change the name.
  if (tokens[to - 1]?.text === ')') {
    const open = matchingOpen(tokens, to - 1);
    if (open > from) to = open;
  }
  if (to - from > 6) return false;
  const run = readNameRun(tokens, from, false);
  return run !== undefined && run.to === to && run.type !== 'organization' && !NOT_NAME_WORDS.has(tokens[from]!.lower);
}

// "of Ashton, Md., said": a state or city abbreviation in an address chain is not a speaker.
function isPlaceAbbreviation(tokens: readonly Token[], from: number, to: number): boolean {
  return to - from === 1 && /^\p{Lu}\p{Ll}{0,4}\.$/u.test(tokens[from]!.text);
}

/**
 * The speaker after a cue. `inverted` (after a quote: `,” said Mr. Navalny`,
 * `,” added the president`) takes names, pronouns and determiner phrases;
 * `names` (no quote before) only names and personal pronouns.
 */
function speakerAfter(tokens: readonly Token[], i: number, mode: 'inverted' | 'names'): Phrase | undefined {
  let n = 0;
  while (i < tokens.length && n < 3 && isTimeWord(tokens[i]!)) {
    i++;
    n++;
  }
  const t = tokens[i];
  if (!t || !t.isWord) return undefined;
  if (mode === 'names' && !t.capitalized && !SPEAKER_PRONOUNS.has(t.lower)) return undefined;
  if (mode === 'names' && SPEAKER_PRONOUNS.has(t.lower)) {
    // "said he would …" reads as reported speech about him, unless the sentence ends there.
    const next = tokens[i + 1];
    return !next || next.text === '.' || next.text === ',' ? span(tokens, i, i + 1) : undefined;
  }
  return phraseAfter(tokens, i, mode === 'inverted');
}

function isTimeWord(t: Token): boolean {
  return t.isWord && (DAY_AND_TIME_WORDS.has(t.lower) && t.lower !== 'this');
}

/** A noun phrase starting at token `i`. Lower-case phrases need `allowCommon`. */
function phraseAfter(tokens: readonly Token[], i: number, allowCommon: boolean, namesOnly = false): Phrase | undefined {
  const t = tokens[i];
  if (!t || !t.isWord) return undefined;
  if (SPEAKER_PRONOUNS.has(t.lower) && t.lower !== 'it') return span(tokens, i, i + 1);
  if (OBJECT_PRONOUNS.has(t.lower)) return allowCommon ? span(tokens, i, i + 1) : undefined;
  if (t.capitalized && !DETERMINERS.has(t.lower)) {
    const run = readNameRun(tokens, i, false);
    if (!run) return undefined;
    let end = run.to;
    // "U.S. officials", "Pentagon officials", "English-language media translations": a name modifying a noun.
    while (end < tokens.length && end - i < 8 && isNounAfterName(tokens[end]!, allowCommon)) end++;
    return span(tokens, i, end);
  }
  if (!DETERMINERS.has(t.lower) && !allowCommon) return undefined;
  if (namesOnly && !DETERMINERS.has(t.lower)) return undefined;
  let j = i;
  let lastNoun = -1;
  while (j < tokens.length && j - i < 10) {
    const w = tokens[j]!;
    if (!w.isWord) break;
    // "the chamber of commerce", "the Ministry of Defence": "of" goes on when a noun follows it.
    const ofNoun = w.lower === 'of' && tokens[j + 1] !== undefined && tokens[j + 1]!.isWord && !DETERMINERS.has(tokens[j + 1]!.lower) && !PHRASE_BREAKERS.has(tokens[j + 1]!.lower);
    if (j > i && PHRASE_BREAKERS.has(w.lower) && !ofNoun) break;
    if (j > i && DETERMINERS.has(w.lower) && w.lower !== 'one') break;
    if (j > i && (STRONG_CUES.has(w.lower) || WEAK_CUES.has(w.lower)) && !w.capitalized && !SPEAKER_NOUNS.has(w.lower)) break;
    if (!DETERMINERS.has(w.lower) && w.lower !== 'of') lastNoun = j;
    j++;
  }
  if (lastNoun < i) return undefined;
  const head = tokens[lastNoun]!;
  if (namesOnly && !head.capitalized && !SPEAKER_NOUNS.has(head.lower)) return undefined;
  return span(tokens, i, lastNoun + 1);
}

function isNounAfterName(t: Token, allowCommon: boolean): boolean {
  if (!t.isWord || t.capitalized) return false;
  if (SPEAKER_NOUNS.has(t.lower)) return true;
  return allowCommon && !PHRASE_BREAKERS.has(t.lower) && !DETERMINERS.has(t.lower) && !STRONG_CUES.has(t.lower) && !WEAK_CUES.has(t.lower) && !CUE_MODIFIERS.has(t.lower) && !/ing$/.test(t.lower);
}

/** "according to the group, OVD-Info,": the name set beside a generic mention. */
function appositiveAfter(tokens: readonly Token[], np: Phrase): Span | undefined {
  if (tokens[np.to]?.text !== ',') return undefined;
  const head = tokens[np.to - 1]!;
  if (head.capitalized) return undefined;
  const run = readNameRun(tokens, np.to + 1, false);
  if (!run) return undefined;
  const after = tokens[run.to];
  if (after && after.text !== ',' && after.text !== '.' && after.text !== ';') return undefined;
  return { start: tokens[run.from]!.start, end: tokens[run.to - 1]!.end };
}

/**
 * The subject of the clause a participle hangs from: the speaker of the nearest
 * earlier cue outside quotes ("Beijing’s government confirmed …, saying it …"),
 * else the sentence's first noun phrase ("Dean … began by saying …").
 */
function clauseSubject(tokens: readonly Token[], k: number): Phrase | undefined {
  for (let i = k - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (!t.isWord || t.quoted || t.capitalized || t.lower.endsWith('ing')) continue;
    if ((STRONG_CUES.has(t.lower) || WEAK_CUES.has(t.lower)) && isCueUse(tokens, i)) {
      const subject = speakerBefore(tokens, i);
      if (subject && subject !== 'after-quote') return subject;
      if (subject === 'after-quote') return speakerAfter(tokens, i + 1, 'inverted');
    }
  }
  let first = 0;
  while (first < k && (!tokens[first]!.isWord || tokens[first]!.quoted)) first++;
  // Skip an opening adverbial: "In a statement announcing the pick, the group called …".
  if (tokens[first] && PHRASE_BREAKERS.has(tokens[first]!.lower)) {
    const comma = tokens.findIndex((t, i) => i > first && i < k && t.text === ',' && !t.quoted);
    if (comma < 0) return undefined;
    first = comma + 1;
  }
  return first < k ? phraseAfter(tokens, first, true) : undefined;
}

function span(tokens: readonly Token[], from: number, to: number): Phrase {
  return { from, to, start: tokens[from]!.start, end: tokens[to - 1]!.end };
}

/**
 * A statement named by a noun when no reporting verb does: "In a statement
 * posted on Facebook, the ministry urged calm", "The ministry, in a statement,
 * urged calm". The cue is the noun phrase; the speaker is the clause's subject.
 */
function nounCue(info: BlockInfo, sentence: Sentence): FoundAttribution[] {
  const tokens = sentence.tokens();
  for (let k = 0; k + 2 < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.quoted || !/^(?:in|via|through)$/.test(t.lower) || !DETERMINERS.has(tokens[k + 1]!.lower)) continue;
    let n = k + 2;
    while (n < tokens.length && n - k < 5 && tokens[n]!.isWord && !NOUN_CUES.has(tokens[n]!.lower)) n++;
    if (!tokens[n] || !NOUN_CUES.has(tokens[n]!.lower)) continue;
    const cue = { start: t.start, end: tokens[n]!.end, kind: 'noun' as const };
    const comma = tokens.findIndex((c, i) => i > n && c.text === ',');
    const before = tokens[k - 1];
    let speaker: Phrase | undefined;
    if (k === 0 && comma > 0) speaker = phraseAfter(tokens, comma + 1, true);
    else if (before?.text === ',' && k >= 2) speaker = phraseEndingAt(tokens, k - 2);
    if (!speaker || !canSpeak(tokens, speaker)) continue;
    return [make(info, sentence, cue, speaker, undefined, 'right')];
  }
  return [];
}

// "WALLACE: But, Governor ..." or "TRUMP: We will ...": a transcript line names its speaker.
const TRANSCRIPT_LINE = /(^|\n)[ \t]*["“]?((?:\p{Lu}[\p{Lu}.’'-]+)(?: \p{Lu}[\p{Lu}.’'-]+){0,3}):[ \t]/gu;

function transcriptSpeakers(info: BlockInfo): FoundAttribution[] {
  const out: FoundAttribution[] = [];
  const text = info.block.text;
  for (let m = TRANSCRIPT_LINE.exec(text); m; m = TRANSCRIPT_LINE.exec(text)) {
    const name = m[2]!;
    if (/^(?:NOTE|UPDATE|EDITOR|PHOTO|VIDEO|WATCH|READ|SOURCE|CORRECTION|RELATED|Q|A)$/.test(name)) continue;
    const start = m.index + m[0].indexOf(name);
    const sentence = sentenceAt(info, start);
    if (!sentence) continue;
    const speaker = { from: 0, to: 0, start, end: start + name.length };
    const cue = { start: start + name.length, end: start + name.length + 1, kind: 'punctuation' as const };
    out.push(make(info, sentence, cue, speaker, undefined, 'right'));
  }
  return out;
}

// `” ― Krystal Correa` or `" — Jane Doe, 34, of Ohio`: a dash after a quotation signs it.
const DASH_SIGNATURE = /[”"»]\s*([\u2015\u2014\u2013]|--)\s*(\p{Lu}[\p{L}.’'-]*(?:\s+(?:\p{Lu}[\p{L}.’'-]*|de|van|von|al|bin))*)/gu;

function dashSignatures(info: BlockInfo): FoundAttribution[] {
  const out: FoundAttribution[] = [];
  const text = info.block.text;
  for (let m = DASH_SIGNATURE.exec(text); m; m = DASH_SIGNATURE.exec(text)) {
    const dashAt = m.index + m[0].indexOf(m[1]!);
    const name = m[2]!.replace(/\.$/, '');
    const start = m.index + m[0].lastIndexOf(m[2]!);
    const sentence = sentenceAt(info, dashAt) ?? sentenceAt(info, start);
    if (!sentence) continue;
    const speaker = { from: 0, to: 0, start, end: start + name.length };
    const cue = { start: dashAt, end: dashAt + m[1]!.length, kind: 'punctuation' as const };
    out.push(make(info, sentence, cue, speaker, undefined, 'left'));
  }
  return out;
}
