/**
 * Noun-phrase readers shared by the attribution rules: the speaker mention
 * ending at a token (read backwards) or starting at one, names beside a
 * generic mention, and the small token tests they rely on.
 */
import { readNameRun } from '../entities';
import {
  CLAUSE_OPENERS, CUE_MODIFIERS, DETERMINERS, FINDING_NOUNS, IRREGULAR_PAST_TENSES, LY_NOT_ADVERBS, NOT_NAME_WORDS, OBJECT_PRONOUNS, PHRASE_BREAKERS, SPEAKER_NOUNS, SPEAKER_PRONOUNS,
  MONTHS, OPENING_MODIFIERS, QUANTIFIER_PRONOUNS, STRONG_CUES, TITLE_WORDS, WEAK_CUES, WEEKDAYS,
} from '../lexicon';
import type { Span } from '../model';
import type { Token } from '../tokens';
import { span, type Phrase } from './found';

export function isCueWord(t: Token): boolean {
  return STRONG_CUES.has(t.lower) || WEAK_CUES.has(t.lower);
}

export function isClosingMark(t: Token): boolean {
  return t.quote === 'close';
}

/** A quotation mark, or a semicolon, colon or dash: where a clause can begin. */
export function isClauseStart(t: Token): boolean {
  return t.quote !== undefined || (!t.isWord && /[;:\u2014\u2013\u2015]/.test(t.text));
}

export function isAdverb(word: string): boolean {
  return word.length > 4 && word.endsWith('ly') && !LY_NOT_ADVERBS.has(word);
}

/** Adverbs, auxiliaries and times that may sit between a speaker and a cue: "again", "has", "on Friday". */
export function isModifier(t: Token): boolean {
  if (!t.isWord) return false;
  if (CUE_MODIFIERS.has(t.lower)) return true;
  if (t.capitalized) return WEEKDAYS.has(t.lower);
  return isAdverb(t.lower);
}

/** Steps back over adverbs, auxiliaries, times and parentheticals: "Sen. Claire McCaskill (D-Mo.) on Friday said". */
export function skipBackOverModifiers(tokens: readonly Token[], i: number): number {
  while (i >= 0) {
    const t = tokens[i]!;
    if (isModifier(t)) i--;
    // "A Times/CBS News poll in December found", "a survey in 2015 showed": a month or year after "in" dates what comes before it.
    else if (i >= 2 && tokens[i - 1]!.lower === 'in' && isMonthOrYear(t) && tokens[i - 2]!.isWord) i -= 2;
    else if (t.text === ')') {
      const open = matchingOpen(tokens, i);
      if (open < 0) return i;
      i = open - 1;
    } else return i;
  }
  return i;
}

function isMonthOrYear(t: Token): boolean {
  return (t.capitalized && MONTHS.has(t.lower)) || /^(?:19|20)\d\d$/.test(t.text);
}

export function matchingOpen(tokens: readonly Token[], close: number): number {
  for (let i = close - 1; i >= 0 && i >= close - 12; i--) if (tokens[i]!.text === '(') return i;
  return -1;
}

/** A quote that ends as spoken lines do before their attribution: `…,”` `…?”` `…!”` or `…” ,`. */
export function endsSpokenLine(tokens: readonly Token[], closing: number): boolean {
  let i = closing;
  while (i > 0 && tokens[i - 1]!.quote === 'close') i--;
  const before = tokens[i - 1];
  return (before !== undefined && /^[,?!…—-]$/.test(before.text)) || tokens[closing + 1]?.text === ',';
}

