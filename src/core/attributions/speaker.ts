/**
 * Where the speaker of a cue is: before it ("Ukrainian officials say",
 * "Guo Shuqing, chairman of ..., said"), after it (`,” said Mr. Navalny`), or,
 * for a participle, the subject of its clause ("…, saying it opposes").
 */
import { AUXILIARIES, CLAUSE_LEADING_WORDS, CLAUSE_OPENERS, CUE_MODIFIERS, DAY_AND_TIME_WORDS, DETERMINERS, FINDING_NOUNS, IRREGULAR_PAST_TENSES, NOT_NAME_WORDS, PHRASE_BREAKERS, PREPOSITIONS, REDUCED_RELATIVE, SHARE_SIZES, SPEAKER_NOUNS, PERSON_SUBJECT_PRONOUNS, SPEAKER_POSTMODIFIERS, SPEAKER_PRONOUNS } from '../lexicon';
import type { Token } from '../tokens';
import { isCueUse } from './cueUse';
import { span, type Phrase } from './found';
import {
  canSpeak, endsSpokenLine, isAdverb, isClauseStart, isClosingMark, isCueWord, isModifier, isPlaceAbbreviation, isProperName,
  phraseAfter, phraseEndingAt, skipBackOverModifiers,
} from './phrases';

/**
 * The speaker before a cue at token `k`. `after-quote` when the cue follows a
 * closing quote (`,” said Mr. Navalny`), so the speaker comes after it.
 */
export function speakerBefore(tokens: readonly Token[], k: number, depth = 0): Phrase | 'after-quote' | undefined {
  const i = skipBackOverModifiers(tokens, k - 1);
  if (i < 0) return undefined;
  const t = tokens[i]!;
  const closing = isClosingMark(t) ? i : t.text === ',' && tokens[i - 1] && isClosingMark(tokens[i - 1]!) ? i - 1 : -1;
  if (closing >= 0) return endsSpokenLine(tokens, closing) ? 'after-quote' : undefined;
  if (t.text === ',') return appositiveSubject(tokens, i);
  // "Scott beamed and asked", "I laughed and said": the subject of the first verb.
  // "resigned from her post and said": a noun that is also a cue word ("post", "call") may end the first verb's clause instead.
  if ((t.lower === 'and' || t.lower === 'but') && depth === 0 && i >= 2 && isVerbLike(tokens[i - 1]!)) {
    const subject = speakerBefore(tokens, i - 1, depth + 1);
    if (subject !== undefined || !isCueWord(tokens[i - 1]!)) return subject === 'after-quote' ? undefined : subject;
  }
  // "Stevie Wonder, who joked …", "an architect who said …": the relative pronoun stands for the noun before it.
  if ((t.lower === 'who' || t.lower === 'which') && (tokens[i - 1]?.text === ',' || (t.lower === 'who' && tokens[i - 1]?.isWord))) return span(tokens, i, i + 1);
  // "Clinton spoke at the forum and said …", "Hale did not name them, but told …": the subject of the clause's first verb.
  // (`called her "weak" and said …`: the clause may end in a quoted word.)
  if ((t.lower === 'and' || t.lower === 'but') && depth === 0 && (tokens[i - 1]?.isWord || tokens[i - 1]?.text === ',' || (tokens[i - 1] !== undefined && isClosingMark(tokens[i - 1]!)))) {
    const subject = clauseOpeningSubject(tokens, i);
    if (subject) return subject;
  }
  // "Only 24 percent said", "more than 4 in 10 said": a share of those polled, standing for them.
  const share = bareShareStart(tokens, i);
  if (share >= 0) return span(tokens, share, i + 1);
  const relative = relativeClauseSubject(tokens, i);
  if (relative) return relative;
  const np = phraseEndingAt(tokens, skipReducedRelative(tokens, i)) ?? subjectBeforeComplement(tokens, i);
  if (np && np.from > 0 && isPrepositionAt(tokens, np.from - 1)) {
    // "three days after Hale told …": "after" and "before" open a clause too, whose subject can speak.
    return subjectBeforePrepositions(tokens, np) ?? (CLAUSE_OPENERS.has(tokens[np.from - 1]!.lower) && canSpeak(tokens, np) ? np : undefined);
  }
  return np;
}

