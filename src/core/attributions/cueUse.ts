/**
 * Whether a cue word is used as a reporting verb here, or in another sense:
 * a passive, an infinitive after "to", a noun after a determiner, an adjective.
 */
import {
  BE_FORMS, CLAUSE_OPENERS, CUE_MODIFIERS, DETERMINERS, IRREGULAR_PAST_TENSES, NOUN_LIKE_CUES, OBJECT_PRONOUNS, ORGANIZATION_NOUNS, PREPOSITIONS, QUANTIFIER_PRONOUNS, SAY_FORMS, SHARE_NOUNS,
  SPEAKER_NOUNS, SPEAKER_PRONOUNS,
} from '../lexicon';
import type { Token } from '../tokens';
import { endsSpokenLine, isAdverb, isClosingMark } from './phrases';

export function isCueUse(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (prev && BE_FORMS.has(prev.lower) && !t.lower.endsWith('ing')) return false;
  if (prev && (prev.lower === 'been' || prev.lower === 'being')) return false;
  // "the said …" is no cue, but a number word closing a share is its subject: "three in five said".
  // "Some fear …", "but many doubt …": a quantifier alone opening its clause is the subject (a noun-like cue stays a noun: "Some reports").
  if (prev && DETERMINERS.has(prev.lower) && prev.lower !== 'one' && !closesShare(tokens, k - 1) && !(quantifierSubject(tokens, k - 1) && !NOUN_LIKE_CUES.has(t.lower))) return false;
  // "Ukraine’s disputed Donbas region": a participle after a possessive is an adjective.
  if (prev && prev.text.length > 2 && /[’']s$/.test(prev.text)) return false;
  // "his recent claim that …", "Trump's new estimate": a possessive and an adjective before a noun-like cue.
  const before = tokens[k - 2];
  // "Mr. Harlan's party estimates that …" is a verb: there the word before names who speaks.
  const possessedSpeaker = prev !== undefined && (SPEAKER_NOUNS.has(prev.lower) || ORGANIZATION_NOUNS.has(prev.lower));
  if (NOUN_LIKE_CUES.has(t.lower) && prev && prev.isWord && !prev.capitalized && !possessedSpeaker && before && (/^(?:his|her|their|its|our|my|your)$/.test(before.lower) || /[’']s$/.test(before.text))) return false;
  // "a simple question:", "an early estimate": no verb's base form follows a singular determiner and one word.
  // ("voters in each district say": there the determiner is inside a prepositional phrase.)
  // "Nearly a third say", "a majority want": a share of those polled is a subject, though.
  if (before && /^(?:a|an|each|every|this)$/.test(before.lower) && !PREPOSITIONS.has(tokens[k - 3]?.lower ?? '') && prev?.isWord && !prev.capitalized && !/(?:s|ed|ing)$/.test(t.lower) && !IRREGULAR_PAST_TENSES.has(t.lower) && !(before.lower === 'a' && SHARE_NOUNS.has(prev.lower))) return false;
  // "a United Nations estimate and …", "the NATO states in …": base forms that are nouns here.
  if (NOUN_LIKE_CUES.has(t.lower) && !startsReportedClause(next) && !afterQuotedSpeaker(tokens, k)) return false;
  // "secretary of state", "state Rep. Jeff Hoover", "Rust Belt states that …": the noun, unless a quote or a colon follows.
  if ((t.lower === 'state' || t.lower === 'states') && (prev?.lower === 'of' || next?.capitalized || (prev?.capitalized && next?.lower === 'that'))) return false;
  if (prev && (prev.lower === 'to' || prev.lower === "n't" || prev.lower === 'let') && SAY_FORMS.has(t.lower)) return false;
  if (/^point/.test(t.lower) && next?.lower !== 'out') return false;
  if (/^(?:go|goes|went|gone|going)$/.test(t.lower)) return false;
  // "the reported figure", "a written statement": participles used as adjectives.
  if (next && /ed$|en$/.test(t.lower) && !SAY_FORMS.has(t.lower) && next.isWord && !next.capitalized && SPEAKER_NOUNS.has(next.lower) && prev && DETERMINERS.has(prev.lower)) return false;
  return true;
}

/** A quantifier standing alone at the start of its clause: "Some", "but many". */
function quantifierSubject(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return QUANTIFIER_PRONOUNS.has(tokens[i]!.lower) && (!before || !before.isWord || CLAUSE_OPENERS.has(before.lower));
}

/** "three in five", "two out of five": the number word at `i` ends a share. */
function closesShare(tokens: readonly Token[], i: number): boolean {
  return /^(?:two|three|four|five)$/.test(tokens[i]!.lower) && (tokens[i - 1]?.lower === 'in' || (tokens[i - 1]?.lower === 'of' && tokens[i - 2]?.lower === 'out'));
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
export function startsReportedClause(next: Token | undefined): boolean {
  if (!next) return false;
  if (!next.isWord) return /[:“"«,]/.test(next.text);
  return next.lower === 'that' || next.capitalized || /^\d/.test(next.text) || DETERMINERS.has(next.lower) || SPEAKER_PRONOUNS.has(next.lower) || OBJECT_PRONOUNS.has(next.lower) || CUE_MODIFIERS.has(next.lower) || isAdverb(next.lower);
}
