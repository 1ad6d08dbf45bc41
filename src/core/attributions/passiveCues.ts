/**
 * Passives that name their source after "by": "the $36.5 billion estimated
 * by Forbes", "was first reported by The Washington Post", "a figure
 * disputed by the union". The speaker is the agent; the content is the
 * clause before the cue.
 */
import type { BlockInfo, Sentence } from '../document';
import { FINDING_CUES, FINDING_NOUNS, ORGANIZATION_NOUNS, SPEAKER_NOUNS, STANCE_CUES, STRONG_CUES } from '../lexicon';
import type { Token } from '../tokens';
import { makeAttribution, type FoundAttribution } from './found';
import { phraseAfter } from './phrases';

export function passiveAttributions(info: BlockInfo, sentence: Sentence): FoundAttribution[] {
  const tokens = sentence.tokens();
  const out: FoundAttribution[] = [];
  for (let k = 0; k + 2 < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.quoted || t.capitalized || !isParticiple(t) || tokens[k + 1]!.lower !== 'by') continue;
    const agent = phraseAfter(tokens, k + 2, true);
    if (!agent || !canBeSource(tokens[agent.to - 1]!)) continue;
    const cue = { start: t.start, end: tokens[k + 1]!.end, kind: 'verb' as const };
    out.push(makeAttribution(info, sentence, { cue, speaker: agent, scope: 'left', rule: 'cue.passive-by', phrase: { start: t.start, end: agent.end } }));
  }
  return out;
}

/** "estimated", "reported", "found", "shown", "disputed": a reporting verb's past participle. */
function isParticiple(t: Token): boolean {
  if (!/(?:ed|wn|ound|old|tten)$/.test(t.lower)) return false;
  return STRONG_CUES.has(t.lower) || FINDING_CUES.has(t.lower) || STANCE_CUES.has(t.lower);
}

function canBeSource(head: Token): boolean {
  return head.capitalized || SPEAKER_NOUNS.has(head.lower) || ORGANIZATION_NOUNS.has(head.lower) || FINDING_NOUNS.has(head.lower);
}