/**
 * "Democrats who watched the debate said", "Voters who backed Trump say",
 * "Officials who spoke on condition of anonymity said": a relative clause
 * ends right before the cue; the speaker is the noun it describes, with the
 * clause. `last` is the token before the cue.
 */
function relativeClauseSubject(tokens: readonly Token[], last: number): Phrase | undefined {
  for (let w = last - 1; w >= 1 && last - w <= 8; w--) {
    const t = tokens[w]!;
    if (!t.isWord || t.quoted) return undefined;
    if (t.lower !== 'who') continue;
    // "who backed Trump", "who also lost homes": after "who" and its adverbs, the first lower-case word is the clause's verb.
    let verb = w + 1;
    while (verb < last && (isAdverb(tokens[verb]!.lower) || CUE_MODIFIERS.has(tokens[verb]!.lower))) verb++;
    const v = tokens[verb]!;
    if (!(isVerbLike(v) || (v.isWord && !v.capitalized && !DETERMINERS.has(v.lower) && !PREPOSITIONS.has(v.lower)))) verb = -1;
    if (verb < 0 || verb > last) return undefined;
    const noun = phraseEndingAt(tokens, w - 1);
    return noun && canSpeak(tokens, noun) ? span(tokens, noun.from, last + 1) : undefined;
  }
  return undefined;
}

/**
 * "a narrator in the Clinton ad asks", "A 2009 report by the Center for Economic and
 * Policy Research found": the phrase before the prepositions is the subject when it
 * opens the clause and can speak; "In a statement announcing …" has none, so no speaker.
 */
function subjectBeforePrepositions(tokens: readonly Token[], np: Phrase): Phrase | undefined {
  let inner = np;
  for (let depth = 0; depth < 3 && inner.from >= 2 && isPrepositionAt(tokens, inner.from - 1); depth++) {
    // "people close to the mayor", "officials familiar with the talks": the speaker ends before the word that describes it.
    const end = SPEAKER_POSTMODIFIERS.has(tokens[inner.from - 2]!.lower) ? inner.from - 3 : inner.from - 2;
    if (end < 0) break;
    const outer = phraseEndingAt(tokens, skipReducedRelative(tokens, end));
    if (!outer) break;
    const opensClause = outer.from === 0 || isClauseStart(tokens[outer.from - 1]!) || tokens[outer.from - 1]!.text === ',' || CLAUSE_OPENERS.has(tokens[outer.from - 1]!.lower);
    // …and can speak or give a finding: "a narrator", "Mr. Morgan", "Footage from the game", not "Death toll from Valmora floods disputed".
    if (opensClause && (canSpeak(tokens, outer) || FINDING_NOUNS.has(tokens[outer.to - 1]!.lower))) return span(tokens, outer.from, np.to);
    inner = outer;
  }
  // "46 percent of voters said", "half of GOP primary voters say": a share of the people polled.
  // "At least half of voters in each district say": the share may come before the first of the prepositions.
  const share = tokens[inner.from - 1]?.lower === 'of' ? shareBefore(tokens, inner.from - 1) : tokens[np.from - 1]!.lower === 'of' ? shareBefore(tokens, np.from - 1) : ratioStart(tokens, np);
  return share >= 0 ? span(tokens, share, np.to) : undefined;
}

/** A preposition, or the "with" of "familiar with", "aligned with" after a speaker's description. */
function isPrepositionAt(tokens: readonly Token[], j: number): boolean {
  const lower = tokens[j]!.lower;
  return PREPOSITIONS.has(lower) || (lower === 'with' && SPEAKER_POSTMODIFIERS.has(tokens[j - 1]?.lower ?? ''));
}

