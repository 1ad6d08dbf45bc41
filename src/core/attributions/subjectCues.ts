/**
 * Cues that count when someone who can hold a view is their subject: beliefs
 * and intentions ("The council wants 500 new homes"), findings ("A new poll
 * shows ...", "the data showed"), and public stances ("Clinton cited the
 * report", "the city is demanding that ..."). Speech verbs are read first
 * (verbCues.ts); these take the verbs that have other senses too, so the
 * subject decides.
 */
import type { BlockInfo, Sentence } from '../document';
import {
  AUXILIARIES, BELIEF_CUES, CLAUSE_OPENERS, CUE_PREPOSITIONS, DAY_AND_TIME_WORDS, FINDING_CUES, FINDING_NOUNS, IRREGULAR_PAST_TENSES, NEGATED_AUXILIARIES, NOT_CUE_PARTICLES,
  OBJECT_PRONOUNS, ORGANIZATION_NOUNS, POLL_NOUNS, PREPOSITION_CUES, PREPOSITIONS, PROGRESSIVE_AUXILIARIES, QUANTIFIER_PRONOUNS, REDUCED_RELATIVE, SEE_AS_CUES, SPEAKER_NOUNS, SPEAKER_PRONOUNS, STANCE_CUES, STANDING_HAVE, STANDING_WORDS, STRONG_CUES, TOPIC_CUES, TOPIC_PREPOSITIONS,
} from '../lexicon';
import type { Token } from '../tokens';
import { isCueUse, startsReportedClause } from './cueUse';
import { makeAttribution, type FoundAttribution, type Phrase } from './found';
import { isModifier, phraseEndingAt } from './phrases';
import { clauseSubject, opensWithShare, precededByComma, setOff, speakerBefore } from './speaker';

type CueClass = 'belief' | 'finding' | 'stance';

function cueClass(word: string, next: string | undefined): CueClass | undefined {
  if (STRONG_CUES.has(word)) return undefined;
  if (TOPIC_CUES.has(word)) return next !== undefined && TOPIC_PREPOSITIONS.has(next) ? 'stance' : undefined;
  if (takesOwnPreposition(word, next)) return 'stance';
  if (FINDING_CUES.has(word)) return 'finding';
  if (BELIEF_CUES.has(word)) return 'belief';
  if (STANCE_CUES.has(word)) return 'stance';
  return undefined;
}

export function subjectVerbAttributions(info: BlockInfo, sentence: Sentence): FoundAttribution[] {
  const tokens = sentence.tokens();
  const out: FoundAttribution[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.isWord || t.capitalized || t.quoted || t.quote !== undefined) continue;
    const kind = cueClass(t.lower, tokens[k + 1]?.lower) ?? (seesAs(tokens, k) ? 'belief' : undefined);
    if (!kind) {
      const poll = pollStanding(tokens, k);
      if (poll) out.push(makeAttribution(info, sentence, { cue: { start: t.start, end: t.end, kind: 'verb' }, speaker: poll, scope: 'right', rule: 'cue.finding', weak: true }));
      continue;
    }
    // "…, citing the report", "…, calling for a recount": a participle after a comma speaks for its clause's subject.
    // After a quoted line (`“…,” said X, referring to …`) the participle is the writer's gloss on the quote.
    if (t.lower.endsWith('ing') && precededByComma(tokens, k) && kind !== 'finding' && !tokens.slice(0, k).some((q) => q.quote === 'close')) {
      const subject = clauseSubject(tokens, k);
      if (subject && canHoldView(tokens, subject, kind)) out.push(makeAttribution(info, sentence, { cue: { start: t.start, end: t.end, kind: 'verb' }, speaker: subject, scope: 'right', rule: 'cue.participle', phrase: t, weak: true }));
      continue;
    }
    // "with polls showing Lind ahead", "a new survey finding that …": a finding's participle right after its noun gives the finding.
    if (kind === 'finding' && t.lower.endsWith('ing')) {
      const source = findingBeforeParticiple(tokens, k);
      if (source) {
        out.push(makeAttribution(info, sentence, { cue: { start: t.start, end: t.end, kind: 'verb' }, speaker: source, scope: 'right', rule: 'cue.finding', weak: true }));
        continue;
      }
    }
    // "…, the Pew analysis shows.": a set-off subject and verb that end the sentence report what came before.
    const next = tokens[k + 1];
    const closing = !next || /^[.!?]$/.test(next.text);
    if (!closing && !isVerbHere(tokens, k)) continue;
    const subject = subjectOf(tokens, k);
    if (!subject || !canHoldView(tokens, subject, kind)) continue;
    if (closing ? !setOff(tokens, subject.from) : !opensClause(tokens, subject)) continue;
    if (kind === 'finding' && !givesFinding(tokens, subject, k)) continue;
    // "spoke about": the topic's preposition is part of the cue, not of what is attributed.
    const end = TOPIC_CUES.has(t.lower) || takesOwnPreposition(t.lower, tokens[k + 1]?.lower) ? tokens[k + 1]!.end : t.end;
    const cue = { start: t.start, end, kind: 'verb' as const };
    out.push(makeAttribution(info, sentence, { cue, speaker: subject, scope: closing ? 'left' : 'right', rule: `cue.${kind}`, weak: true }));
  }
  return out;
}

