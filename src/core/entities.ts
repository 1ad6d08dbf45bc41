/**
 * Named people and bodies mentioned in the article, so a speaker written as
 * "Mr. Lavrov", "he" or "the 49-year-old opposition leader" can be resolved to
 * the name given earlier ("Sergey Lavrov", "Alexei Navalny").
 */
import { quoteAt, type ArticleDocument, type BlockInfo, type Sentence } from './document';
import type { EntityType } from './model';
import {
  DEMONYMS, GIVEN_NAME_GENDER, HONORIFICS, NAME_PARTICLES, NOT_NAME_WORDS, ORGANIZATION_NOUNS, ORGANIZATION_WORDS,
  TITLE_WORDS,
} from './lexicon';
import type { Token } from './tokens';

export type Gender = 'male' | 'female' | undefined;

export interface Entity {
  /** The fullest name seen: "Sergey Lavrov". */
  name: string;
  type: EntityType;
  gender: Gender;
  /** Lower-case words that describe it: titles and appositives ("opposition", "leader"). */
  readonly descriptors: Set<string>;
}

export interface EntityMention {
  /** Source offsets. */
  readonly start: number;
  readonly end: number;
  readonly entity: Entity;
  readonly block: number;
  /** The sentence, to tell mentions of one sentence apart. */
  readonly sentence: Sentence;
}

export interface NameRun {
  /** Token indices [from, to) of the whole run, titles included. */
  readonly from: number;
  readonly to: number;
  /** First token of the name proper, after titles. */
  readonly nameFrom: number;
  readonly title: readonly Token[];
  readonly name: string;
  readonly gender: Gender;
  readonly type: EntityType;
}

