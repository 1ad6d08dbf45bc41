/**
 * Finds attributions: a cue ("said", "told", "according to", the colon of a
 * transcript) and the speaker it names, in either order, then what each one
 * attributes (content.ts). Every rule is a named entry below; its id is
 * stamped on what it finds, and a rule that throws loses only its own finds.
 */
import type { ArticleDocument, BlockInfo, Sentence } from '../document';
import type { RuleErrors } from '../guard';
import type { FoundAttribution } from './found';
import { claimNounAttributions, findingPhraseAttributions, nounCueAttributions } from './nounCues';
import { passiveAttributions } from './passiveCues';
import { dashSignatureAttributions, nameColonAttributions, transcriptAttributions } from './signatures';
import { subjectVerbAttributions } from './subjectCues';
import { verbAttributions } from './verbCues';

export type { FoundAttribution, Scope } from './found';
export { attributedContent } from './content';

interface BlockRule {
  readonly id: string;
  readonly find: (info: BlockInfo) => FoundAttribution[];
}

interface SentenceRule {
  readonly id: string;
  readonly find: (info: BlockInfo, sentence: Sentence) => FoundAttribution[];
  /** Runs only when the rules before it found nothing in the sentence. */
  readonly fallback?: boolean;
}

/** Layout rules, read over the whole block. */
const BLOCK_RULES: readonly BlockRule[] = [
  { id: 'cue.transcript', find: transcriptAttributions },
  { id: 'cue.dash-signature', find: dashSignatureAttributions },
  { id: 'cue.name-colon', find: nameColonAttributions },
];

/** Rules read sentence by sentence, in order. */
const SENTENCE_RULES: readonly SentenceRule[] = [
  { id: 'cue.verb', find: verbAttributions },
  { id: 'cue.statement-noun', find: nounCueAttributions, fallback: true },
  { id: 'cue.subject-verb', find: subjectVerbAttributions },
  { id: 'cue.in-finding', find: findingPhraseAttributions },
  { id: 'cue.claim-noun', find: claimNounAttributions },
  { id: 'cue.passive-by', find: passiveAttributions },
];

/** Finds what a block holds on its own; `blockAttributions`, or a kept result (`incremental.ts`). */
export type BlockAttributions = (info: BlockInfo, errors: RuleErrors) => readonly FoundAttribution[];

export function findAttributions(doc: ArticleDocument, errors: RuleErrors, inBlock: BlockAttributions = blockAttributions): FoundAttribution[] {
  const found: FoundAttribution[] = [];
  for (const info of doc.blocks) for (const a of inBlock(info, errors)) found.push(a);
  return found;
}

/**
 * One block's attributions. Everything below reads one block alone (the
 * dedupe and the embedded views never look past a sentence), so a block's
 * result stands while its text does.
 */
export function blockAttributions(info: BlockInfo, errors: RuleErrors): FoundAttribution[] {
  const found: FoundAttribution[] = [];
  const add = (list: readonly FoundAttribution[]): void => {
    for (const a of list) found.push(a);
  };
  for (const rule of BLOCK_RULES) add(errors.run(rule.id, () => rule.find(info), []));
  for (const sentence of info.sentences) {
    let inSentence = 0;
    for (const rule of SENTENCE_RULES) {
      if (rule.fallback && inSentence > 0) continue;
      const list = errors.run(rule.id, () => rule.find(info, sentence), []);
      inSentence += list.length;
      add(list);
    }
  }
  return withoutEmbeddedViews(dedupe(found));
}

/**
 * "He said he plans to …", "Officials said Washington would support …": a
 * belief or stance inside what a speech verb reports is part of that report,
 * not an attribution of its own; nor is the verb of a speaker a statement
 * noun already names.
 */
function withoutEmbeddedViews(found: FoundAttribution[]): FoundAttribution[] {
  return found.filter((a, i) => {
    if (!SUBJECT_RULES.has(a.rule)) return true;
    // A report embeds the views just after it; looking a few cues back keeps a crowded sentence linear.
    for (let j = i - 1; j >= 0 && j >= i - 16 && found[j]!.sentence === a.sentence; j--) {
      const outer = found[j]!;
      // "The poll found that 43 percent support Lind": what a finding reports after "that" is its own too.
      const reports = !SUBJECT_RULES.has(outer.rule) || (outer.rule === 'cue.finding' && a.rule !== 'cue.finding' && reportsThat(outer));
      if (reports && outer.scope === 'right' && outer.phrase.end <= a.speaker.start) return false;
    }
    // "In a statement, the ministry urged calm": the statement already attributes the ministry's words.
    const sameSpeaker = (b: FoundAttribution): boolean => b !== a && b.sentence === a.sentence && b.speaker.start === a.speaker.start && b.rule === 'cue.statement-noun';
    return !found.slice(Math.max(0, i - 8), i + 8).some(sameSpeaker);
  });
}

/** A cue followed by "that": "found that …", "shows that …". */
function reportsThat(a: FoundAttribution): boolean {
  const tokens = a.sentence.tokens();
  const k = tokens.findIndex((t) => t.start >= a.cue.end);
  return k >= 0 && tokens[k]!.lower === 'that';
}

const SUBJECT_RULES = new Set(['cue.belief', 'cue.finding', 'cue.stance']);


/** One attribution per cue, in reading order: the layout rules may find a cue the sentence rules also found. */
function dedupe(found: FoundAttribution[]): FoundAttribution[] {
  const seen = new Set<number>();
  const sorted = found.sort((a, b) => a.cue.start - b.cue.start);
  return sorted.filter((a) => {
    const key = a.cue.start;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