/** The start of "46 percent", "nine in 10", "half", "a majority", "most" ending right before "of" at `of`, or -1. */
function shareBefore(tokens: readonly Token[], of: number): number {
  const start = shareEndingAt(tokens, of - 1, SHARE_OF, 3);
  return start >= 0 && (opensClauseBefore(tokens, start) || tokens[start - 1]!.lower === 'only') ? start : -1;
}

/** The start of a share ending at token `last` that opens its clause ("74 percent", "more than 4 in 10", "two-thirds"), or -1. */
function bareShareStart(tokens: readonly Token[], last: number): number {
  const start = shareEndingAt(tokens, last, BARE_SHARE, 5);
  return start >= 0 && opensClauseBefore(tokens, start) ? start : -1;
}

/** Where `pattern` (anchored at the end) matches the words ending at token `last`, looking back `reach` tokens; -1 when it does not. */
function shareEndingAt(tokens: readonly Token[], last: number, pattern: RegExp, reach: number): number {
  const m = pattern.exec(tokens.slice(Math.max(0, last - reach), last + 1).map((t) => t.lower).join(' '));
  return m ? last + 1 - m[1]!.split(' ').length : -1;
}

/** Nothing, punctuation or a clause opener ("and", "while") before token `start`. */
function opensClauseBefore(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1];
  return !before || !before.isWord || CLAUSE_OPENERS.has(before.lower);
}

const SPELLED_NUMBER = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)';
const SHARE_NUMBER = `(?:\\d[\\d,.]*|${SPELLED_NUMBER})`;
/** "about ", "at least ", "a full ": what may come before a share. */
const QUALIFIER = '(?:about |nearly |almost |roughly |just |only |more than |less than |fewer than |over |under |at least |a full |fully |some )';
/** Up to two of them ("just over a quarter") and a size ("large majorities"). */
const SHARE_QUALIFIER = `${QUALIFIER}?${QUALIFIER}?(?:(?:${[...SHARE_SIZES].join('|')}) )?`;
/** "74 percent", "seventy-four percent", "4 in 10", "two-thirds", "a majority". */
const SHARE = `(?:${SHARE_NUMBER} ?(?:percent|%|per cent)|${SHARE_NUMBER} (?:in|out of) ${SHARE_NUMBER}|half|a third|a quarter|two-thirds|three-quarters|three-fourths|a majority|a plurality|majorities)`;
const BARE_SHARE = new RegExp(`(?:^| )(${SHARE_QUALIFIER}${SHARE})$`);

/** "Nine in 10 Democratic voters say": the ratio's first number, or -1. */
function ratioStart(tokens: readonly Token[], np: Phrase): number {
  const first = tokens[np.from - 2];
  const numberFirst = first !== undefined && (/^\d/.test(first.text) || NUMBER_WORDS.test(first.lower));
  return tokens[np.from - 1]!.lower === 'in' && numberFirst && /^\d/.test(tokens[np.from]!.text) ? np.from - 2 : -1;
}

const NUMBER_WORDS = /^(?:one|two|three|four|five|six|seven|eight|nine|ten)$/;

const OPENING_SHARE = new RegExp(`^${SHARE_QUALIFIER}${SHARE}(?: |$)`);

/** A subject that opens with a share of those polled: "About 4 in 10 Republican voters", "Nearly a third", "64 percent". */
export function opensWithShare(tokens: readonly Token[], phrase: Phrase): boolean {
  return OPENING_SHARE.test(tokens.slice(phrase.from, Math.min(phrase.to, phrase.from + 8)).map((t) => t.lower).join(' '));
}

const SHARE_OF = new RegExp(`(?:^| )(${SHARE_QUALIFIER}(?:${SHARE}|majorities|most|many|some|few|a few|all|none|a minority|[\\d,]+))$`);

/**
 * "A Government Accountability Office report released last year found …", "a
 * poll out this week shows …": a participle phrase after the subject describes
 * it; the subject ends before it.
 */
