/**
 * Numeric claims: figures the article or its sources assert, with the hedge in
 * front ("nearly 6,000"), what they count ("Ukrainian soldiers killed") and who
 * vouches for them. Dates, times, ordinals, names and models ("World War II",
 * "F-16", "COVID-19"), phone numbers, addresses and section numbers are not
 * claims.
 */
import { readChanges } from './changes';
import { sentenceAt, type ArticleDocument, type BlockInfo, type Sentence } from './document';
import { findFigures, type DigitStyle, type Figure } from './numbers';
import { DEMONYMS, DETERMINERS, GENERIC_ONE_NOUNS, LOOSE_ONE_UNITS, MONTHS, NOT_NAME_WORDS, PHRASE_BREAKERS } from './lexicon';
import type { Change, Span } from './model';

export interface FoundClaim extends Span {
  /** Source offsets, qualifier included. */
  readonly block: number;
  readonly sentence: Sentence;
  /** Block-local span of the figure itself, without the qualifier. */
  readonly figure: Span;
  readonly value: number | null;
  readonly range: { readonly low: number; readonly high: number } | null;
  readonly qualifier: string | null;
  readonly unit: string | null;
  readonly vague: boolean;
  readonly magnitude: number | null;
  readonly counts: string | null;
  readonly change: Change | null;
}

