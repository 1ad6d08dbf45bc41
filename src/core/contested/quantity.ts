/**
 * What quantity a figure gives, in parts that can be compared across figures
 * without a fixed list of measures (`contested.md`): what is counted (a head
 * noun and its modifiers, "total subsidiaries"), whose it is ("Trump",
 * "China"), where, when, the unit and the kind of value (a level, a lead, a
 * change). Two figures measure the same quantity when every part known on
 * both sides agrees and enough is known to say so (`sameQuantity`).
 */
import type { FoundClaim } from '../claims';
import type { ArticleDocument } from '../document';
import {
  CONTESTED_COUNTED_CLASSES, CONTESTED_LEAD_NOUNS, CONTESTED_STOP_WORDS, CONTESTED_SUBJECT_CLASSES, DEMONYMS, GIVEN_NAME_GENDER,
  CONTESTED_AGE_AFTER, CONTESTED_AGE_NAME_BEFORE, CONTESTED_AGE_PRONOUN_BEFORE, CONTESTED_CHANGE_DOWN_NOUN, CONTESTED_CHANGE_NOUN_OF, CONTESTED_CLASS_BOUND_BEFORE,
  CONTESTED_OWN_FIGURE, CONTESTED_POLLSTER_AFTER, CONTESTED_PREFERENCE_VERB, CONTESTED_RELATIVE_WINDOW, CONTESTED_THRESHOLD_AFTER,
  CONTESTED_WHOLE_POLL, HONORIFICS, MONTHS, PLACE_ALIASES, POLL_POPULATIONS, TITLE_WORDS, WEEKDAYS,
} from '../lexicon';
import type { Claim, Speaker } from '../model';

/**
 * A level, a lead or margin between two, a change, a part of a figure just
 * given ("987 subsidiaries, 537 of which", "$2.9 billion of that"), or a goal
 * ("needs 1,237 delegates to win"), which the count so far does not contest.
 */
export type ValueKind = 'level' | 'lead' | 'change' | 'part' | 'goal';

export interface Quantity {
  /** "USD", "share" (percent or points of a whole), "count", or another unit ("foot"). */
  readonly unitClass: string;
  readonly kind: ValueKind;
  /** What is counted, normalised: "dead", "billionaire", "subsidiary", "wealth"; null when the text does not say. */
  readonly head: string | null;
  /** The other words of what is counted: "tax", "haven" of "tax haven subsidiaries". */
  readonly modifiers: readonly string[];
  /** Who is counted, as a class: "troops", "civilians". */
  readonly subject: string | null;
  /** Whose quantity: a person's surname, a body's or a country's name, lower case ("trump", "china"). */
  readonly whose: string | null;
  /** Where: the place of an "in Ohio" phrase. */
  readonly place: string | null;
  /** When: a month, year or quarter named in the figure's clause; "day" or "total" for a count's window. */
  readonly period: string | null;
  /** For shares in a poll: "two-way" or "multi" (a three- or four-way question). */
  readonly race: string | null;
  /** For a side of a score pair ("Okafor leads Brandt 46 percent to 44 percent"): the two candidates, "brandt+okafor". */
  readonly matchup: string | null;
  /** The group of voters a share is of: its source ("Democrats favored Okafor, 72 percent to 8 percent") or its phrase ("among women"); never the same share as another group's or the whole poll's. */
  readonly population: string | null;
  /** "the toll", "the figure": the figure refers back to one given just before. */
  readonly anaphoric: boolean;
  /** The paragraph, so that a match on little more than whose it is stays near. */
  readonly block: number;
  /** The words as written, for the group's label. */
  readonly words: { readonly whose: string | null; readonly counted: string | null };
}