/** Reads a run of capitalised tokens starting at `i`: titles, then the name ("Secretary of State Antony Blinken"). */
export function readNameRun(tokens: readonly Token[], i: number, sentenceStart: boolean): NameRun | undefined {
  let j = i;
  const first = tokens[i];
  if (!first || !first.capitalized) return undefined;
  // "New York", "New Hampshire": "New" before a capitalised word opens a name.
  const opensName = (t: Token, k: number) => t.lower === 'new' && tokens[k + 1]?.capitalized === true;
  if (sentenceStart && NOT_NAME_WORDS.has(first.lower) && !opensName(first, i)) return undefined;
  // "Injecting Clinton into …": a sentence-initial participle is not a first name.
  if (sentenceStart && /(?:ing|ed)$/.test(first.lower) && !GIVEN_NAME_GENDER.has(first.lower)) return undefined;
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (t.capitalized && !(NOT_NAME_WORDS.has(t.lower) && !HONORIFICS.has(t.lower) && !opensName(t, j)) && !isPossessiveBreak(tokens, j - 1)) j++;
    else if (j > i && NAME_PARTICLES.has(t.lower) && tokens[j + 1]?.capitalized) j++;
    // "Secretary of State", "Association of Flight Attendants", "University of Michigan".
    else if (j > i && (t.lower === 'of' || t.lower === 'for') && (TITLE_WORDS.has(tokens[j - 1]!.lower) || ORGANIZATION_WORDS.has(tokens[j - 1]!.lower)) && tokens[j + 1]?.capitalized) j++;
    // "Center for Economic and Policy Research", "Department of Health and Human Services": after a body's "of" or "for", "and" joins two more words of its name.
    else if (j > i && (t.lower === 'and' || t.text === '&') && tokens[j + 1]?.capitalized && tokens[j + 2]?.capitalized && joinedAfterBody(tokens, i, j)) j++;
    else break;
  }
  if (j === i) return undefined;
  // Titles come first: "Foreign Minister", "Mr.", "Ukrainian President", "Secretary of State".
  let n = i;
  let gender: Gender;
  let titled = false;
  const isTitle = (k: number): boolean => {
    const lower = tokens[k]?.lower ?? '';
    if (lower === 'of') return k > i && isTitle(k - 1) && TITLE_WORDS.has(tokens[k + 1]?.lower ?? '');
    return HONORIFICS.has(lower) || TITLE_WORDS.has(lower);
  };
  for (let k = i; k < j - 1; k++) {
    // "Bureau of Labor Statistics", "Department of Health": past a body's "of", a title word is part of its name.
    if ((tokens[k]!.lower === 'of' || tokens[k]!.lower === 'for') && !isTitle(k - 1)) break;
    if (isTitle(k)) {
      gender ??= HONORIFICS.get(tokens[k]!.lower);
      titled = true;
      n = k + 1;
    }
  }
  if (n === j - 1 && HONORIFICS.has(tokens[n]!.lower)) return undefined;
  // "State Department", "House Committee": the title word belongs to the body's name.
  if (tokens.slice(n, j).some((t) => ORGANIZATION_WORDS.has(t.lower))) {
    n = i;
    titled = false;
  }
  const nameTokens = tokens.slice(n, j);
  const name = nameTokens.map((t) => t.text).join(' ').replace(/[’']s$/, '');
  const firstName = nameTokens[0]!.lower;
  gender ??= nameTokens.length > 1 ? GIVEN_NAME_GENDER.get(firstName) : undefined;
  const lowers = nameTokens.map((t) => t.lower.replace(/'s$/, ''));
  const isOrg = lowers.some((w) => ORGANIZATION_WORDS.has(w)) || (nameTokens.length === 1 && (/^\p{Lu}[\p{Lu}\d&-]+$/u.test(name) || /^(?:\p{Lu}\.){2,}$/u.test(name)));
  // "New York", "New Jersey": a place, not a person's first and last name.
  const isPlace = (nameTokens.length === 1 && DEMONYMS.has(lowers[0]!)) || (lowers[0] === 'new' && nameTokens.length <= 3);
  const looksPerson = !isOrg && !isPlace && (
    (titled && nameTokens.length <= 3) ||
    (nameTokens.length >= 2 && nameTokens.length <= 4 && (GIVEN_NAME_GENDER.has(firstName) || nameTokens.every((t) => /^\p{Lu}[\p{Ll}’'-]/u.test(t.text) || /^\p{Lu}\.$/u.test(t.text))))
  );
  const type: EntityType = isOrg ? 'organization' : looksPerson ? 'person' : 'unknown';
  return { from: i, to: j, nameFrom: n, title: tokens.slice(i, n), name, gender, type };
}

/** The run [i, j) already holds a body's "of" or "for" ("Center for Economic"). */
function joinedAfterBody(tokens: readonly Token[], i: number, j: number): boolean {
  for (let k = i + 1; k < j; k++) if ((tokens[k]!.lower === 'of' || tokens[k]!.lower === 'for') && ORGANIZATION_WORDS.has(tokens[k - 1]!.lower)) return true;
  return false;
}

// "Ukraine’s second-largest city": a possessive ends the name it belongs to.
function isPossessiveBreak(tokens: readonly Token[], previous: number): boolean {
  const t = tokens[previous];
  return t !== undefined && /[’']s$/.test(t.text) && t.capitalized;
}

/** A name run in one of a block's sentences (token indices of that sentence). */
export interface NameRunAt {
  readonly sentence: number;
  readonly run: NameRun;
  /** The name in lower case, as the registry keys it. */
  readonly key: string;
  /** The words that describe whom it names: its titles, then the words around it (`describeFromContext`). */
  readonly descriptors: readonly string[];
}

/** Finds a block's name runs: `blockNameRuns`, or a kept result (`incremental.ts`). */
export type BlockNameRuns = (info: BlockInfo) => readonly NameRunAt[];

/** The names written in a block outside its quotations, read from its text alone; the registry then links them in reading order. */
export function blockNameRuns(info: BlockInfo): NameRunAt[] {
  const runs: NameRunAt[] = [];
  for (const sentence of info.sentences) {
    const tokens = sentence.tokens();
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!t.capitalized) continue;
      if (quoteAt(info, t.start)) continue;
      const run = readNameRun(tokens, i, i === 0 || isOpening(tokens[i - 1]!));
      if (!run) continue;
      runs.push({ sentence: sentence.index, run, key: run.name.toLowerCase(), descriptors: [...run.title.map((t) => t.lower.replace(/\.$/, '')), ...describeFromContext(tokens, run)] });
      i = run.to - 1;
    }
  }
  return runs;
}

export class EntityRegistry {
  readonly mentions: EntityMention[] = [];
  private readonly bySurname = new Map<string, Entity[]>();
  private readonly byName = new Map<string, Entity>();

  constructor(
    private readonly doc: ArticleDocument,
    private readonly runsIn: BlockNameRuns = blockNameRuns,
  ) {
    this.collect();
  }

  /** The entity a name refers to at a position: a full name, or a surname given in full earlier. */
  lookup(name: string, gender?: Gender): Entity | undefined {
    const key = name.toLowerCase();
    const exact = this.byName.get(key);
    if (exact) return exact;
    const parts = key.split(' ');
    const candidates = this.bySurname.get(parts[parts.length - 1]!) ?? [];
    return candidates.find((e) => e.type === 'person' && (gender === undefined || e.gender === undefined || e.gender === gender)) ?? candidates[0];
  }

  /**
   * The person or body a pronoun or description refers to: the nearest earlier
   * mention (outside quotations) that fits, preferring the subject of each
   * sentence, looking back at most `blocks` paragraphs.
   */
  antecedent(position: number, block: number, fits: (e: Entity) => boolean, blocks = 3): Entity | undefined {
    let best: EntityMention | undefined;
    for (let k = this.lastMentionBefore(position); k >= 0; k--) {
      const mention = this.mentions[k]!;
      if (mention.block < block - blocks) break;
      if (!fits(mention.entity)) continue;
      // Within the sentence reached first, the earliest fitting mention (the subject) wins.
      if (best && !sameSentence(best, mention)) break;
      best = mention;
    }
    return best?.entity;
  }

  private lastMentionBefore(position: number): number {
    let lo = 0;
    let hi = this.mentions.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.end <= position) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  private collect(): void {
    for (const info of this.doc.blocks) {
      for (const at of this.runsIn(info)) {
        const { sentence, run } = at;
        const tokens = info.sentences[sentence]!.tokens();
        const entity = this.register(at);
        this.mentions.push({
          start: info.block.start + tokens[run.from]!.start,
          end: info.block.start + tokens[run.to - 1]!.end,
          entity,
          block: info.index,
          sentence: info.sentences[sentence]!,
        });
      }
    }
  }

  private register({ run, key, descriptors }: NameRunAt): Entity {
    const parts = key.split(' ');
    const surname = parts[parts.length - 1]!;
    let entity = this.byName.get(key);
    if (!entity && parts.length === 1) {
      entity = (this.bySurname.get(surname) ?? []).find((e) => e.type === 'person' && (run.gender === undefined || e.gender === undefined || e.gender === run.gender));
    }
    if (!entity) {
      entity = { name: run.name, type: run.type, gender: run.gender, descriptors: new Set() };
      this.byName.set(key, entity);
      if (parts.length > 1 && run.type === 'person') {
        const list = this.bySurname.get(surname) ?? [];
        list.unshift(entity);
        this.bySurname.set(surname, list);
      }
    } else {
      if (entity.type === 'unknown' && run.type !== 'unknown') entity.type = run.type;
      entity.gender ??= run.gender;
    }
    if (run.title.length > 0 && entity.type === 'unknown') entity.type = 'person';
    for (const word of descriptors) entity.descriptors.add(word);
    return entity;
  }
}

function sameSentence(a: EntityMention, b: EntityMention): boolean {
  return a.sentence === b.sentence;
}

function isOpening(t: Token): boolean {
  return !t.isWord && /[“"«‘'([\u2014\u2015:]/.test(t.text);
}

// "jailed Russian opposition leader Alexei Navalny", "Oleksiy Arestovich, a top adviser to ...":
// the words around a name that a later description ("the opposition leader") can match. Read from the
// block alone, so they are kept with its name runs.
function describeFromContext(tokens: readonly Token[], run: NameRun): string[] {
  const words: string[] = [];
  for (let k = run.from - 1, n = 0; k >= 0 && n < 4; k--, n++) {
    const t = tokens[k]!;
    if (!t.isWord || t.lower === 'the' || t.lower === 'a' || t.lower === 'an') break;
    words.push(t.lower.replace(/'s$/, ''));
  }
  if (tokens[run.to]?.text === ',') {
    for (let k = run.to + 1, n = 0; k < tokens.length && n < 8; k++, n++) {
      const t = tokens[k]!;
      if (!t.isWord) break;
      words.push(t.lower.replace(/'s$/, ''));
    }
  }
  return words;
}

/** True when a lower-case head noun names a body ("group", "newspaper") rather than a person. */
export function isOrganizationNoun(word: string): boolean {
  return ORGANIZATION_NOUNS.has(word);
}