/** "Voters see Lind as honest", "they saw that …": "see" giving a view, with "as" after its object in the clause or "that" after it. */
function seesAs(tokens: readonly Token[], k: number): boolean {
  if (!SEE_AS_CUES.has(tokens[k]!.lower)) return false;
  if (tokens[k + 1]?.lower === 'that') return true;
  for (let j = k + 2; j < tokens.length && j <= k + 12; j++) {
    const w = tokens[j]!;
    if (!w.isWord || w.quote !== undefined) return false;
    if (w.lower === 'as') return !opensClauseAfterAs(tokens, j);
  }
  return false;
}

/** "saw his lead grow as the night went on", "as he spoke": "as" opening a clause of its own, not the view's "as". */
function opensClauseAfterAs(tokens: readonly Token[], as: number): boolean {
  if (SPEAKER_PRONOUNS.has(tokens[as + 1]?.lower ?? '')) return true;
  for (let j = as + 2; j < tokens.length && j <= as + 3; j++) {
    const w = tokens[j]!;
    if (w.isWord && !w.capitalized && (IRREGULAR_PAST_TENSES.has(w.lower) || AUXILIARIES.has(w.lower))) return true;
  }
  return false;
}

/** "polls showing Lind ahead": the finding's noun phrase right before its participle, with a reported clause after it. */
function findingBeforeParticiple(tokens: readonly Token[], k: number): Phrase | undefined {
  const noun = tokens[k - 1];
  if (!noun?.isWord || !FINDING_NOUNS.has(noun.lower) || PROGRESSIVE_AUXILIARIES.has(noun.lower)) return undefined;
  const next = tokens[k + 1];
  if (!startsReportedClause(next) || (next!.isWord && NOT_CUE_PARTICLES.has(next!.lower))) return undefined;
  return phraseEndingAt(tokens, k - 1);
}

/** "The weekly poll has Lind leading …", "a survey had him at 4 percent": a poll's "has" with a name or pronoun and a standing; the poll is the subject. */
function pollStanding(tokens: readonly Token[], k: number): Phrase | undefined {
  if (!STANDING_HAVE.has(tokens[k]!.lower)) return undefined;
  const object = tokens[k + 1];
  if (!object?.isWord || !(object.capitalized || OBJECT_PRONOUNS.has(object.lower))) return undefined;
  // The name may run a few words: "has Mayor Ilse Lind at 41 percent".
  let j = k + 2;
  while (j < tokens.length && j <= k + 4 && tokens[j]!.isWord && tokens[j]!.capitalized && object.capitalized) j++;
  if (!STANDING_WORDS.has(tokens[j]?.lower ?? '')) return undefined;
  const subject = subjectOf(tokens, k);
  if (!subject || !POLL_NOUNS.has(tokens[headIndex(tokens, subject)]!.lower)) return undefined;
  return opensClause(tokens, subject) ? subject : undefined;
}

/** "calls for", "pointed to": a verb with the preposition that makes it a stance. */
function takesOwnPreposition(word: string, next: string | undefined): boolean {
  const lemma = PREPOSITION_CUES.get(word);
  return lemma !== undefined && next !== undefined && CUE_PREPOSITIONS.get(lemma) === next;
}

/** A finite verb with something after it: not "showed up", not a participle used as an adjective, not the sentence's end. */
function isVerbHere(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (!next || (!next.isWord && /^[.!?)]$/.test(next.text))) return false;
  if (next.isWord && NOT_CUE_PARTICLES.has(next.lower) && !/^(?:laid|lay|lays|laying)$/.test(tokens[k]!.lower)) return false;
  // A bare participle ("a tweet attacking …", "the plan backed by …") modifies a noun here.
  if (tokens[k]!.lower.endsWith('ing') && !PROGRESSIVE_AUXILIARIES.has(tokens[k - 1]?.lower ?? '')) return false;
  if (tokens[k + 1]?.lower === 'by') return false;
  // "Widespread protests have …": a cue form before an auxiliary is a noun.
  if (next.isWord && AUXILIARIES.has(next.lower)) return false;
  return isCueUse(tokens, k) || PROGRESSIVE_AUXILIARIES.has(tokens[k - 1]?.lower ?? '') || prepositionVerb(tokens, k);
}