function skipReducedRelative(tokens: readonly Token[], i: number): number {
  // "what he called": a pronoun is the subject itself, nothing describes it.
  if (SPEAKER_PRONOUNS.has(tokens[i]!.lower)) return i;
  for (let j = i; j >= 0 && i - j < 6; j--) {
    const word = tokens[j]!.lower;
    const before = tokens[j - 1];
    // "out" only as "published" after a finding: "a poll out this week", not "check out what he called".
    // "issued a statement after …": a participle with a direct object is the clause's own verb ("released this week" is not one).
    if (REDUCED_RELATIVE.test(word) && DETERMINERS.has(tokens[j + 1]?.lower ?? '') && !DAY_AND_TIME_WORDS.has(tokens[j + 2]?.lower ?? '')) break;
    if (REDUCED_RELATIVE.test(word) && before?.isWord && (word !== 'out' || FINDING_NOUNS.has(before.lower))) return j - 1;
    if (!tokens[j]!.isWord) break;
  }
  return i;
}


/**
 * "Experts on North Korea and nuclear nonproliferation said", "Those close to
 * him say": a subject that opens the clause and runs on with a complement up
 * to the cue, with no verb in it.
 */
function subjectBeforeComplement(tokens: readonly Token[], i: number): Phrase | undefined {
  let start = i;
  while (start > 0 && i - start < 10) {
    const p = tokens[start - 1]!;
    if (!p.isWord || p.quote !== undefined || (CLAUSE_OPENERS.has(p.lower) && p.lower !== 'and' && p.lower !== 'or')) break;
    if (isCueWord(p) || AUXILIARIES.has(p.lower) || (/(?:ed|es)$/.test(p.lower) && !p.capitalized)) return undefined;
    start--;
  }
  if (start === i || !PREPOSITIONS.has(tokens[start + 1]?.lower ?? '') && tokens[start + 1]?.lower !== 'close') return undefined;
  const head = tokens[start]!;
  if (!SPEAKER_NOUNS.has(head.lower) && !/^(?:those|many|some|others|most|few)$/.test(head.lower)) return undefined;
  return span(tokens, start, i + 1);
}

/** The subject at the start of the sentence or clause, right before its first verb: "Clinton spoke … and said". */
function clauseOpeningSubject(tokens: readonly Token[], and: number): Phrase | undefined {
  let start = and;
  for (;;) {
    while (start > 0 && tokens[start - 1]!.text !== ';' && tokens[start - 1]!.quote === undefined) start--;
    // `He called her "weak" and said`: a word or two quoted inside the clause does not open it.
    const opening = start > 0 && tokens[start - 1]!.quote === 'close' ? shortQuoteOpening(tokens, start - 1) : -1;
    if (opening <= 0) break;
    start = opening;
  }
  // The clause may open after an introductory phrase: "When asked about it, Mrs. Lind shook her head and said".
  for (let from = start; from < and; from++) {
    if (from > start && tokens[from - 1]!.text !== ',') continue;
    const subject = subjectOpening(tokens, from, and);
    // "…, saying it opposes the measures and doubts …": a verb after "and" inside a participle's clause is not the subject's.
    if (subject) return participleBetween(tokens, subject.to, and) ? undefined : subject;
  }
  return undefined;
}

/** A ", saying", ", adding" between two tokens. */
function participleBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) if (tokens[j - 1]!.text === ',' && tokens[j]!.isWord && !tokens[j]!.capitalized && /ing$/.test(tokens[j]!.lower)) return true;
  return false;
}

/** The opening mark of a quote of at most four words that closes at `close`, with words before it in the clause; or -1. */
function shortQuoteOpening(tokens: readonly Token[], close: number): number {
  for (let j = close - 1; j >= 0 && close - j <= 5; j--) {
    if (tokens[j]!.quote === 'open') return j > 0 && tokens[j - 1]!.isWord ? j : -1;
    if (tokens[j]!.quote === 'close') return -1;
  }
  return -1;
}