const SENTENCE_RACE_MULTI = /\b(?:all|the)\s+(?:three|four|five|3|4|5)\s+candidates\b|\b(?:three|four|five|multi)-(?:way|candidate)\b/i;
const SENTENCE_RACE_TWO = /\bhead-to-head\b|\btwo-way\b|\bone-on-one\b/i;
const CHANGE_AFTER = /^[\s-]*(?:point|percentage[\s-]point|percent)?s?\s*(?:dip|drop|decline|fall|loss|slide|decrease)\b/i;
const CHANGE_UP_AFTER = /^[\s-]*(?:point|percentage[\s-]point|percent)?s?\s*(?:gain|rise|jump|increase|bump|boost)\b/i;
const CHANGE_BEFORE_DOWN = /\b(?:down|fell|fallen|dropped|slipped|lost|declined|dipped)\s+(?:by\s+)?$/i;
const CHANGE_BEFORE_UP = /\b(?:up|rose|risen|gained|climbed|jumped|grew|added|increased)\s+(?:by\s+)?$/i;
const GOAL_BEFORE = /\b(?:needs?|needed|requires?|required|target\s+of|goal\s+of|aims?\s+for|magic\s+number\s+of|threshold\s+of)\s+(?:the\s+|another\s+|at\s+least\s+)?$/i;
const GOAL_AFTER = /^[\s\p{L}-]{0,30}?\b(?:needed|required|necessary)\s+(?:to|for)\b|^\s*[\p{L}-]+\s+to\s+(?:win|clinch|secure|pass|qualify)\b/iu;
const MARGIN_OF_ERROR = /\bmargin\s+of\s+(?:sampling\s+)?error\b[^.;]{0,40}$|\berror\s+margin\b[^.;]{0,30}$/i;
const REFERRING = /^(?:figure|number|numbers|toll|total|tally|count|estimate|estimates|figures)$/;
const YEAR = /\b(?:19|20)\d\d\b/g;
const QUARTER = /\b(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\b|\bQ([1-4])\b/i;
const DAY_WINDOW = /\b(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|overnight)\b|\blast\s+night\b|\bin\s+(?:a|one)\s+(?:day|night)\b|\ba\s+day\b/i;
const TOTAL_WINDOW = /\b(?:since|so\s+far|in\s+total|in\s+all|to\s+date|overall|cumulative|altogether|over\s+the\s+past|(?:in|during)\s+(?:just\s+)?the\s+first)\b/i;
const TOTAL_BEFORE = /\b(?:total|cumulative|overall)\b/i;
const OWN_LOSSES = /\b(?:(?:it|they|we)\s+(?:has\s+|have\s+|had\s+)?(?:suffered|lost)|its\s+own|their\s+own|of\s+its|of\s+their)\b/i;
const PRONOUN_OBJECT = /\b(?:him|her|them|it|his|its|their|they|he|she)\b/i;
const PLACE_AFTER = /^[^,;.]{0,40}?\bin\s+(?:the\s+)?((?:\p{Lu}[\p{L}.'’-]*)(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})/u;
const FRONTED_PLACE = /^[\s“"‘']*In\s+(?:the\s+)?((?:\p{Lu}[\p{L}.'’-]*)(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})(?=,|\s+\p{Ll})/u;
// A clause ends at a semicolon, a dash, a colon, a bracket, or a comma before a new clause.
const CLAUSE_BREAK = /[;:—()]|,\s+(?:and|but|while|though|whereas|which|who|compared|according|or)\b|\bwhile\b|\bwhereas\b|\bcompared\s+(?:with|to)\b/gi;

const RELATIVE_ASIDE = /,\s+(?:who|which)\s[^,;:—()]*,(?=\s)/gi;

interface Context {
  readonly sentence: string;
  /** The figure's offsets in `sentence`. */
  readonly at: number;
  readonly end: number;
}

/** How far around its figure a sentence is read: a bounded window keeps a sentence of thousands of figures linear. */
const CONTEXT_BEFORE = 300;
const CONTEXT_AFTER = 200;

function contextOf(doc: ArticleDocument, draft: FoundClaim): Context {
  const info = doc.blocks[draft.block]!;
  const at = draft.start - info.block.start;
  const from = Math.max(draft.sentence.start, at - CONTEXT_BEFORE);
  const to = Math.min(draft.sentence.end, draft.figure.end + CONTEXT_AFTER);
  return { sentence: info.block.text.slice(from, to), at: at - from, end: draft.figure.end - from };
}

/** The text of the figure's clause before it. */
function clauseBefore(ctx: Context): string {
  // "Ortega, who has endorsed Ruiz, raised $235 million": the relative clause between a subject and its verb is not the clause.
  const before = ctx.sentence.slice(0, Math.max(0, ctx.at)).replace(RELATIVE_ASIDE, (aside) => ' '.repeat(aside.length));
  let cut = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(before); m; m = CLAUSE_BREAK.exec(before)) cut = m.index + m[0].length;
  return before.slice(cut);
}

function clauseAfter(ctx: Context): string {
  const after = ctx.sentence.slice(ctx.end, ctx.end + 90);
  const stop = after.search(/[;—()]|,\s+(?:and|but|though|while|which|bringing|according)\b|\bwhile\b/);
  return stop < 0 ? after : after.slice(0, stop);
}

export function quantityOf(doc: ArticleDocument, draft: FoundClaim, claim: Claim, sourceNames: ReadonlySet<string>): Quantity | null {
  const ctx = contextOf(doc, draft);
  // A bare 1900–2099 counted as nothing is a year ("one of Trump's 2016 rivals"), not a count.
  if (claim.unit === null && (/^(?:19|20)\d\d$/.test(claim.text) || notACount(ctx))) return null;
  const lookBehind = ctx.sentence.slice(Math.max(0, ctx.at - 60), Math.max(0, ctx.at));
  // "donors giving $200 or less", "companies with 1,000 or more employees": a bound of a class, not a value anyone gives.
  if (CONTESTED_THRESHOLD_AFTER.test(ctx.sentence.slice(ctx.end, ctx.end + 16)) && CONTESTED_CLASS_BOUND_BEFORE.test(ctx.sentence.slice(Math.max(0, ctx.at - 12), ctx.at))) return null;
  if (MARGIN_OF_ERROR.test(lookBehind) || claim.unit === 'year' || claim.unit === 'fraction' || claim.unit === 'old' || claim.unit === 'score') return null;
  const before = clauseBefore(ctx);
  const after = clauseAfter(ctx);
  const bareUnit = unitClassOf(claim);
  const unitClass = bareUnit === 'share' || bareUnit === 'count' ? bareUnit : bareUnit + perUnit(ctx);
  const kind = kindOf(ctx, claim, unitClass);
  // A share's words before it are its holder ("Cruz has fallen to"), not what it counts.
  // Words before a figure say what it counts only when they are a measure ("the bridge cost $40 million"), not any verb ("ranked fourth with 51").
  // When what it counts says nothing ("$220 billion annually", "35 to 45 feet"), the measure before it may ("would raise", "the height could be").
  const written = claim.counts !== null ? countedOf(claim.counts, claim.unit) : null;
  const counted = written?.head ? written : measureOnly(countedOf(unitClass === 'share' ? '' : leadingWords(before), claim.unit), written);
  const source = claim.source ? nameKey(claim.source.name) : null;
  const sourceWords = claim.source ? `${claim.source.text} ${claim.source.name}`.toLowerCase() : '';
  // "Russian officials say …": a name inside the source's own mention is who speaks, not whose the figure is.
  const notWhose = (key: string, run: string) => key === source || sourceNames.has(key) || sourceWords.includes(run.toLowerCase());
  // "Russia acknowledged … it has suffered casualties …, putting the number killed at 498": the source's own losses.
  const ownLosses = claim.source && OWN_LOSSES.test(ctx.sentence) ? (countryIn(claim.source.name) ?? source) : null;
  const ownFigure = claim.source && selfReference(claim.source, CONTESTED_OWN_FIGURE.exec(before)?.[1]) ? ownerOf(claim.source) : null;
  const holder = unitClass === 'share' ? shareHolderAfter(after, notWhose) : null;
  const pair = kind === 'level' && unitClass === 'share' ? scorePair(ctx, before, after, notWhose) : null;
  const whose = kind === 'lead' ? leadPair(ctx.sentence, notWhose) : (scorePairSide(before) ?? pair?.whose ?? holder ?? possessiveBefore(before, notWhose, (words) => sourceWords.includes(words.toLowerCase())) ?? agentAfter(after, notWhose) ?? counted.owner ?? nameIn(before, notWhose) ?? ownLosses ?? ownFigure);
  const place = placeOf(ctx, after, notWhose);
  const race = unitClass === 'share' ? (SENTENCE_RACE_MULTI.test(ctx.sentence) ? 'multi' : SENTENCE_RACE_TWO.test(ctx.sentence) ? 'two-way' : null) : null;
  return {
    unitClass,
    kind,
    head: kind === 'lead' || (kind === 'change' && counted.head !== null && CHANGE_WORD.test(counted.head)) ? null : counted.head === 'voted' ? votedHow(ctx) : counted.head,
    modifiers: counted.modifiers,
    subject: counted.subject,
    whose,
    place: place !== whose ? place : null,
    period: kind === 'change' ? null : periodOf(ctx, before, after, unitClass),
    race,
    matchup: pair?.matchup ?? null,
    population: unitClass === 'share' ? populationOf(ctx, before, claim.source, pair !== null) : null,
    anaphoric: counted.anaphoric,
    block: draft.block,
    // What it counts in words: as written, or the measure read before it ("revenue" for "would raise $220 million annually").
    words: { whose, counted: written?.head || !counted.head ? claim.counts : counted.head },
  };
}

/**
 * A bare number that is a day of a month ("February 6"), an age set off after
 * a name ("Groberg, 33,") or a rank ("the 10 most populous cities"): not a
 * count anyone could contest.
 */
function notACount(ctx: Context): boolean {
  const before = ctx.sentence.slice(Math.max(0, ctx.at - 12), ctx.at);
  const after = ctx.sentence.slice(ctx.end, ctx.end + 14);
  const month = /\b(\p{L}+)\.?\s+$/u.exec(before)?.[1]?.toLowerCase();
  if (month && MONTHS.has(month) && /^(?:\s*,|\s*$|\s+(?:and|to|through)\b|[.;])/.test(after)) return true;
  if (/\p{Lu}\p{Ll}+,\s*$/u.test(before) && /^\s*[,;)]/.test(after) && /^\d{1,3}$/.test(ctx.sentence.slice(ctx.at, ctx.end))) return true;
  if (isAge(ctx)) return true;
  return /^\s+(?:most|largest|biggest|richest|poorest|top|best|worst|highest|lowest)\b/i.test(after);
}

/** The words before a figure that make it an age: a person and "is", or "aged", "the age of". */
function ageBefore(text: string): boolean {
  return CONTESTED_AGE_PRONOUN_BEFORE.test(text) || CONTESTED_AGE_NAME_BEFORE.test(text);
}

/** "Okafor is 45.", "when they’re 55", "who was 69 when he took office", "voters ages 18 to 39", "as young as 17": an age, not a count. */
function isAge(ctx: Context): boolean {
  const figure = ctx.sentence.slice(ctx.at, ctx.end);
  return /^\d{1,3}(?:\s*(?:to|-|–)\s*\d{1,3})?$/.test(figure) && ageBefore(ctx.sentence.slice(Math.max(0, ctx.at - 30), ctx.at)) && CONTESTED_AGE_AFTER.test(ctx.sentence.slice(ctx.end, ctx.end + 12));
}

/** "voted for" and "voted against" are two quantities. */
function votedHow(ctx: Context): string {
  const direction = /^\s*[\p{L}\s]{0,30}?\b(for|against|in favou?r)\b/iu.exec(ctx.sentence.slice(ctx.end));
  return direction ? (/against/i.test(direction[1]!) ? 'voted against' : 'voted for') : 'voted';
}

const PER_UNIT = /^\s*(?:a|an|per|each)\s+(?!(?:year|month|week|day)\b)(\p{L}+)\b/u;

/** "$50 a ton", "$12 an hour", "$3 per share": a rate, which is not the same quantity as a total in the same unit. */
function perUnit(ctx: Context): string {
  const m = PER_UNIT.exec(ctx.sentence.slice(ctx.end, ctx.end + 24));
  return m ? `/${singular(m[1]!.toLowerCase())}` : '';
}

const CHANGE_WORD = /^(?:dip|drop|decline|fall|loss|slide|decrease|gain|rise|jump|increase|bump|boost|fallen|risen|rose|fell)$/;

function unitClassOf(claim: Claim): string {
  if (claim.unit === 'percent' || claim.unit === 'points' || claim.unit === 'percentage points') return 'share';
  // "rose four percentage points", "up eight points": the unit is in what it counts.
  if (claim.unit === null && /^(?:percentage[\s-])?points?\b/i.test(claim.counts ?? '')) return 'share';
  return claim.unit ?? 'count';
}

function kindOf(ctx: Context, claim: Claim, unitClass: string): ValueKind {
  if (claim.change?.role === 'by') return 'change';
  const after = ctx.sentence.slice(ctx.end, ctx.end + 30);
  const before = ctx.sentence.slice(Math.max(0, ctx.at - 20), Math.max(0, ctx.at));
  if (CHANGE_AFTER.test(after) || CHANGE_UP_AFTER.test(after) || CHANGE_BEFORE_DOWN.test(before) || CHANGE_BEFORE_UP.test(before)) return 'change';
  if (CONTESTED_CHANGE_NOUN_OF.test(ctx.sentence.slice(Math.max(0, ctx.at - 70), Math.max(0, ctx.at)))) return 'change';
  if (/^\s*of\s+(?:which|whom|them|those|these|that|this|it)\b/i.test(after)) return 'part';
  if (GOAL_BEFORE.test(ctx.sentence.slice(Math.max(0, ctx.at - 40), Math.max(0, ctx.at))) || GOAL_AFTER.test(ctx.sentence.slice(ctx.end, ctx.end + 60))) return 'goal';
  if (unitClass === 'share' && claim.unit !== 'percent' && CONTESTED_LEAD_NOUNS.test(ctx.sentence)) return 'lead';
  // "within $4 million of the $37 million raised by Clinton": a distance between two, not either.
  if (/\b(?:within|short\s+of|shy\s+of|behind\s+by|ahead\s+by)\s+$/i.test(before)) return 'lead';
  if (/^[\s-]*(?:point|percentage[\s-]point)s?\s+(?:lead|gap|margin|advantage|edge)\b/i.test(after)) return 'lead';
  return 'level';
}

export function isDown(doc: ArticleDocument, draft: FoundClaim, claim: Claim): boolean {
  if (claim.change) return claim.change.direction === 'down';
  const ctx = contextOf(doc, draft);
  const before = ctx.sentence.slice(Math.max(0, ctx.at - 70), Math.max(0, ctx.at));
  return CHANGE_AFTER.test(ctx.sentence.slice(ctx.end, ctx.end + 30)) || CHANGE_BEFORE_DOWN.test(before.slice(-20)) || CONTESTED_CHANGE_DOWN_NOUN.test(CONTESTED_CHANGE_NOUN_OF.exec(before)?.[1] ?? '');
}

interface Counted {
  readonly head: string | null;
  readonly modifiers: string[];
  readonly subject: string | null;
  readonly owner: string | null;
  readonly anaphoric: boolean;
}

/** "Ukrainian soldiers killed" → head "dead", subject "troops", owner "ukraine"; "tax haven subsidiaries" → head "subsidiary", modifiers tax, haven. */
function countedOf(counted: string, unit: string | null): Counted {
  const words = counted.toLowerCase().replace(/’/g, "'").split(/[\s/]+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}'.-]+$/gu, '').replace(/'s?$/, '')).filter(Boolean);
  let head: string | null = null;
  let measured: string | null = null;
  let subject: string | null = null;
  let owner: string | null = null;
  const modifiers: string[] = [];
  for (const [k, word] of words.entries()) {
    // "total subsidiaries" and "tax haven subsidiaries": an adjective "total" tells the two apart.
    if (word === 'total' && k < words.length - 1) {
      modifiers.push(word);
      continue;
    }
    const measure = classOf(CONTESTED_COUNTED_CLASSES, word);
    const who = classOf(CONTESTED_SUBJECT_CLASSES, word);
    const country = DEMONYMS.get(word) ?? DEMONYMS.get(word.replace(/s$/, ''));
    if (measure) measured ??= measure;
    else if (who) subject ??= who;
    else if (country) {
      owner ??= country;
      // "tens of millions of Americans": people of that country.
      if (/s$/.test(word)) subject ??= 'people';
    }
    else if (/^[a-z-]{3,}$/.test(word) && !CONTESTED_STOP_WORDS.has(word) && !REFERRING.test(word) && word !== unit && !unitWord(word)) {
      if (head) modifiers.push(head);
      head = singular(word);
    }
  }
  const last = words[words.length - 1] ?? '';
  // "the number killed" refers back; "total subsidiaries" is an adjective before its noun.
  const first = words[0] ?? '';
  const referringFirst = REFERRING.test(first) && !(first === 'total' && words.length > 1);
  return { head: measured ?? head, modifiers: measured && head ? [...modifiers, head] : modifiers, subject, owner, anaphoric: REFERRING.test(last) || referringFirst };
}

/** A counted class of the lexicon ("dead", "spent", "height"), which names its quantity more than any noun. */
function isMeasure(head: string): boolean {
  return CONTESTED_COUNTED_CLASSES.some(([, name]) => name === head);
}

/** The words before a figure, kept only when they name a measure; else what is known from its own words. */
function measureOnly(counted: Counted, written: Counted | null): Counted {
  if (counted.head !== null && isMeasure(counted.head)) return { ...counted, subject: written?.subject ?? counted.subject, owner: written?.owner ?? counted.owner };
  return written ?? { ...counted, head: null, modifiers: [] };
}

function unitWord(word: string): boolean {
  return /^(?:percent|percentage|points?|thousands?|millions?|billions?|trillions?|feet|foot|miles?|dollars?|pounds?|euros?|tons?|acres?|hours?|minutes?|days?|years?|months?|weeks?|times)$/.test(word);
}

function singular(word: string): string {
  if (/ies$/.test(word)) return word.slice(0, -3) + 'y';
  if (/(?:ss|us|is)$/.test(word)) return word;
  return word.replace(/s$/, '');
}

function classOf(table: ReadonlyArray<readonly [RegExp, string]>, word: string): string | null {
  for (const [pattern, name] of table) if (pattern.test(word)) return name;
  return null;
}

/** The last few words before a figure, minus the verb or preposition that introduces it: "bridge cost", "the number of protesters". */
function leadingWords(before: string): string {
  return before.replace(/\p{Lu}[\p{L}'’.-]*|\bon\s+average\b/gu, ' ').replace(/\b(?:at|to|of|was|is|were|are|be|been|by|reached|hit|totaled|totalled|stood|with|has|had|have)\s*$/i, '').trim().split(/\s+/).slice(-4).filter((w) => !CONTESTED_STOP_WORDS.has(w.toLowerCase())).slice(-3).join(' ');
}

/** Keys already read: an article names its sources over and over, and each figure asks again. */
const nameKeys = new Map<string, string>();
const NAME_KEYS_KEPT = 10_000;

/** A name's key: a person's surname ("Mr. Trump", "Donald J. Trump" → "trump"), a body's or place's whole name in lower case. */
export function nameKey(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    if (nameKeys.size >= NAME_KEYS_KEPT) nameKeys.clear();
    key = readNameKey(name);
    nameKeys.set(name, key);
  }
  return key;
}

function readNameKey(name: string): string {
  // A sentence's full stop is not part of the name ("the United States."); an initialism's is ("U.S.").
  const words = name.replace(/['’]s$/, '').replace(/^the\s+/i, '').replace(/(?<!\.\p{L})\.$/u, '').split(/\s+/).filter(Boolean);
  const lower = words.map((w) => w.toLowerCase());
  const joined = lower.join(' ');
  // Adjectives name their country ("Russian" → "russia"); a capital stays itself ("Beijing" is not "China").
  const alias = PLACE_ALIASES.get(joined) ?? (/(?:an|ese|ish|i|ch)$/.test(joined) ? DEMONYMS.get(joined) : undefined);
  if (alias) return alias;
  const personal = lower.length > 1 && lower.slice(0, -1).some((w) => GIVEN_NAME_GENDER.has(w) || HONORIFICS.has(w) || TITLE_WORDS.has(w) || /^\p{L}\.$/u.test(w));
  return personal ? lower[lower.length - 1]! : joined;
}

const NAME_RUN = /(?<![\p{L}'’])(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|(?:of|and|de|van|von|al|bin)(?![\p{L}'’])))*)/gu;
/** Capitalised words that do not name whose a figure is: sentence openers, weekdays, months, parties' voters. */
function skipName(run: string): boolean {
  const lower = run.toLowerCase().replace(/['’]s?$/, '');
  const first = lower.split(/\s+/)[0]!;
  return CONTESTED_STOP_WORDS.has(first) || WEEKDAYS.has(first) || MONTHS.has(first.replace(/\.$/, '').split('-')[0]!) || /^(?:republicans|democrats|independents|americans|voters|i)$/.test(lower) || /\b(?:poll|survey|report|study)$/.test(lower);
}

/** "China's 260", "Mr. Kamprad's fortune at": a possessive in the clause names whose it is. */
/** A capitalised name with its possessive: "China's", "Mr. Kamprad's", "Sanders'". */
const POSSESSIVE = /(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*)['’]s?(?=\s)/gu;

function possessiveBefore(before: string, notWhose: (key: string, run: string) => boolean, inSourceMention: (words: string) => boolean): string | null {
  const matches = [...before.matchAll(POSSESSIVE)];
  for (let k = matches.length - 1; k >= 0; k--) {
    const run = trimOpeners(matches[k]![1]!);
    if (!run || skipName(run)) continue;
    const key = nameKey(run);
    // "Forbes's 1,864" names whose count it is; "Mr. Trump's claims that his net worth …" whose worth.
    const rest = before.slice(matches[k]!.index + matches[k]![0].length);
    const owned = !/^\S+\s*$/.test(rest);
    // "Mr. Harlan's party estimates that 12% …": a possessive inside the source's own mention is who speaks.
    const inSource = inSourceMention(`${run}${matches[k]![0].slice(matches[k]![1]!.length)}${/^\s*\S+/.exec(rest)?.[0] ?? ''}`);
    if ((owned && !inSource) || !notWhose(key, run)) return key;
  }
  return null;
}

/** "the $37 million raised by Hillary Clinton": the agent after the figure is whose it is. */
function agentAfter(after: string, notWhose: (key: string, run: string) => boolean): string | null {
  return whoseKey(/^\s*(?:[\p{Ll}-]+\s+){0,2}?by\s+(?:[\p{Ll}-]+\s+){0,3}?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)/u.exec(after)?.[1], notWhose);
}

/** The key of a name a pattern read, unless it names nobody (`skipName`) or is not whose the figure is. */
function whoseKey(run: string | undefined, notWhose: (key: string, run: string) => boolean): string | null {
  if (!run || skipName(run)) return null;
  const key = nameKey(run);
  return notWhose(key, run) ? null : key;
}

/** "51 percent for Clinton, versus 39 percent for Trump": a poll share names its candidate after it. */
function shareHolderAfter(after: string, notWhose: (key: string, run: string) => boolean): string | null {
  return whoseKey(/^\s*(?:support\s+|backing\s+)?for\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)/u.exec(after)?.[1], notWhose);
}

/** "So Mr. Kamprad" → "Mr. Kamprad": capitalised openers are not part of a name. */
function trimOpeners(run: string): string {
  const words = run.split(/\s+/);
  // "New York", "New Hampshire": "New" before a capital is part of the name.
  while (words.length > 1 && CONTESTED_STOP_WORDS.has(words[0]!.toLowerCase()) && !(words[0] === 'New' && /^\p{Lu}/u.test(words[1]!))) words.shift();
  return words.join(' ');
}

/** The last name in the clause before the figure that is not its source: "Kasich was at 25 percent". */
function nameIn(before: string, notWhose: (key: string, run: string) => boolean): string | null {
  const runs = [...before.matchAll(NAME_RUN)];
  for (let k = runs.length - 1; k >= 0; k--) {
    const run = trimOpeners(runs[k]![1]!.replace(/\s+(?:and|of)$/, ''));
    // "In Sella alone we have recovered 57", "In the Republican primary, 603,000 voted": a place or event, read by `placeOf`, not whose the figure is.
    if (skipName(run) || /^In\s/.test(runs[k]![1]!) || /\bIn\s+the\s+$/.test(before.slice(Math.max(0, runs[k]!.index - 10), runs[k]!.index))) continue;
    // "Speaking in contested territory, the two candidates …": a participle before a preposition names nobody ("Beijing ranked" still does).
    if (/^\p{Lu}\p{Ll}+ing$/u.test(run) && /^\s+(?:in|at|on|to|with|before|after|from|about|during|for|of|the|a|an)\b/.test(before.slice(runs[k]!.index + runs[k]![0].length))) continue;
    const key = nameKey(run);
    if (!notWhose(key, run)) return key;
  }
  return null;
}

const SCORE_VERB = String.raw`(?:leads?|leading|led|tops|topping|beats?|beating|edges|edging|trails?|trailing)`;
const NAME = String.raw`(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)`;
const SCORE_FIRST = new RegExp(String.raw`${NAME}\s+(?:is\s+|was\s+)?${SCORE_VERB}\s+${NAME}\s+(?:by\s+)?$`, 'u');
const SCORE_SECOND = new RegExp(String.raw`${NAME}\s+(?:is\s+|was\s+)?${SCORE_VERB}\s+${NAME}\s+(?:by\s+)?[\d.,]+\s*(?:percent|%|points?)?\s+to\s+$`, 'u');

const PAIR_UNIT = String.raw`(?:\s*(?:percent|per\s+cent|%|percentage\s+points?|points?))?`;
const PAIR_JOIN = String.raw`\s+(?:to|versus|vs\.?)\s+`;
const PAIR_FIRST = new RegExp(String.raw`^${PAIR_UNIT}${PAIR_JOIN}\d`, 'i');
const PAIR_SECOND = new RegExp(String.raw`(\d[\d.,]*${PAIR_UNIT}${PAIR_JOIN})$`, 'i');
/** The rest of a pair after its first side: " percent to 44 percent". */
const PAIR_REST = new RegExp(String.raw`^${PAIR_UNIT}${PAIR_JOIN}[\d.,]+${PAIR_UNIT}`, 'i');

/**
 * A side of a score pair, whatever stands between the names and the pair
 * ("Okafor leading Brandt among likely voters, 46 percent to 44 percent",
 * "Okafor with a lead of 49 percent to 41 percent over Brandt"): the first
 * side is the first candidate's, the second the other's. When the other is
 * not named ("Okafor would beat him 53 percent to 36 percent", "Democrats
 * favored Okafor, 72 percent to 8 percent"), the second side is the first's
 * opponent, and its matchup ("okafor+?") meets no named one: "Okafor would
 * beat him" is most often about a third candidate, not the rival just named.
 */
function scorePair(ctx: Context, before: string, after: string, notWhose: (key: string, run: string) => boolean): { whose: string; matchup: string } | null {
  const tail = before.slice(-40);
  const secondInTail = PAIR_SECOND.exec(tail);
  const second = secondInTail ? { index: before.length - tail.length + secondInTail.index } : null;
  if (!second && !PAIR_FIRST.test(ctx.sentence.slice(ctx.end, ctx.end + 30))) return null;
  const lead = second ? before.slice(0, second.index) : before;
  const trailing = second ? after : after.replace(PAIR_REST, '');
  const names = [...namesIn(lead, notWhose), ...namesIn(/^\s*(?:over|against|to)\s+[^,;]*/i.exec(trailing)?.[0] ?? '', notWhose)];
  const first = names[0];
  if (!first) return null;
  const other = names.find((n) => n !== first) ?? null;
  const opponent = other ?? `${first}’s opponent`;
  return { whose: second ? opponent : first, matchup: other ? [first, other].sort().join('+') : `${first}+?` };
}

/** The keys of the names in a stretch of text, in order, that can be whose a figure is. */
function namesIn(text: string, notWhose: (key: string, run: string) => boolean): string[] {
  const keys: string[] = [];
  for (const m of text.matchAll(NAME_RUN)) {
    const run = trimOpeners(m[1]!.replace(/\s+(?:and|of)$/, ''));
    // "In Ohio", "leads in Ohio": a place; "a Lakeside College survey": a pollster.
    if (skipName(run) || /^In\s/.test(m[1]!) || /\bin\s+$/.test(text.slice(Math.max(0, m.index - 6), m.index)) || CONTESTED_POLLSTER_AFTER.test(text.slice(m.index + m[0].length))) continue;
    const key = nameKey(run);
    if (!notWhose(key, run) && !keys.includes(key)) keys.push(key);
  }
  return keys;
}

/** Whether the pronoun after a speaker's cue is the speaker: "it" or "we" for a body, "he" or "she" for a person, "they" for a group ("Wealth-X says they are worth": someone else). */
function selfReference(source: Speaker, pronoun: string | undefined): boolean {
  const p = pronoun?.toLowerCase();
  if (!p) return false;
  if (source.entity === 'person') return p === 'he' || p === 'she';
  return p === 'it' || p === 'we' || (p === 'they' && source.mention === 'group');
}

/** Whose a speaker's own figure is: the owner its mention names ("Okafor's campaign" → "okafor"), or the speaker. */
function ownerOf(source: Speaker): string {
  const possessor = source.text.matchAll(POSSESSIVE).next().value?.[1];
  const run = possessor ? trimOpeners(possessor) : '';
  return run && !skipName(run) ? nameKey(run) : nameKey(source.name);
}

const POPULATION_PHRASE = /^\s*(?:percent\s+|%\s*)?(?:support\s+|backing\s+)?(?:among|of|from|with)\s+(?:the\s+|all\s+)?((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\b/u;
const FRONTED_POPULATION = /^\s*Among\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+),/u;

/**
 * The group of voters a share is of, in words a poll's two readings share
 * ("among Republican voters" and "of the Republicans surveyed" → "republican";
 * "among likely voters" → the whole poll, null): the share's source when that
 * is such a group ("Democrats favored …"), or the group its clause names.
 */
function populationOf(ctx: Context, before: string, source: Speaker | null, pair: boolean): string | null {
  const voters = votersGroupSource(source, before, pair);
  if (voters) return populationKey(voters.name);
  const after = ctx.sentence.slice(ctx.end, ctx.end + 60);
  const phrase = POPULATION_PHRASE.exec(after)?.[1] ?? FRONTED_POPULATION.exec(ctx.sentence)?.[1] ?? (/\bamong\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s*,?\s*$/u.exec(before)?.[1]);
  const words = phrase ? untilStopWord(phrase) : '';
  return words && isPopulationPhrase(words) ? populationKey(words) : null;
}

/** "Republican voters in a new poll" → "Republican voters". */
function untilStopWord(phrase: string): string {
  const words = phrase.split(/\s+/);
  const stop = words.findIndex((w) => CONTESTED_STOP_WORDS.has(w.toLowerCase()));
  return (stop < 0 ? words : words.slice(0, stop)).join(' ');
}

function isPopulationPhrase(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/);
  return words.some((w) => POLL_POPULATIONS.has(w) || POLL_POPULATIONS.has(`${w}s`) || (DEMONYMS.has(w.replace(/s$/, '')) && /s$/.test(w)));
}

function populationKey(phrase: string): string | null {
  // "Democrats" and "Democratic voters", "Hispanics" and "Hispanic voters": one group.
  const words = phrase.toLowerCase().split(/\s+/).map((w) => singular(w).replace(/ic$/, '')).filter((w) => !CONTESTED_WHOLE_POLL.test(w) && !CONTESTED_STOP_WORDS.has(w));
  return words.length > 0 ? words.join(' ') : null;
}

/**
 * The share's source when it is a group of voters whose preference the share
 * is ("Democrats favored Okafor, 72 percent to 8 percent"): a preference verb
 * or a score pair, and a group that is not the whole poll ("likely voters").
 * "Republicans say her approval is 40 percent" is a speaker's claim.
 */
function votersGroupSource(source: Speaker | null, before: string, pair: boolean): Speaker | null {
  if (!source || !isPopulation(source) || populationKey(source.name) === null) return null;
  // A share standing for those polled ("74 percent said …") is always a part of the poll.
  return pair || /\d/.test(source.name) || CONTESTED_PREFERENCE_VERB.test(before) ? source : null;
}

/** A group of voters ("Democrats", "Female voters", "Men under 35", "74 percent"), not a pollster or a speaker. */
function isPopulation(source: Speaker): boolean {
  const words = source.name.toLowerCase().split(/\s+/);
  return /\d/.test(source.name) || POLL_POPULATIONS.has(words[words.length - 1]!) || POLL_POPULATIONS.has(words[0]!);
}

/** "Clinton leads Trump by 43 percent to 38 percent": the first figure is Clinton's, the second Trump's. */
function scorePairSide(before: string): string | null {
  const first = SCORE_FIRST.exec(before);
  if (first) return nameKey(first[1]!);
  const second = SCORE_SECOND.exec(before);
  return second ? nameKey(second[2]!) : null;
}

/** A lead is between two: the two names of its sentence, in a fixed order ("cruz+trump"). */
function leadPair(sentence: string, notWhose: (key: string, run: string) => boolean): string | null {
  const keys = new Set<string>();
  for (const m of sentence.matchAll(NAME_RUN)) {
    const run = m[1]!.replace(/\s+(?:and|of)$/, '');
    if (skipName(run)) continue;
    const key = nameKey(run);
    if (!notWhose(key, run)) keys.add(key);
  }
  return keys.size >= 2 ? [...keys].sort().slice(0, 2).join('+') : null;
}

function placeOf(ctx: Context, after: string, notWhose: (key: string, run: string) => boolean): string | null {
  return whoseKey((PLACE_AFTER.exec(after) ?? FRONTED_PLACE.exec(ctx.sentence))?.[1], notWhose);
}

function periodOf(ctx: Context, before: string, after: string, unitClass: string): string | null {
  const counting = unitClass === 'count';
  // A month before an earlier figure of the clause is that figure's ("from March’s 20-point gap to 13 points");
  // one after "from" or "since" dates the change the clause goes on to, not this figure.
  const own = before.slice(before.search(/\d[^\d]*$/) + 1);
  const clause = `${own} ${after.replace(/\b(?:from|since)\s+\p{L}+/giu, '')}`;
  const fronted = /^\s*(?:In|By|As of|Since|During)\s+([A-Z][a-z]+)\b/.exec(ctx.sentence);
  for (const word of clause.toLowerCase().match(/\p{L}+/gu) ?? []) if (MONTHS.has(word) && word.length > 3) return word;
  if (fronted && MONTHS.has(fronted[1]!.toLowerCase())) return fronted[1]!.toLowerCase();
  const quarter = QUARTER.exec(clause);
  if (quarter) return `q${quarter[1] ?? quarter[2]}`.toLowerCase().replace(/^q(?:first|1st)$/, 'q1').replace(/^q(?:second|2nd)$/, 'q2').replace(/^q(?:third|3rd)$/, 'q3').replace(/^q(?:fourth|4th)$/, 'q4');
  const years = clause.match(YEAR);
  if (years) return years.join('-');
  // "In 2013 alone, 158 courses closed": a fronted year dates the clause.
  // ("Since 2013, …" dates a running total, not the year.)
  const frontedYear = /^\s*(?:In|By|As of|During)\s+((?:19|20)\d\d)\b/.exec(ctx.sentence);
  if (frontedYear) return frontedYear[1]!;
  // "raised about $4 million that day", "more than $26 million last month": a window named relative to now
  // (a share's "last week" dates its poll).
  const relative = unitClass !== 'share' ? CONTESTED_RELATIVE_WINDOW.exec(after.split(/\d/, 1)[0]!) : null;
  if (relative) return relative[1]!.toLowerCase();
  // A count's window; a poll's "released Thursday" dates the poll, not a window of its shares.
  if (counting && (TOTAL_WINDOW.test(after) || TOTAL_BEFORE.test(ctx.sentence.slice(Math.max(0, ctx.at - 60), ctx.at)))) return 'total';
  if (counting && DAY_WINDOW.test(after)) return 'day';
  return null;
}

/** The country a name belongs to: "Sudan’s army" → "sudan", "Russian officials" → "russia". */
function countryIn(name: string): string | null {
  for (const word of name.toLowerCase().replace(/’/g, "'").split(/\s+/)) {
    const bare = word.replace(/'s$/, '');
    const country = DEMONYMS.get(bare) ?? (COUNTRIES.has(bare) ? bare : undefined);
    if (country) return country;
  }
  return null;
}
const COUNTRIES: ReadonlySet<string> = new Set(DEMONYMS.values());

/** A country or one of the places the lexicon knows. */
export function isPlace(key: string): boolean {
  return COUNTRIES.has(key) || DEMONYMS.has(key) || PLACE_ALIASES.has(key);
}

/** Whether the figure's clause speaks of someone only by a pronoun ("Bloomberg pegged him at $2.9 billion"). */
export function pronounOnly(doc: ArticleDocument, draft: FoundClaim): boolean {
  return PRONOUN_OBJECT.test(clauseBefore(contextOf(doc, draft)));
}

/** Every part known on both sides agrees, and at least one part says what or whose it is. */
export function sameQuantity(a: Quantity, b: Quantity): boolean {
  if (!partsAgree(a, b) || !agree(a.race, b.race)) return false;
  // "workers" and "workers joined" name one thing; "total subsidiaries" and "tax haven subsidiaries" two.
  if (a.head && b.head && !namesNested(a, b)) return false;
  const sameWhose = a.whose !== null && a.whose === b.whose;
  const sameHead = a.head !== null && b.head !== null;
  const samePlace = (a.place ?? a.whose) !== null && (a.place ?? a.whose) === (b.place ?? b.whose);
  if (a.unitClass === 'share' || a.kind !== 'level') return sameWhose;
  // One names more of the same thing ("workers joined", "workers"), or both name it in more than one word.
  const sameThing = sameHead && (a.head !== b.head || (a.modifiers.length > 0 && b.modifiers.length > 0));
  // A measure in a unit of length, weight or time ("the height could be 35 to 45 feet", "40 to 50 feet high") names its quantity on its own.
  const measured = sameHead && a.head === b.head && isMeasure(a.head!) && !/^(?:count|[A-Z]{3})$/.test(a.unitClass);
  if (sameHead) return sameThing || sameWhose || samePlace || measured || (a.subject !== null && a.subject === b.subject);
  // Whose it is, with nothing said of what: only figures of one passage ("Forbes lists the Kochs with $40 billion each, while Bloomberg … $55 billion").
  return sameWhose && Math.abs(a.block - b.block) <= 1;
}

/**
 * Nothing known on both sides tells the two apart: a phrase that sets them
 * against each other ("in fact", "the true figure") may then make them one
 * quantity. Looser than `sameQuantity`, which must find enough to group alone.
 */
export function couldBeSame(a: Quantity, b: Quantity): boolean {
  if (!partsAgree(a, b)) return false;
  return !a.head || !b.head || namesNested(a, b) || a.anaphoric || b.anaphoric;
}

/** The same unit and kind, and whose, where, when and who agree wherever both say. */
function partsAgree(a: Quantity, b: Quantity): boolean {
  return (
    a.unitClass === b.unitClass && a.kind === b.kind && agree(a.whose, b.whose) && (a.unitClass === 'share' ? a.place === b.place : agree(a.place, b.place)) && (a.unitClass === 'share' ? a.period === b.period : agree(a.period, b.period)) && agree(a.subject, b.subject) &&
    agree(a.matchup, b.matchup) && samePopulation(a, b) && !countsAnother(a, b) && !countsAnother(b, a)
  );
}

/**
 * The same group of voters: the share of all voters and the share of women
 * are two quantities (`contested.md`), and so are two groups' shares.
 */
function samePopulation(a: Quantity, b: Quantity): boolean {
  return a.population === b.population;
}

/**
 * "six states" counts states, "866 delegates" delegates: a figure that names
 * only who it counts is not a count of another noun ("38 people" may still be
 * "38 killed": a measure counts people).
 */
function countsAnother(a: Quantity, b: Quantity): boolean {
  return a.head === null && a.subject !== null && b.head !== null && !isMeasure(b.head);
}

function agree(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

/**
 * "individual billionaires" and "billionaires" name one thing; "total subsidiaries" and "tax haven subsidiaries" two:
 * every word of the shorter (head and modifiers) is a word of the longer. Both have a head.
 */
function namesNested(a: Quantity, b: Quantity): boolean {
  const [small, large] = a.modifiers.length <= b.modifiers.length ? [a, b] : [b, a];
  const inLarge = (w: string): boolean => w === large.head || large.modifiers.includes(w);
  return inLarge(small.head!) && small.modifiers.every(inLarge);
}
