/**
 * A statement named by a noun when no reporting verb does: "In a statement
 * posted on Facebook, the ministry urged calm", "The ministry, in a statement,
 * urged calm". The cue is the noun phrase; the speaker is the clause's subject.
 */
import type { BlockInfo, Sentence } from '../document';
import { DETERMINERS, FINDING_NOUNS, NOUN_CUES } from '../lexicon';
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
    // "in the poll's margin of error": the noun must end the phrase.
    if (/[’']s$/.test(head.text) || tokens[n + 1]?.lower === 'of') continue;
    const speaker = span(tokens, k + 1, n + 1);
    const cue = { start: t.start, end: head.end, kind: 'noun' as const };
    out.push(makeAttribution(info, sentence, { cue, speaker, scope: 'sentence', rule: 'cue.in-finding', phrase: { start: t.start, end: head.end } }));
    k = n;
  }
  return out;
}