/** The subject opening the clause at `start`, right before its first verb (which comes before `and`). */
function subjectOpening(tokens: readonly Token[], start: number, and: number): Phrase | undefined {
  // "…, and when Rubio thanked the crowd and said": the conjunctions that open the clause come before its subject.
  while (start < and && (!tokens[start]!.isWord || CLAUSE_LEADING_WORDS.has(tokens[start]!.lower))) start++;
  let verb = start + 1;
  // "Trump was forced into … and said": an auxiliary is the clause's first verb too.
  // A cue word counts as the verb only where it is one: "a former state party chairman" has none.
  const isVerbAt = (j: number) => (isVerbLike(tokens[j]!) && (!isCueWord(tokens[j]!) || isCueUse(tokens, j))) || AUXILIARIES.has(tokens[j]!.lower);
  while (verb < and && !(isVerbAt(verb) && !DETERMINERS_BEFORE.test(tokens[verb - 1]!.lower))) {
    // "Clinton, who was speaking to the mayors, did not mention …": the verbs of a relative aside are not the clause's.
    if (tokens[verb]!.text === ',' && /^(?:who|which)$/.test(tokens[verb + 1]?.lower ?? '')) {
      let close = verb + 2;
      while (close < and && tokens[close]!.text !== ',') close++;
      if (close < and) verb = close;
    }
    verb++;
  }
  if (verb >= and) return undefined;
  // "Tom Hale, a former party chairman, became a delegate and said": the name before the appositive.
  const subject = tokens[verb - 1]!.text === ',' ? appositiveSubject(tokens, verb - 1) : phraseEndingAt(tokens, skipBackOverModifiers(tokens, verb - 1));
  // "A few minutes later they reversed course and said": a personal pronoun right before the first verb is its subject, whatever opens the clause.
  if (subject && subject.from > start && subject.to - subject.from === 1 && PERSON_SUBJECT_PRONOUNS.has(tokens[subject.from]!.lower)) return subject;
  if (!subject || subject.from !== start) return undefined;
  // At the sentence's start a capitalised word followed by a verb is a name: "Hayek confirmed … and said".
  const head = tokens[subject.to - 1]!;
  return canSpeak(tokens, subject) || (head.capitalized && !NOT_NAME_WORDS.has(head.lower)) ? subject : undefined;
}

const DETERMINERS_BEFORE = /^(?:the|a|an|his|her|their|its|our|this|that)$/;

function isVerbLike(t: Token): boolean {
  return t.isWord && !t.capitalized && (/(?:ed|ied)$/.test(t.lower) || IRREGULAR_PAST_TENSES.has(t.lower) || isCueWord(t));
}

/**
 * `X, an appositive or relative clause, said`: the speaker is the name at the
 * head of the clause, or the nearest name in the chain ("America’s ambassador
 * to the United Nations, Linda Thomas-Greenfield, told ...").
 */
function appositiveSubject(tokens: readonly Token[], comma: number): Phrase | undefined {
  // Back to the clause's start, but never further than an appositive chain can reach: a long list stays linear.
  let start = comma - 1;
  while (start >= 0 && start > comma - APPOSITIVE_REACH && !isClauseStart(tokens[start]!)) start--;
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
  if (!isProperName(tokens, hFrom, hTo)) {
    for (let c = chunks.length - 1; c > 0; c--) {
      const [f, t] = chunks[c]!;
      if (isProperName(tokens, f, t) && !isPlaceAbbreviation(tokens, f, t)) return span(tokens, f, t);
    }
  }
  // "On Friday, said Mr. Harlan": when the only chunk is all modifiers there is no subject here.
  const headEnd = skipBackOverModifiers(tokens, hTo - 1);
  if (headEnd < hFrom) return undefined;
  const np = phraseEndingAt(tokens, headEnd);
  return np && np.from >= hFrom ? np : undefined;
}