/** "He calls for …", "Lind pointed to …": with its preposition a noun-like cue is a verb after its subject or an adverb, not after a determiner or possessive ("Obama's calls for"). */
function prepositionVerb(tokens: readonly Token[], k: number): boolean {
  if (!takesOwnPreposition(tokens[k]!.lower, tokens[k + 1]?.lower)) return false;
  const prev = tokens[k - 1];
  // "Hoff's letter, emailed to delegates, points to …": a comma or bracket closing an aside after the subject.
  if (prev?.text === ',' || prev?.text === ')') return true;
  if (!prev || !prev.isWord || /[’']s$/.test(prev.text)) return false;
  const lower = prev.lower;
  return prev.capitalized || isModifier(prev) || SPEAKER_PRONOUNS.has(lower) || QUANTIFIER_PRONOUNS.has(lower) || SPEAKER_NOUNS.has(lower) || ORGANIZATION_NOUNS.has(lower) || FINDING_NOUNS.has(lower);
}

/** The subject before the verb, past a progressive or negated auxiliary: "Trump is once again questioning", "He didn't address". */
function subjectOf(tokens: readonly Token[], k: number): Phrase | undefined {
  let j = k;
  while (j > 0 && (NEGATED_AUXILIARIES.has(tokens[j - 1]!.lower) || (tokens[k]!.lower.endsWith('ing') && PROGRESSIVE_AUXILIARIES.has(tokens[j - 1]!.lower)) || /^(?:once|again|now|also|still)$/.test(tokens[j - 1]!.lower))) j--;
  const subject = speakerBefore(tokens, j);
  return subject === 'after-quote' ? undefined : subject;
}

/** A subject opens its clause: "Clinton cited …", "…, and the city is demanding …", not "his first State of the Union address". */
function opensClause(tokens: readonly Token[], subject: Phrase): boolean {
  const before = tokens[subject.from - 1];
  if (!before) return true;
  if (!before.isWord) return before.text !== '(' ;
  return CLAUSE_OPENERS.has(before.lower) || DAY_AND_TIME_WORDS.has(before.lower);
}

/** The head of "a narrator in the Clinton ad": the noun before the first preposition. */
function headIndex(tokens: readonly Token[], subject: Phrase): number {
  // "University of Kell poll": an "of" inside a name is not the phrase's first preposition.
  // "A poll released Sunday by …": nor is a participle after a finding's noun.
  for (let i = subject.from + 1; i < subject.to; i++) {
    if (PREPOSITIONS.has(tokens[i]!.lower) && !(tokens[i - 1]!.capitalized && tokens[i + 1]?.capitalized)) return i - 1;
    if (REDUCED_RELATIVE.test(tokens[i]!.lower) && FINDING_NOUNS.has(tokens[i - 1]!.lower)) return i - 1;
  }
  return subject.to - 1;
}

/** A finding comes from a poll, a study, data or a body ("the court found"), or comes with "that". */
function givesFinding(tokens: readonly Token[], subject: Phrase, k: number): boolean {
  const head = tokens[headIndex(tokens, subject)]!.lower;
  if (FINDING_NOUNS.has(head) || head === 'it' || tokens[k + 1]?.lower === 'that') return true;
  // "The court found …", "The Post has learned …": a body's own finding; "the Kremlin showed little willingness" is not one.
  return !/^show/.test(tokens[k]!.lower) && (ORGANIZATION_NOUNS.has(head) || tokens[headIndex(tokens, subject)]!.capitalized);
}

/** `X, which …`: X is a name or a noun for a body. */
function bodyBeforeWhich(tokens: readonly Token[], which: number): boolean {
  const before = tokens[which - 1];
  const noun = tokens[which - 2];
  return before?.text === ',' && noun !== undefined && noun.isWord && (noun.capitalized || ORGANIZATION_NOUNS.has(noun.lower) || SPEAKER_NOUNS.has(noun.lower));
}

/** Names, people's pronouns, relative pronouns after a name, and nouns for people, bodies or findings. */
function canHoldView(tokens: readonly Token[], subject: Phrase, kind: CueClass): boolean {
  // "About 4 in 10 voters want …", "Nearly a third support …": a share of those polled holds their views.
  if (kind !== 'finding' && opensWithShare(tokens, subject)) return true;
  const head = tokens[headIndex(tokens, subject)]!;
  // "The union, which endorsed Mayor Lind": "which" after a body's name stands for it.
  if (head.lower === 'which' && kind !== 'finding') return bodyBeforeWhich(tokens, subject.from);
  if (head.lower === 'it' || head.lower === 'which') return kind === 'finding';
  if (SPEAKER_PRONOUNS.has(head.lower) || QUANTIFIER_PRONOUNS.has(head.lower) || head.lower === 'who') return true;
  if (FINDING_NOUNS.has(head.lower)) return kind === 'finding' || kind === 'stance';
  return SPEAKER_NOUNS.has(head.lower) || ORGANIZATION_NOUNS.has(head.lower) || head.capitalized;
}