const QUALIFIER = /(?:^|[^\p{L}])(no more than|no fewer than|no less than|not more than|more than|less than|fewer than|greater than|at least|at most|up to|as many as|as much as|as few as|as little as|close to|just over|just under|well over|well under|upwards of|upward of|in excess of|an estimated|nearly|almost|about|around|roughly|approximately|approx\.|some|over|under|only|just|estimated|barely|exactly|precisely|a mere|more|the)\s+$/iu;
const MONTH_BEFORE = new RegExp(String.raw`\b(?:${[...MONTHS.keys()].join('|')})\.?\s+$`, 'i');
const MONTH_DAY_YEAR = new RegExp(String.raw`\b(?:${[...MONTHS.keys()].join('|')})\.?\s+\d{1,2},\s+$`, 'i');
const MONTH_AFTER = new RegExp(String.raw`^\s+(?:of\s+)?(?:${[...MONTHS.keys()].filter((m) => m.length > 3).join('|')})\b`, 'i');
const LABEL_BEFORE = /\b(?:jersey|shirt|wears|wearing|article|section|sections|chapter|title|page|pages|p\.|pp\.|route|highway|interstate|flight|room|proposition|prop\.|resolution|amendment|gate|terminal|platform|unit|district|precinct|building|apartment|apt\.|suite|floor|level|phase|stage|season|episode|volume|vol\.|no\.|nos\.|number|model|version|type|class|grade|category|exit|paragraph|clause|rule|item|step|part|tier|table|figure|fig\.|appendix|channel|zone|sector|ward|box|lane|line|track|act|bill|game|week|day|round|term|code|hr|h\.r\.|s\.)\s*$/i;
const STREET = /^\s+(?:[NSEW]\.?\s+)?(?:\p{Lu}[\p{L}.'-]*\s+){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Ln\.|Drive|Dr\.|Way|Place|Pl\.|Court|Ct\.|Square|Parkway|Pkwy\.|Highway|Terrace|Plaza)(?=\W)/u;
const PHONE = /(?:\+\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}/g;
const YEAR_CONTEXT = /\b(?:in|since|by|until|till|of|from|the|early|late|mid|before|after|during|between|and|to|through|fiscal|year|around|spring|summer|fall|autumn|winter|circa|c\.)\s*$/i;
const RISE_BEFORE_UP_TO = /\b(?:ticked|inched|edged|crept|went|moved|shot|climbed|jumped|rose|ratcheted|revised|bumped|gone|risen)\s+up\s+to\s+$/i;
const CODE_LABEL = /(?:code|\bid|\bref)\s*[:#]\s*$/i;
/** An acronym of three or more capitals names an index or a model even at a sentence's start: "FTSE 100". */
const ACRONYM_BEFORE = /(?:^|[^\p{L}.])\p{Lu}{3,}\s$/u;
const AGE_OR_COUNT_AUX = /^(?:have|has|had|were|was|are|is|been|be|so|far|already|reportedly|now|also|all|still|being)$/;
const COUNT_VERB = /^(?:\p{L}+ed|died|dead|killed|fled|hurt|injured|wounded|missing|arrested|detained|displaced|slain|shot|taken|held|seen|born|left|lost|won|spent|sold|built|made|paid|given|sent|driven|flown|brought|caught|run|stolen|abstained|voted|protested|gathered|marched)$/u;

/** Finds a block's claims; `blockClaims`, or a kept result (`incremental.ts`). */
export type BlockClaims = (info: BlockInfo, style: DigitStyle) => readonly FoundClaim[];

export function findClaims(doc: ArticleDocument, style: DigitStyle = 'en', inBlock: BlockClaims = blockClaims): FoundClaim[] {
  const claims: FoundClaim[] = [];
  for (const info of doc.blocks) for (const claim of inBlock(info, style)) claims.push(claim);
  return claims;
}

/** One block's claims, read from its text alone. */
export function blockClaims(info: BlockInfo, style: DigitStyle): FoundClaim[] {
  const figures = findFigures(info.block.text, style);
  const found: FoundClaim[] = [];
  for (const figure of figures) {
    const sentence = sentenceAt(info, figure.start);
    if (!sentence || !isClaim(info, sentence, figure, found[found.length - 1]?.figure.end ?? -1)) continue;
    found.push(toClaim(info, sentence, figure, found[found.length - 1]));
  }
  if (found.length === 0) return found;
  const changes = readChanges(info.block.text, info.block.start, found);
  return found.map((claim, i) => (changes[i] ? { ...claim, change: changes[i]! } : claim));
}

/** `previousEnd`: where the block's last claim ended, so the second half of a score ("52-48") follows its first. */
function isClaim(info: BlockInfo, sentence: Sentence, figure: Figure, previousEnd: number): boolean {
  if (figure.nonClaim) return false;
  // A spelled number has a value, is vague or is a tally ("four to one"); digits may also be too large to hold.
  if (figure.value === null && !figure.vague && figure.form === 'words' && figure.unit !== 'score') return false;
  const text = info.block.text;
  const before = text.slice(Math.max(sentence.start, figure.start - 40), figure.start);
  const raw = text.slice(figure.start, figure.end);
  const after = text.slice(figure.end, Math.min(text.length, figure.end + 60));
  const bareDigits = /^\d+$/.test(raw);

  // Models and codes: "F-16", "COVID-19", "Su-25", "G7", "[12]", the "15" of "2014-15"; a score ("won 52-48") is two figures.
  if (before.endsWith('-') && (/\p{L}\d*-$|\b\d{4}-$/u.test(before) || /\d-$/.test(before) && previousEnd !== figure.start - 1) || /^-\p{Lu}/u.test(after) || /\[$/.test(before) && /^\]/.test(after)) return false;
  // A number that is the whole of a quotation names something: the ''400'' list.
  if (bareDigits && /(?:''|["“‘])$/.test(before) && /^(?:''|["”’])/.test(after)) return false;
  // Markup and error codes: "Ecode: 17", "ID: 4432".
  if (bareDigits && /[:#]\s*$/.test(before.slice(-4)) && CODE_LABEL.test(before)) return false;
  // Dates: "Feb. 24", "March 2, 2022", "24 February", "2022-03-02".
  if (MONTH_BEFORE.test(before) && figure.value !== null && figure.value <= 31 && figure.form === 'digits') return false;
  if (MONTH_DAY_YEAR.test(before)) return false;
  if (MONTH_AFTER.test(after) && figure.value !== null && figure.value <= 31 && figure.form === 'digits') return false;
  if (isYear(raw, figure, before, after)) return false;
  // Times: "10 a.m.", "at 5 o’clock".
  if (/^\s?(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock|GMT|UTC|ET\b|EST\b|EDT\b|PT\b)/i.test(after)) return false;
  // Section and page numbers, routes, flights; "Title 42".
  if (LABEL_BEFORE.test(before) && figure.form === 'digits' && figure.unit === null) return false;
  // Names and models: "Apollo 11", "Windows 10", "Boeing 737", "FTSE 100"; "the Chicago Seven", "Uranium One".
  if (bareDigits && figure.unit === null && (isAfterProperName(before) || ACRONYM_BEFORE.test(before) || isInsideName(before, after)) && !countsCapitalised(after)) return false;
  if (figure.form === 'words' && /^\p{Lu}/u.test(raw) && figure.unit === null && isAfterProperName(before) && !/\p{Lu}{2,}\s$/u.test(before)) return false;
  if (STREET.test(after) && bareDigits) return false;
  if (isInPhoneNumber(text, figure)) return false;
  // A numbered list written in plain text: "1. ", "2) ".
  if (/(?:^|\n)\s*$/.test(before) && /^[.)]\s/.test(after) && bareDigits) return false;
  // "one" is a claim only when hedged or scaled ("at least one teenager"); "one of the bloodiest" is not.
  // "only one amendment" counts; "just one example", "one day" and "one time" do not.
  if (figure.form === 'words' && figure.value === 1 && (!figure.unit || LOOSE_ONE_UNITS.has(figure.unit))) {
    const q = QUALIFIER.exec(before);
    const noun = /^\s+(\p{Ll}+)/u.exec(after)?.[1];
    const onlyOne = q?.[1]!.toLowerCase() === 'only' && noun !== undefined && !GENERIC_ONE_NOUNS.has(noun) && !figure.unit && !/\bthe\s+only\s+$/i.test(before);
    if (!onlyOne && (!q || /^(?:the|some|over|under|more|more than|just|only|a mere)$/i.test(q[1]!))) return false;
  }
  // Pronoun uses of small spelled numbers: "the two learned", "those three", "one another".
  if (figure.form === 'words' && /^\s+(?:another|or\s+(?:two|three|another)|on\s+one|by\s+one|of\s+(?:us|them|those|these|you))\b/i.test(after)) return false;
  if (figure.form === 'words' && !figure.vague && /\b(?:the|those|these|all)\s+$/i.test(before) && /^(?:\s*[,.;:!?)]|\s+(?:\p{Ll}+ed|are|were|have|had|will|would|met|said|say|agreed|spoke|talked)\b)/u.test(after)) return false;
  // Points in time: "Seventy-four years ago", "three weeks ago".
  if (/^(?:\s+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries))?\s+ago\b/i.test(after)) return false;
  return true;
}

/** "2016", and a span of years: "from 2002 to 2010", "2011-2016", "between 2009 and 2013". */
function isYear(raw: string, figure: Figure, before: string, after: string): boolean {
  if (figure.unit !== null) return false;
  const years = figure.range ? /^(\d{4})(?:\s?[-–]\s?|\s(?:to|and)\s)(\d{4})$/.exec(raw)?.slice(1) : /^\d{4}$/.test(raw) ? [raw] : undefined;
  if (!years || years.some((y) => Number(y) < 1000 || Number(y) > 2100)) return false;
  // "2000 troops" in copy that skips the comma; "2016 election" is a year.
  const next = /^\s+(\p{Ll}+)/u.exec(after);
  const counts = next !== null && /s$/.test(next[1]!) && !/^(?:elections|campaigns|primaries|games|olympics|levels|figures|numbers|rates|results)$/.test(next[1]!);
  // "between 1500 and 2000 troops": a span of years is rarely followed by what it counts.
  if (figure.range && counts) return false;
  return YEAR_CONTEXT.test(before) || !counts;
}

function isAfterProperName(before: string): boolean {
  // "iPhone 15", "eBay 2": a brand written in camel case.
  if (/(?:^|[^\p{L}])\p{Ll}\p{Lu}\p{L}*\s$/u.test(before)) return true;
  const m = /(?:^|[^\p{L}.’'-])(\p{Lu}[\p{L}’'-]*)\s$/u.exec(before);
  if (!m) return false;
  const word = m[1]!.toLowerCase();
  // "America's 535 billionaires": the owner of the count, not a name with a number.
  if (/['’]s$/.test(word)) return false;
  if (NOT_NAME_WORDS.has(word) || MONTHS.has(word) || DEMONYMS.has(word)) return false;
  // The first word of a sentence is capitalised anyway.
  const prefix = before.slice(0, before.length - m[1]!.length - 1).trimEnd();
  return prefix.length > 0 && !/[.!?:“"]$/.test(prefix);
}

/** "Texas 40 Democrats", "Ohio 12 Americans": what is counted may be capitalised too. */
function countsCapitalised(after: string): boolean {
  const next = /^\s(\p{Lu}\p{Ll}+)/u.exec(after)?.[1]?.toLowerCase();
  return next !== undefined && (DEMONYMS.has(next.replace(/s$/, '')) || /^(?:democrats|republicans|independents|americans|europeans)$/.test(next));
}

/** "Boeing 737 Max", "Windows 11 Pro": between two capitalised words, even at a sentence's start. */
function isInsideName(before: string, after: string): boolean {
  const word = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)\s$/u.exec(before)?.[1]?.toLowerCase();
  const next = /^\s\p{Lu}\p{Ll}/u.test(after);
  return word !== undefined && next && !NOT_NAME_WORDS.has(word) && !MONTHS.has(word) && !DEMONYMS.has(word);
}

function isInPhoneNumber(text: string, figure: Figure): boolean {
  const from = Math.max(0, figure.start - 16);
  const window = text.slice(from, figure.end + 16);
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(window); m; m = PHONE.exec(window)) {
    const start = from + m.index;
    if (figure.start < start + m[0].length && figure.end > start) return true;
  }
  return false;
}

function toClaim(info: BlockInfo, sentence: Sentence, figure: Figure, previous: FoundClaim | undefined): FoundClaim {
  const text = info.block.text;
  // The hedge sits right before the figure; an end-anchored regex over a short tail stays cheap.
  const before = text.slice(Math.max(sentence.start, figure.start - 32), figure.start);
  const q = QUALIFIER.exec(before);
  let qualifier: string | null = null;
  let start = figure.start;
  // "ticked up to 3.9%" is a change, not "at most".
  const changedUpTo = q?.[1]!.toLowerCase() === 'up to' && RISE_BEFORE_UP_TO.test(before);
  if (q && !/^(?:the|more)$/i.test(q[1]!) && !changedUpTo) {
    qualifier = q[1]!.toLowerCase().replace(/^an estimated$/, 'estimated');
    start = figure.start - (before.length - before.lastIndexOf(q[1]!));
  }
  const counts = countedThing(info, sentence, figure, start, previous);
  return {
    block: info.index,
    sentence,
    start: info.block.start + start,
    end: info.block.start + figure.end,
    figure: { start: figure.start, end: figure.end },
    value: figure.value,
    range: figure.range,
    qualifier,
    unit: figure.unit,
    vague: figure.vague,
    magnitude: figure.magnitude,
    counts,
    change: null,
  };
}

/** Index of the first token starting at or after `offset` (tokens.length if none): a binary search, as a sentence may hold many figures. */
function firstTokenFrom(tokens: ReadonlyArray<{ readonly start: number }>, offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * What a figure counts, read from the words after it ("2,870 Ukrainian soldiers
 * have been killed" → "Ukrainian soldiers killed"), or from the noun it
 * measures ("putting the number killed at 498" → "killed").
 */
function countedThing(info: BlockInfo, sentence: Sentence, figure: Figure, claimStart: number, previous: FoundClaim | undefined): string | null {
  const tokens = sentence.tokens();
  let i = firstTokenFrom(tokens, figure.end);
  const words: string[] = [];
  if (tokens[i]?.lower === 'of' && (figure.vague || figure.unit === 'percent' || figure.unit === 'fraction' || figure.value !== null)) i++;
  if (tokens[i] && DETERMINERS.has(tokens[i]!.lower) && tokens[i]!.lower !== 'one' && (figure.vague || figure.unit === 'fraction' || figure.unit === 'percent')) i++;
  // "two deputy chiefs and three other counselors": "other" starts a new set, it does not carry the last one over.
  if (tokens[i] && /^(?:other|additional|further)$/.test(tokens[i]!.lower)) words.push(tokens[i++]!.text);
  while (i < tokens.length && words.length < 4) {
    const t = tokens[i]!;
    if (!t.isWord) break;
    if (PHRASE_BREAKERS.has(t.lower) || DETERMINERS.has(t.lower)) break;
    if (t.capitalized && !DEMONYMS.has(t.lower.replace(/'s$/, '').replace(/s$/, '')) && !/^(?:\p{Lu}\.)+$/u.test(t.text)) break;
    if (COUNT_VERB.test(t.lower) && words.length > 0) break;
    if (/ing$/.test(t.lower) && words.length > 0) break;
    words.push(t.text);
    i++;
  }
  // "… have been killed", "… died": the verb says what happened to what is counted.
  let k = i;
  while (k < tokens.length && AGE_OR_COUNT_AUX.test(tokens[k]!.lower)) k++;
  const verb = tokens[k];
  if (verb && verb.isWord && COUNT_VERB.test(verb.lower) && !verb.capitalized) words.push(verb.text);
  if (words.length > 0 && (words.length > 1 || !COUNT_VERB.test(words[0]!.toLowerCase()) || !previous)) return words.join(' ');
  // "227 civilians were killed and 525 injured": the noun carries over; "13 percent African American and 10 percent Latino" names its own.
  const namesItsOwn = words.length === 0 && tokens[i]?.isWord === true && tokens[i]!.capitalized && firstTokenFrom(tokens, figure.end) === i;
  if (previous && !namesItsOwn && previous.sentence === sentence && previous.counts && /^[^.;:]{0,60}(?:\band|,)\s*$/i.test(info.block.text.slice(previous.figure.end, figure.start))) {
    const noun = previous.counts.split(' ').filter((w) => !COUNT_VERB.test(w.toLowerCase()));
    return [...noun, ...words].join(' ') || null;
  }
  if (words.length > 0) return words.join(' ');
  // "the number killed at 498", "bringing the total detained … to 6,400", "the death toll rose to 30".
  // The measured noun sits within a few words of the figure; a bounded lead keeps a long sentence linear.
  const lead = info.block.text.slice(Math.max(sentence.start, claimStart - 160), claimStart);
  const measured = /\b(?:the\s+)?((?:death\s+)?(?:number|toll|total|tally|count|figure))(?:\s+of)?(?:\s+(\p{L}+))?[^.;]{0,60}?\b(?:at|to|is|was|of|reached|hit|stood at|rose to|climbed to|in)\s+(?:the\s+)?(?:\p{L}+\s+)?$/iu.exec(lead);
  if (measured) return measured[2] && COUNT_VERB.test(measured[2].toLowerCase()) ? measured[2] : measured[1]!;
  return null;
}