/** A noun phrase ending at token `i`, read backwards. */
export function phraseEndingAt(tokens: readonly Token[], i: number): Phrase | undefined {
  const head = tokens[i];
  if (!head || !head.isWord) return undefined;
  if (SPEAKER_PRONOUNS.has(head.lower)) return span(tokens, i, i + 1);
  // "Some said", "But many fear": a quantifier alone at its clause's start stands for people.
  if (QUANTIFIER_PRONOUNS.has(head.lower) && (i === 0 || !tokens[i - 1]!.isWord || CLAUSE_OPENERS.has(tokens[i - 1]!.lower))) return span(tokens, i, i + 1);
  // "-ing" is a verb's, except in nouns for findings ("Recent polling shows").
  if (!head.capitalized && (PHRASE_BREAKERS.has(head.lower) || (/ing$/.test(head.lower) && !FINDING_NOUNS.has(head.lower)) || OBJECT_PRONOUNS.has(head.lower))) return undefined;
  if (head.capitalized && NOT_NAME_WORDS.has(head.lower)) return undefined;
  let j = i;
  let determiner = false;
  while (j > 0 && i - j < 10) {
    const p = tokens[j - 1]!;
    // Stop at punctuation: an initial or title keeps its period inside its token ("Mr.").
    if (!p.isWord) break;
    if (DETERMINERS.has(p.lower)) {
      j--;
      determiner = true;
      // "The most recent poll shows": "most" after "the" makes a superlative, and the phrase opens at "the".
      if (p.lower === 'most' && tokens[j - 1]?.lower === 'the') {
        j--;
        break;
      }
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
    // "That person said …": a sentence's first "that" before a common noun is its determiner, not a clause opener.
    if (p.lower === 'that' && j - 1 === 0 && !tokens[j]!.capitalized) {
      j--;
      determiner = true;
      break;
    }
    // "three days after Hale told", "a statement before the mayor said": a clause opener ends the subject.
    if (!p.capitalized && CLAUSE_OPENERS.has(p.lower) && p.lower !== 'and' && p.lower !== 'or') break;
    if (p.capitalized) {
      // "Former Gazette reporter Ana Fields": a role's "former" or "late" belongs to the speaker.
      // "New York Times": "New" before a name is part of it; "A June poll": a month before a noun dates it.
      const partOfName = (p.lower === 'new' && tokens[j]!.capitalized) || (MONTHS.has(p.lower) && !tokens[j]!.capitalized && tokens[j]!.isWord);
      // "New polls show", "Other aides said": the sentence's first word before a common noun modifies it.
      if (OPENING_MODIFIERS.has(p.lower) && j - 1 === 0 && !tokens[j]!.capitalized && tokens[j]!.isWord) {
        j--;
        break;
      }
      if (NOT_NAME_WORDS.has(p.lower) && p.lower !== 'former' && p.lower !== 'late' && !partOfName) break;
      j--;
      continue;
    }
    if (PHRASE_BREAKERS.has(p.lower) || CUE_MODIFIERS.has(p.lower) || STRONG_CUES.has(p.lower) || SPEAKER_PRONOUNS.has(p.lower) || OBJECT_PRONOUNS.has(p.lower)) break;
    // "the report released …" breaks here; a modifier that opens the clause does not ("…, fundraising reports show").
    // "46 percent of registered voters": after "of" it is a modifier too.
    // "the daily tracking poll": a finding's own noun in "-ing" modifies it, as in "Recent polling shows".
    if (/(?:ing|ed)$/.test(p.lower) && !/-/.test(p.lower) && !FINDING_NOUNS.has(p.lower) && j - 2 >= 0 && tokens[j - 2]!.isWord && !DETERMINERS.has(tokens[j - 2]!.lower) && tokens[j - 2]!.lower !== 'of' && !tokens[j - 2]!.capitalized) break;
    j--;
  }
  const words = tokens.slice(j, i + 1);
  const hasName = words.some((w) => w.capitalized && !DETERMINERS.has(w.lower));
  // ", donors said.": a bare plural that opens its clause names a group.
  const opensClause = j === 0 || !tokens[j - 1]!.isWord || tokens[j - 1]!.quote !== undefined;
  const barePlural = opensClause && /[^s]s$/.test(head.lower) && head.lower.length > 3 && words.length <= 3;
  const speakerNoun = SPEAKER_NOUNS.has(head.lower) || FINDING_NOUNS.has(head.lower);
  if (!hasName && !determiner && !speakerNoun && !barePlural) return undefined;
  if (!hasName && !speakerNoun && !/s$/.test(head.lower) && words.length < 2) return undefined;
  return span(tokens, j, i + 1);
}

/** A noun phrase starting at token `i`. Lower-case phrases need `allowCommon`. */
export function phraseAfter(tokens: readonly Token[], i: number, allowCommon: boolean): Phrase | undefined {
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
  let j = i;
  let lastNoun = -1;
  while (j < tokens.length && j - i < 10) {
    const w = tokens[j]!;
    if (!w.isWord) break;
    // "the chamber of commerce", "the Ministry of Defence": "of" goes on when a noun follows it.
    const ofNoun = w.lower === 'of' && tokens[j + 1] !== undefined && tokens[j + 1]!.isWord && !DETERMINERS.has(tokens[j + 1]!.lower) && !PHRASE_BREAKERS.has(tokens[j + 1]!.lower);
    if (j > i && PHRASE_BREAKERS.has(w.lower) && !ofNoun) break;
    if (j > i && DETERMINERS.has(w.lower) && w.lower !== 'one') break;
    if (j > i && isCueWord(w) && !w.capitalized && !SPEAKER_NOUNS.has(w.lower)) break;
    // "The mayor closed the bridge": a past tense after the noun is the verb, not part of the phrase.
    if (j > i + 1 && /ed$/.test(w.lower) && !w.capitalized && !SPEAKER_NOUNS.has(w.lower)) break;
    // "The audit found that …": an irregular past tense is the verb too.
    if (j > i + 1 && IRREGULAR_PAST_TENSES.has(w.lower)) break;
    if (!DETERMINERS.has(w.lower) && w.lower !== 'of') lastNoun = j;
    j++;
  }
  if (lastNoun < i) return undefined;
  return span(tokens, i, lastNoun + 1);
}

function isNounAfterName(t: Token, allowCommon: boolean): boolean {
  if (!t.isWord || t.capitalized) return false;
  if (SPEAKER_NOUNS.has(t.lower)) return true;
  return allowCommon && !PHRASE_BREAKERS.has(t.lower) && !DETERMINERS.has(t.lower) && !isCueWord(t) && !CUE_MODIFIERS.has(t.lower) && !/ing$/.test(t.lower);
}

/** "according to the group, OVD-Info,": the name set beside a generic mention. */
export function appositiveAfter(tokens: readonly Token[], np: Phrase): Span | undefined {
  if (tokens[np.to]?.text !== ',') return undefined;
  const head = tokens[np.to - 1]!;
  if (head.capitalized) return undefined;
  const run = readNameRun(tokens, np.to + 1, false);
  if (!run) return undefined;
  const after = tokens[run.to];
  if (after && after.text !== ',' && after.text !== '.' && after.text !== ';') return undefined;
  return { start: tokens[run.from]!.start, end: tokens[run.to - 1]!.end };
}

export function isProperName(tokens: readonly Token[], from: number, to: number): boolean {
  // "Attorney General Roy Cooper (D)": a party label does not change the name.
  if (tokens[to - 1]?.text === ')') {
    const open = matchingOpen(tokens, to - 1);
    if (open > from) to = open;
  }
  if (to - from > 6) return false;
  const run = readNameRun(tokens, from, false);
  return run !== undefined && run.to === to && run.type !== 'organization' && !NOT_NAME_WORDS.has(tokens[from]!.lower);
}

/** "of Ashton, Md., said": a state or city abbreviation in an address chain is not a speaker. */
export function isPlaceAbbreviation(tokens: readonly Token[], from: number, to: number): boolean {
  return to - from === 1 && /^\p{Lu}\p{Ll}{0,4}\.$/u.test(tokens[from]!.text);
}

/** A phrase that names someone: a speaker noun at its head, or a name past the sentence's first word. */
export function canSpeak(tokens: readonly Token[], phrase: Phrase): boolean {
  const head = tokens[phrase.to - 1]!;
  if (SPEAKER_NOUNS.has(head.lower) || SPEAKER_PRONOUNS.has(head.lower) || QUANTIFIER_PRONOUNS.has(head.lower)) return true;
  for (let i = Math.max(phrase.from, 1); i < phrase.to; i++) if (tokens[i]!.capitalized && !DETERMINERS.has(tokens[i]!.lower)) return true;
  return false;
}
