/**
 * A statement named by a noun when no reporting verb does: "In a statement
 * posted on Facebook, the ministry urged calm", "The ministry, in a statement,
 * urged calm". The cue is the noun phrase; the speaker is the clause's subject.
 */
import type { BlockInfo, Sentence } from '../document';
import { CLAIM_NOUNS, DETERMINERS, FINDING_NOUNS, NOT_NAME_WORDS, NOUN_CUES } from '../lexicon';
import type { Token } from '../tokens';
import { makeAttribution, span, type FoundAttribution, type Phrase } from './found';
import { canSpeak, phraseAfter, phraseEndingAt } from './phrases';

export function nounCueAttributions(info: BlockInfo, sentence: Sentence): FoundAttribution[] {
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
    return [makeAttribution(info, sentence, { cue, speaker, scope: 'right', rule: 'cue.statement-noun' })];
  }
  return [];
}

/** Words that may stand between "in" and a finding's noun: "in a new Fox News poll", "in the latest CBS survey". */
const FINDING_MODIFIERS = /^(?:new|latest|recent|most|last|first|second|third|final|national|statewide|online|internal|annual|weekly|monthly|quarterly|same|separate|another|preliminary|updated|official|independent|joint|early|tracking|opinion|exit)$/;

/**
 * "Trump had 45 percent in a new Fox News poll", "In the CBS survey, Trump
 * led by 13 points": a poll, survey or study named after "in" vouches for its
 * sentence, as "according to" does.
 */
export function findingPhraseAttributions(info: BlockInfo, sentence: Sentence): FoundAttribution[] {
  const tokens = sentence.tokens();
  const out: FoundAttribution[] = [];
  for (let k = 0; k + 2 < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.quoted || t.lower !== 'in' || !/^(?:a|an|the|its|their|his|her|this|that)$/.test(tokens[k + 1]!.lower)) continue;
    let n = k + 2;
    while (n < tokens.length && n - k < 8 && tokens[n]!.isWord && !FINDING_NOUNS.has(tokens[n]!.lower) && (tokens[n]!.capitalized || FINDING_MODIFIERS.test(tokens[n]!.lower) || /^[\d.]+-/.test(tokens[n]!.lower))) n++;
    const head = tokens[n];
    if (!head || !FINDING_NOUNS.has(head.lower) || head.lower === 'test' || head.lower === 'tests') continue;
    // "trails him in the polls": the polls in general rank, no one poll vouches.
    if (n === k + 2 && tokens[k + 1]!.lower === 'the' && /^(?:polls|surveys|polling)$/.test(head.lower)) continue;
    // "in the poll's margin of error": the noun must end the phrase.
    if (/[’']s$/.test(head.text) || tokens[n + 1]?.lower === 'of') continue;
    const speaker = span(tokens, k + 1, n + 1);
    const cue = { start: t.start, end: head.end, kind: 'noun' as const };
    out.push(makeAttribution(info, sentence, { cue, speaker, scope: 'sentence', rule: 'cue.in-finding', phrase: { start: t.start, end: head.end } }));
    k = n;
  }
  return out;
}

/**
 * "Despite Mr. Trump's claims that his net worth exceeds $10 billion",
 * "Clinton's assertion that 90 percent …": a claim noun with a named
 * possessor and a "that" clause attributes the clause to the possessor.
 * "his earlier claims that …" is left out: a pronoun there recalls the
 * sentence's subject, whose own statement is reported elsewhere.
 */
export function claimNounAttributions(info: BlockInfo, sentence: Sentence): FoundAttribution[] {
  const tokens = sentence.tokens();
  const out: FoundAttribution[] = [];
  for (let k = 1; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.quoted || !CLAIM_NOUNS.has(t.lower) || tokens[k + 1]!.lower !== 'that') continue;
    let owner = k - 1;
    // "his recent claim", "Trump's evidence-free assertion": step over adjectives to the possessor.
    while (owner > 0 && owner >= k - 2 && isAdjectiveLike(tokens[owner]!)) owner--;
    const possessor = tokens[owner]!;
    if (!POSSESSOR.test(possessor.text)) continue;
    const speaker = possessorPhrase(tokens, owner);
    if (!speaker) continue;
    const cue = { start: t.start, end: t.end, kind: 'noun' as const };
    out.push(makeAttribution(info, sentence, { cue, speaker, scope: 'right', rule: 'cue.claim-noun', phrase: { start: t.start, end: tokens[k + 1]!.end } }));
  }
  return out;
}

function isAdjectiveLike(t: Token): boolean {
  return t.isWord && !t.capitalized && !POSSESSOR.test(t.text) && !/(?:s|ed)$/.test(t.lower) && !DETERMINERS.has(t.lower);
}

/** A name's possessive: "Mr. Trump's", "Clinton’s". */
const POSSESSOR = /^\p{Lu}[\p{L}.-]*[’']s$/u;

function possessorPhrase(tokens: readonly Token[], owner: number): Phrase | undefined {
  let from = owner;
  while (from > 0 && tokens[from - 1]!.capitalized && tokens[from - 1]!.isWord && !NOT_NAME_WORDS.has(tokens[from - 1]!.lower)) from--;
  return span(tokens, from, owner + 1);
}