/** How many tokens back an appositive chain is read: "Guo Shuqing, chairman of the China Banking and Insurance Regulatory Commission, said". */
const APPOSITIVE_REACH = 40;

function isAdverbial(tokens: readonly Token[], [from, to]: [number, number]): boolean {
  const first = tokens[from]!;
  // "That official, who asked not to be named, said": "that" before a speaker noun is its determiner.
  if (first.lower === 'that' && to - from === 2 && SPEAKER_NOUNS.has(tokens[from + 1]!.lower)) return false;
  return PHRASE_BREAKERS.has(first.lower) || DAY_AND_TIME_WORDS.has(first.lower) || isAdverb(first.lower) || (to - from === 1 && /^(?:however|meanwhile|still|indeed|instead|later|earlier|today|yesterday)$/.test(first.lower));
}

/**
 * The speaker after a cue. `inverted` (after a quote: `,” said Mr. Navalny`,
 * `,” added the president`) takes names, pronouns and determiner phrases;
 * `names` (no quote before) only names and personal pronouns.
 */
export function speakerAfter(tokens: readonly Token[], i: number, mode: 'inverted' | 'names'): Phrase | undefined {
  let n = 0;
  while (i < tokens.length && n < 3 && isTimeWord(tokens[i]!)) {
    i++;
    n++;
  }
  const t = tokens[i];
  if (!t || !t.isWord) return undefined;
  // "…, say some Democrats.", "…, said several observers.": a quantified group ending the clause.
  if (mode === 'names' && QUANTIFIERS.has(t.lower)) return groupEndingClause(tokens, i);
  if (mode === 'names' && !t.capitalized && !SPEAKER_PRONOUNS.has(t.lower)) return undefined;
  if (mode === 'names' && SPEAKER_PRONOUNS.has(t.lower)) {
    // "said he would …" reads as reported speech about him, unless the sentence ends there.
    const next = tokens[i + 1];
    return !next || next.text === '.' || next.text === ',' ? span(tokens, i, i + 1) : undefined;
  }
  return phraseAfter(tokens, i, mode === 'inverted');
}

export const QUANTIFIERS = new Set(['some', 'several', 'many', 'most', 'few', 'two', 'three', 'four', 'five', 'other', 'others', 'one', 'both', 'all']);

function groupEndingClause(tokens: readonly Token[], i: number): Phrase | undefined {
  const group = phraseAfter(tokens, i, true);
  if (!group) return undefined;
  const next = tokens[group.to];
  const head = tokens[group.to - 1]!;
  if (next && !/^[.,;!?]$/.test(next.text)) return undefined;
  return SPEAKER_NOUNS.has(head.lower) || head.capitalized || head.lower === 'others' ? group : undefined;
}

function isTimeWord(t: Token): boolean {
  return t.isWord && DAY_AND_TIME_WORDS.has(t.lower) && t.lower !== 'this';
}

/**
 * The subject of the clause a participle hangs from: the speaker of the nearest
 * earlier cue outside quotes ("Beijing’s government confirmed …, saying it …"),
 * else the sentence's first noun phrase ("Dean … began by saying …").
 */
export function clauseSubject(tokens: readonly Token[], k: number): Phrase | undefined {
  for (let i = k - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (!t.isWord || t.quoted || t.capitalized || t.lower.endsWith('ing')) continue;
    if (isCueWord(t) && isCueUse(tokens, i)) {
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

/** Whether the phrase starting at token `i` is set off by a comma or a closing quote: ", officials said." */
export function setOff(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev === undefined || (prev.text !== ',' && !isClosingMark(prev))) return false;
  for (let j = i - 2; j >= 0; j--) if (tokens[j]!.isWord) return true;
  return false;
}

export function precededByComma(tokens: readonly Token[], k: number): boolean {
  let i = k - 1;
  while (i >= 0 && isModifier(tokens[i]!)) i--;
  return tokens[i]?.text === ',';
}
