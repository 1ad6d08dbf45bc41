/**
 * A statement named by a noun when no reporting verb does: "In a statement
 * posted on Facebook, the ministry urged calm", "The ministry, in a statement,
 * urged calm". The cue is the noun phrase; the speaker is the clause's subject.
 */
import type { BlockInfo, Sentence } from '../document';
import { DETERMINERS, NOUN_CUES } from '../lexicon';
import { makeAttribution, type FoundAttribution, type Phrase } from './found';
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
