/**
 * Reads figures as written in news copy and gives their values: "2,870",
 * "$4.2 billion", "$33million", "EUR 5m", "12%", "18pc", "-3.2 percent",
 * ".75", "1.2e6", "Thirty-five", "a dozen", "half a million", "two-thirds",
 * "nearly two decades" (20 years), "twice", "sixfold", "one in five",
 * "10 to 15", "18- to 24-year-olds", "40-mile", "300bhp", and vague amounts
 * ("thousands", "hundreds of"). Whether a figure is a claim (and not a date,
 * ordinal or model name) is decided by claims.ts.
 *
 * Values are always finite: a number too large for a double (beyond about
 * 1.8e308, e.g. 309 digits) keeps its span but gets no value (null).
 */
import {
  AFTER_FRACTION, CHANGE_DOWN, CHANGE_NEUTRAL, CHANGE_UP, CURRENCY_SIGNS, CURRENCY_WORDS, FOREIGN_PERCENT, FOREIGN_SCALES, FRACTION_WORDS, GLUED_SCALES, GLUED_UNITS, HYPHEN_UNIT_WORDS,
  MEASURE_UNITS, MULTIPLIER_WORDS, NUMBER_SCALES, NUMBER_TENS, NUMBER_UNITS, ORDINAL_FRACTIONS, VAGUE_AMOUNTS, YEAR_MULTIPLES,
} from './lexicon';
import type { NumberFormat } from './model';

export interface Figure {
  /** Block-local span of the figure, currency sign and scale word included. */
  readonly start: number;
  readonly end: number;
  readonly value: number | null;
  readonly range: { readonly low: number; readonly high: number } | null;
  readonly unit: string | null;
  readonly vague: boolean;
  /** Order of magnitude of a vague amount ("thousands" → 1000). */
  readonly magnitude: number | null;
  readonly form: 'digits' | 'words';
  /** Reasons this is no claim, found while reading it. */
  readonly nonClaim: 'ordinal' | 'decade' | 'code' | 'time' | 'date' | null;
  /** The scale word applied ("4.2 billion" → 1e9), 1 when none: a bare range end takes the other end's ("1-2 million"). */
  readonly scale: number;
}

/** How digits are grouped and where the decimals start. */
export type DigitStyle = Exclude<NumberFormat, 'auto'>;

const NUMBER_WORD = `(?:${[...Object.keys(NUMBER_UNITS), ...Object.keys(NUMBER_TENS)].join('|')})`;
const MULTIPLIER = `(?:${Object.keys(MULTIPLIER_WORDS).join('|')}|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)fold)`;
const CURRENCY_SIGN = String.raw`(?:US|A|C|NZ|HK|S|R)?[$€£¥₹₽₴]`;
const CURRENCY_CODE = String.raw`(?:USD|EUR|GBP|JPY|CHF|CAD|AUD|INR|CNY|RMB|Rs\.?)`;
/** Where a figure may start: a currency sign or code, a digit, or a number word. */
const ANCHOR_SEARCH = new RegExp(
  String.raw`${CURRENCY_SIGN}(?=\s?[\d.]\d?)|\b${CURRENCY_CODE}\s?(?=\d)|\d|\b(?:${NUMBER_WORD}|${MULTIPLIER}|an?\s+(?:dozen|half-dozen|hundred|thousand|million|billion|trillion|half|third|quarter|decade|century)|half-dozen|dozens|scores|hundreds|thousands|millions|billions|trillions|tens\s+of\s+(?:thousands|millions)|half)\b`,
  'gi',
);
const CURRENCY_PREFIX = new RegExp(String.raw`^(?:${CURRENCY_SIGN}|${CURRENCY_CODE}(?=\s?\d))`, 'i');
const DIGITS: Record<DigitStyle, RegExp> = {
  en: /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+/y,
  de: /\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?|,\d+/y,
  fr: /\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?|\d+(?:,\d+)?|,\d+/y,
};
/** What may follow the digits of a figure and change its reading; anything else ends it. */
const TAIL = /[\p{L}:\-/.%–(^€°]|\s+(?:hundred|thousand|lakhs?|crores?|million|billion|trillion|percent|per|percentage|points?|dollars?|euros?|pounds|yen|rubles|roubles|hryvnias|rupees|yuan|to|and|in|out|of|mio\.?|mrd\.?|millions?|milliards?|millionen|milliarden|md\.?|prozent|pour)\b|\s?[-–x×€°]/iuy;

export function findFigures(text: string, style: DigitStyle = 'en'): Figure[] {
  const figures: Figure[] = [];
  ANCHOR_SEARCH.lastIndex = 0;
  for (let m = ANCHOR_SEARCH.exec(text); m; m = ANCHOR_SEARCH.exec(text)) {
    if (m.index > 0 && /[\p{L}\p{N}]/u.test(text[m.index - 1]!) && !/^[$€£¥₹₽₴]/.test(m[0])) {
      // Inside a word or a longer number ("G7", "COVID-19" is handled by claims.ts).
      if (/\d/.test(m[0]) && /\p{L}/u.test(text[m.index - 1]!)) {
        const end = skipDigits(text, m.index);
        figures.push(codeFigure(m.index, end));
        ANCHOR_SEARCH.lastIndex = end;
      }
      continue;
    }
    const figure = readFigure(text, signedStart(text, m.index), style);
    if (!figure) continue;
    figures.push(figure);
    ANCHOR_SEARCH.lastIndex = Math.max(figure.end, m.index + 1);
  }
  return figures;
}

/** Where a figure begins once its sign or leading point is counted: "-3.2", "−4", "minus 4", ".75". */
function signedStart(text: string, at: number): number {
  if (!/\d/.test(text[at] ?? '')) return at;
  const standsAlone = (i: number) => i <= 0 || /[\s([]/.test(text[i - 1]!);
  if ((text[at - 1] === '-' || text[at - 1] === '−' || text[at - 1] === '.') && standsAlone(at - 1)) return at - 1;
  // "plus or minus 3.4 points" is a margin, not a negative number.
  const minus = /(?<!plus or |\+\/)\bminus\s+$/i.exec(text.slice(Math.max(0, at - 20), at));
  return minus ? at - minus[0].length : at;
}

function skipDigits(text: string, i: number): number {
  while (i < text.length && /[\p{L}\p{N}.-]/u.test(text[i]!)) i++;
  return text[i - 1] === '.' ? i - 1 : i;
}

function digitFigure(start: number, end: number, value: number, unit: string | null, scale: number, nonClaim: Figure['nonClaim'] = null): Figure {
  return { start, end, value, range: null, unit, vague: false, magnitude: null, form: 'digits', nonClaim, scale };
}

/** "30,000", "4.500" (de), "4 500" (fr): written in groups of thousands. */
function isGrouped(written: string, raw: string): boolean {
  return /\d[ ,.\u00a0\u202f]\d{3}/.test(written) && raw.length > 3 && !raw.includes('.');
}

function codeFigure(start: number, end: number): Figure {
  return { start, end, value: null, range: null, unit: null, vague: false, magnitude: null, form: 'digits', nonClaim: 'code', scale: 1 };
}

/**
 * Reads one figure starting at `start`, or undefined when the words there are
 * no number. `single` reads one number only, no range or ratio: the other end
 * of a range is read so, which keeps "1-2-3-…" linear instead of recursing.
 */
export function readFigure(text: string, start: number, style: DigitStyle = 'en', single = false): Figure | undefined {
  let i = start;
  const minus = /^(?:[-−]|minus\s+)(?=[\d.$€£])/i.exec(text.slice(i, i + 10));
  if (minus) i += minus[0].length;
  let unit: string | null = null;
  const currency = CURRENCY_PREFIX.exec(text.slice(i, i + 5));
  if (currency) {
    unit = CURRENCY_SIGNS[currency[0]] ?? CURRENCY_SIGNS[currency[0].toLowerCase()] ?? 'USD';
    i += currency[0].length;
    if (text[i] === ' ') i++;
  }
  let figure: Figure | undefined;
  if (/\d/.test(text[i] ?? '') || /[.,]/.test(text[i] ?? '') && /\d/.test(text[i + 1] ?? '')) figure = readDigitFigure(text, start, i, unit, style, single);
  else if (!currency && !minus) figure = readWordFigure(text, start, style, single);
  if (!figure) return undefined;
  return finite(minus ? negated(figure) : figure);
}

function negated(figure: Figure): Figure {
  if (figure.value === null) return figure;
  return { ...figure, value: -figure.value, range: figure.range && { low: -figure.range.high, high: -figure.range.low } };
}

/** A value beyond what a double holds is dropped rather than reported as Infinity. */
function finite(figure: Figure): Figure {
  if (figure.value === null || Number.isFinite(figure.value) && (!figure.range || Number.isFinite(figure.range.high))) return figure;
  return { ...figure, value: null, range: null };
}

/** "330m people": a glued "m" without a currency is millions when a plural noun follows (else metres, "a 100m sprint"). */
function countsAfter(text: string, at: number): boolean {
  const next = /^\s(\p{Ll}+)/u.exec(text.slice(at, at + 24))?.[1];
  return next !== undefined && (/[^s]s$/.test(next) || /^(?:people|children|men|women)$/.test(next));
}

/** "1,234.5" (en), "1.234,5" (de) or "1 234,5" (fr) as a number JavaScript reads. */
function plainDigits(digits: string, style: DigitStyle): string {
  if (style === 'en') return digits.replace(/,/g, '');
  return digits.replace(/[ .\u00a0\u202f]/g, '').replace(',', '.');
}

function readDigitFigure(text: string, start: number, i: number, currency: string | null, style: DigitStyle, single: boolean): Figure | undefined {
  const pattern = DIGITS[style];
  pattern.lastIndex = i;
  const digits = pattern.exec(text);
  if (!digits) return undefined;
  let end = i + digits[0].length;
  const raw = plainDigits(digits[0], style);
  let value = Number(raw);
  let unit = currency;
  let scale = 1;
  // Most figures end at a space and an ordinary word ("2,870 Ukrainian soldiers"):
  // one sticky test says whether anything else (unit, scale, range, date) can follow.
  TAIL.lastIndex = end;
  if (!TAIL.test(text)) return withMeasureUnit(text, digitFigure(start, end, value, unit, scale));
  const after = text.slice(end, end + 40);

  // Glued letters: ordinals (21st), decades (1990s), codes (3D), times (10am), scales ($4bn), units (5km).
  const glued = /^[\p{L}]+/u.exec(after);
  if (glued) {
    const word = glued[0].toLowerCase();
    const exponent = /^e([+-]?\d{1,3})(?![\p{L}\d])/iu.exec(after);
    if (/^(?:st|nd|rd|th)$/.test(word)) return digitFigure(start, end + word.length, value, null, 1, 'ordinal');
    if (word === 's' && /^\d{2,4}$/.test(raw)) return digitFigure(start, end + 1, value, null, 1, 'decade');
    if (/^(?:am|pm|a\.m|p\.m)$/.test(word) || /^(?:a|p)$/.test(word) && after[1] === '.') return digitFigure(start, end + word.length, value, null, 1, 'time');
    if (exponent) {
      value = Number(`${raw}e${exponent[1]}`);
      end += exponent[0].length;
    } else if (GLUED_SCALES[word] !== undefined && (currency || word !== 'm' || countsAfter(text, end + 1))) {
      scale = GLUED_SCALES[word]!;
      value = scaled(raw, scale);
      end += word.length;
    } else if ((word === 'c' || word === 'f') && glued[0] === word.toUpperCase()) {
      // "40C (104F)": a temperature.
      unit = word === 'c' ? '°C' : '°F';
      end += 1;
    } else if (word === 'pc') {
      unit = 'percent';
      end += word.length;
    } else if (GLUED_UNITS.has(word)) {
      unit = MEASURE_UNITS[word] ?? word;
      end += word.length;
    } else if (isGrouped(digits[0], raw)) {
      // A number grouped in thousands is never a code: the space is missing ("30,000e-mails").
      return digitFigure(start, end, value, unit, scale);
    } else {
      return codeFigure(start, end + word.length);
    }
  }
  // "401(k)", "501(c)(3)": a name of a plan or a rule.
  if (/^\(\p{L}\)/u.test(after)) return codeFigure(start, end + 3);
  if (/^:\d\d/.test(after)) return digitFigure(start, end + 3, value, null, 1, 'time');
  if (/^-\d{1,2}-\d{1,2}\b/.test(after) && /^\d{4}$/.test(raw)) return digitFigure(start, end + /^-\d{1,2}-\d{1,2}/.exec(after)![0].length, value, null, 1, 'date');
  if (/^\/\d/.test(after)) return digitFigure(start, end + /^(?:\/\d+)+/.exec(after)![0].length, value, null, 1, 'date');
  if (/^\.\d/.test(after)) return codeFigure(start, skipDigits(text, end));
  // "3 x 10^5", "10^6".
  const power = /^\s?[x×]\s?10\^(-?\d{1,3})/.exec(after) ?? (raw === '10' ? /^\^(-?\d{1,3})/.exec(after) : null);
  if (power) {
    value = raw === '10' && power[0].startsWith('^') ? Number(`1e${power[1]}`) : Number(`${raw}e${power[1]}`);
    end += power[0].length;
  }

  let rest = text.slice(end, end + 40);
  for (let word = scaleWordAt(rest, style); word && !glued; word = scaleWordAt(rest, style)) {
    // "3 hundred thousand": scale words multiply.
    scale *= word.scale;
    value = scaled(raw, scale);
    end += word.length;
    rest = text.slice(end, end + 40);
  }
  const degrees = /^\s?°\s?([CF])?/.exec(rest);
  if (degrees && unit === null) {
    unit = degrees[1] ? `°${degrees[1]}` : 'degree';
    end += degrees[0].length;
    rest = text.slice(end, end + 40);
  }
  const percent = /^\s?(?:%|percent\b|per\s?cent\b)/i.exec(rest) ?? (style === 'en' ? null : FOREIGN_PERCENT.exec(rest));
  const points = /^\s(?:percentage\s+points?\b|points?\b)/i.exec(rest);
  if (percent) {
    unit = 'percent';
    end += percent[0].length;
  } else if (points) {
    unit = /percentage/i.test(points[0]) ? 'percentage points' : 'points';
    end += points[0].length;
  } else {
    const money = /^\s(dollars?|euros?|pounds|yen|rubles|roubles|hryvnias|rupees|yuan)\b/i.exec(rest) ?? (style === 'en' ? null : /^\s?€/.exec(rest));
    if (money && !unit) {
      unit = money[1] ? CURRENCY_WORDS[money[1].toLowerCase()] ?? null : 'EUR';
      end += money[0].length;
    }
  }
  // Hyphenated units: "40-mile", "49-year-old", "12-day", "10-fold".
  const hyphenUnit = /^-(\p{L}+)(-old)?\b/u.exec(text.slice(end, end + 30));
  if (hyphenUnit && !percent) {
    const word = hyphenUnit[1]!.toLowerCase();
    if (!/^(?:million|billion|trillion|to|in|out)$/.test(word)) {
      unit ??= hyphenUnitName(word);
      end += hyphenUnit[0].length;
    }
  }
  const figure = withMeasureUnit(text, digitFigure(start, end, value, unit, scale));
  return single ? figure : withRange(text, figure, style) ?? withRatio(text, figure, style) ?? figure;
}

function scaleWordAt(rest: string, style: DigitStyle): { scale: number; length: number } | undefined {
  const m = /^(?:\s|-(?=[mbt]))(hundred|thousand|lakhs?|crores?|million|billion|trillion)\b/i.exec(rest);
  if (m) return { scale: NUMBER_SCALES[m[1]!.toLowerCase()]!, length: m[0].length };
  if (style === 'en') return undefined;
  const foreign = /^\s(\p{L}+\.?)/u.exec(rest);
  const word = foreign?.[1]!.toLowerCase();
  const scale = word !== undefined ? FOREIGN_SCALES[word] ?? FOREIGN_SCALES[word.replace(/\.$/, '')] : undefined;
  if (scale === undefined) return undefined;
  // "Mio." keeps its period; a sentence's final period after "millions" does not belong to it.
  const length = FOREIGN_SCALES[word!] !== undefined ? foreign![0].length : foreign![0].length - 1;
  return { scale, length };
}

function hyphenUnitName(word: string): string {
  if (word === 'fold') return 'times';
  if (word === 'point' || word === 'points') return 'points';
  return word.replace(/s$/, '');
}

/**
 * The unit of measure named after a figure: "20 miles", "1500 hp", "eight
 * hours". The span stays the number's, except for decades and centuries,
 * which change the value ("three decades" → 30 years), and "times".
 */
function withMeasureUnit(text: string, figure: Figure): Figure {
  if (figure.unit !== null || figure.value === null || text.charCodeAt(figure.end) !== 32) return figure;
  // Units are plain ASCII words: a scan is cheaper than a Unicode regex on this hot path.
  let i = figure.end + 1;
  while (i < text.length && i - figure.end < 14 && isAsciiLetter(text.charCodeAt(i))) i++;
  if (i === figure.end + 1 || i - figure.end >= 14 || /[\p{L}\p{N}]/u.test(text[i] ?? '')) return figure;
  const word = text.slice(figure.end + 1, i).toLowerCase();
  if (word === 'times') return { ...figure, unit: 'times', end: i };
  const unit = MEASURE_UNITS[word];
  if (!unit) return figure;
  const years = YEAR_MULTIPLES[word];
  if (years) return { ...figure, unit, value: figure.value * years, end: i };
  return { ...figure, unit };
}

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

const RANGE_LINK = new RegExp(
  String.raw`^(?:-\s+to\s+|-to-|\s?[-–]\s?|\s(?:to|and)\s)(?:(more than|less than|over|under|nearly|almost|about|around|roughly)\s+)?(?=(?:US)?[$€£]?\d|${NUMBER_WORD}\b)`,
  'i',
);

/**
 * "10 to 15", "10-15 days", "between $8 billion and $12 billion", "1-2
 * million", "four to five thousand", "18- to 24-year-olds", "$500,000 to
 * more than $1 million". A high end below the low one is a score ("leads 44
 * percent to 41 percent", "won 52-48"), two shares written out with a hyphen
 * are a split ("42%-49%"), and "fell from 7.2 percent to 6.8 percent" is a
 * change: each is two figures.
 */
function withRange(text: string, low: Figure, style: DigitStyle): Figure | undefined {
  if (low.value === null) return undefined;
  const link = RANGE_LINK.exec(text.slice(low.end, low.end + 24));
  if (!link) return undefined;
  const before = text.slice(Math.max(0, low.start - 40), low.start);
  if (/\sand\s/i.test(link[0]) && !/\bbetween\s+$/i.test(before)) return undefined;
  const high = readFigure(text, low.end + link[0].length, style, true);
  if (!high || high.value === null || high.nonClaim || high.range) return undefined;
  const lowValue = low.scale === 1 && high.scale > 1 && low.value * high.scale <= high.value ? low.value * high.scale : low.value;
  if (high.value <= lowValue) return tally(text, low, high, link[0] === '-to-' || TALLY_BEFORE.test(before));
  if (low.unit !== null && high.unit !== null && low.unit !== high.unit) return undefined;
  // A hedge inside a range ("$500,000 to more than $1 million") comes with both ends' unit; "Feb. 24 to more than 6,400" is no range.
  if (link[1] && (low.unit === null || high.unit === null)) return undefined;
  if (low.unit === 'percent' && high.unit === null) return undefined;
  if (low.unit === 'percent' && /^[-–]/.test(link[0]) && text[low.end - 1] === '%' && text[high.end - 1] === '%') return undefined;
  if (isChangeBefore(before)) return undefined;
  return { ...low, end: high.end, value: lowValue, range: { low: lowValue, high: high.value }, unit: low.unit ?? high.unit };
}

/** Words before a vote's count: "voted 19-15", "by a vote of 7-2". */
const TALLY_BEFORE = /\b(?:voted|vote\s+of|votes\s+of|split|ruled|margin\s+of|passed|approved|rejected|confirmed)\s+$/i;
/** Words after a vote's count: "a 5-4 decision", "split 4 to 1 in favor". */
const TALLY_AFTER = /^\s+(?:decision|ruling|vote|verdict|majority|split|margin|tie|in\s+favou?r|against)\b/i;

/**
 * A vote's tally is one figure ("a 5-4 decision", "a 4-4 tie", "split 4 to 1
 * in favor", "voted 19-15", "a 2-to-1 margin", "outspent them 5-1"), with no single value (null): the text says it. Shares ("won
 * 52-48", "44 percent to 41 percent") stay two figures.
 */
function tally(text: string, low: Figure, high: Figure, counted: boolean): Figure | undefined {
  if (low.unit !== null || high.unit !== null || !Number.isInteger(low.value) || !Number.isInteger(high.value)) return undefined;
  // "outnumber them 3-1": a count against one is a ratio, read as a tally.
  if (high.value !== low.value && high.value !== 1 && !counted && !TALLY_AFTER.test(text.slice(high.end, high.end + 16))) return undefined;
  return { ...low, end: high.end, value: null, unit: 'score' };
}

/** A verb of change right before "from": "fell from", "rose sharply from", "up from", "went from". */
function isChangeBefore(before: string): boolean {
  const verb = /(?:^|[^\p{L}])(\p{L}+)(?:\s+\p{L}+ly)?\s+from\s+(?:\p{L}+\s+)?$/u.exec(before)?.[1]?.toLowerCase();
  return verb !== undefined && (CHANGE_UP.has(verb) || CHANGE_DOWN.has(verb) || CHANGE_NEUTRAL.has(verb));
}

/** "one in five", "eight out of 10", "seven of the past eight": a share, value part / whole. */
function withRatio(text: string, part: Figure, style: DigitStyle): Figure | undefined {
  if (part.value === null || part.unit !== null) return undefined;
  const link = /^(?:\s(?:in|out\s+of|of\s+the\s+(?:past|last|first|previous|next))\s|-in-|-out-of-)(?=\d|\p{L})/iu.exec(text.slice(part.end, part.end + 30));
  if (!link) return undefined;
  const whole = readFigure(text, part.end + link[0].length, style, true);
  if (!whole || whole.value === null || whole.nonClaim || whole.range || whole.unit !== null && whole.unit !== 'times') return undefined;
  // "Uranium One in three transactions": a capitalised number after a name is part of the name.
  if (/^\p{Lu}/u.test(text[part.start]!) && /\p{Lu}[\p{L}'’-]*\s$/u.test(text.slice(Math.max(0, part.start - 30), part.start))) return undefined;
  if (!Number.isInteger(whole.value) || whole.value <= part.value || whole.value > 1e6 || /^\d{4}$/.test(text.slice(whole.start, whole.end))) return undefined;
  return { ...part, end: whole.end, value: part.value / whole.value, unit: 'ratio' };
}

/** Digits times a scale, without floating-point noise: "4.2" × 1e9 → 4200000000. */
function scaled(raw: string, scale: number): number {
  return Number(`${raw}e${Math.round(Math.log10(scale))}`);
}

const WORD = /[\p{L}]+(?:-[\p{L}]+)*/uy;
/** Words that can continue a spelled number: "two hundred and fifty", "half a million", "tens of thousands". */
const NUMBER_PART = new Set([...Object.keys(NUMBER_UNITS), ...Object.keys(NUMBER_TENS), ...Object.keys(NUMBER_SCALES), ...Object.keys(VAGUE_AMOUNTS), ...Object.keys(FRACTION_WORDS), 'and', 'a', 'an', 'of', 'dozen', 'half']);

function isNumberWord(word: string): boolean {
  return NUMBER_UNITS[word] !== undefined || NUMBER_TENS[word] !== undefined || FRACTION_WORDS[word] !== undefined || NUMBER_SCALES[word] !== undefined || YEAR_MULTIPLES[word] !== undefined || word === 'dozen' || word === 'half';
}

function readWords(text: string, start: number): Array<{ word: string; end: number }> {
  const words: Array<{ word: string; end: number }> = [];
  let i = start;
  // Read up to eight number words, allowing "and" and hyphens between them; the
  // first word that cannot be part of a number ends the reading.
  while (words.length < 8) {
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (!m) break;
    let written = m[0];
    // "eight-year", "four-point": the number is the first part, the rest its unit.
    const parts = written.toLowerCase().split('-');
    if (parts.length > 1 && isNumberWord(parts[0]!) && !parts.slice(1).every(isNumberWord)) written = written.slice(0, parts[0]!.length);
    const word = written.toLowerCase();
    words.push({ word, end: i + written.length });
    if (written.length < m[0].length) break;
    if (words.length > 1 && !NUMBER_PART.has(word) && !word.includes('-')) break;
    i += written.length;
    const gap = /^(?:\s+|\s*-\s*)/.exec(text.slice(i, i + 4));
    if (!gap) break;
    i += gap[0].length;
  }
  return words;
}

function readWordFigure(text: string, start: number, style: DigitStyle, single: boolean): Figure | undefined {
  const words = readWords(text, start);
  if (words.length === 0) return undefined;
  const figure = withCurrencyWord(text, readWordValue(text, start, words));
  if (!figure || figure.value === null || figure.unit !== null || single) return figure;
  return withRange(text, figure, style) ?? withRatio(text, figure, style) ?? figure;
}

/** "a billion dollars", "four million euros". */
function withCurrencyWord(text: string, figure: Figure | undefined): Figure | undefined {
  if (!figure || figure.value === null || figure.unit !== null) return figure;
  const money = /^\s(dollars?|euros?|pounds|yen|rubles|roubles|hryvnias|rupees|yuan)\b/i.exec(text.slice(figure.end, figure.end + 12));
  return money ? { ...figure, unit: CURRENCY_WORDS[money[1]!.toLowerCase()]!, end: figure.end + money[0].length } : figure;
}

function readWordValue(text: string, start: number, words: ReadonlyArray<{ word: string; end: number }>): Figure | undefined {
  const first = words[0]!.word;
  const vague = (end: number, magnitude: number): Figure => ({ ...wordFigure(start, end, null, null), vague: true, magnitude });
  const exact = (end: number, value: number, unit: string | null = null): Figure => wordFigure(start, end, value, unit);

  // Vague amounts: "thousands", "tens of thousands", "hundreds of thousands".
  if (first === 'tens' && words[1]?.word === 'of' && words[2] && VAGUE_AMOUNTS[words[2].word]) return vague(words[2].end, VAGUE_AMOUNTS[words[2].word]! * 10);
  if (VAGUE_AMOUNTS[first] !== undefined) {
    const next = words[1]?.word === 'of' ? words[2] : undefined;
    if (next && VAGUE_AMOUNTS[next.word] && VAGUE_AMOUNTS[next.word]! > VAGUE_AMOUNTS[first]!) return vague(next.end, VAGUE_AMOUNTS[first]! * VAGUE_AMOUNTS[next.word]!);
    return vague(words[0]!.end, VAGUE_AMOUNTS[first]!);
  }
  // "twice", "tripled", "sixfold": how many times.
  const multiplier = MULTIPLIER_WORDS[first] ?? foldOf(first);
  if (multiplier !== undefined) return words[1]?.word === 'down' ? undefined : exact(words[0]!.end, multiplier, 'times');
  if (first === 'half-dozen') return exact(words[0]!.end, 6);
  // "half a million", "half a dozen", "half of"; "the first half of 2015" is a period.
  if (first === 'half') {
    // "half-full", "half-sister": a prefix, not a number.
    if (text[words[0]!.end] === '-') return undefined;
    if (/\b(?:first|second|last|latter|former|back|front|top|bottom|other)\s+$/i.test(text.slice(Math.max(0, start - 12), start))) return undefined;
    const of = words[1]?.word === 'a' || words[1]?.word === 'an' ? words[2] : undefined;
    if (of && NUMBER_SCALES[of.word]) return exact(of.end, NUMBER_SCALES[of.word]! / 2);
    if (of?.word === 'dozen') return exact(of.end, 6);
    if (of && YEAR_MULTIPLES[of.word] && !of.word.endsWith('s')) return exact(of.end, YEAR_MULTIPLES[of.word]! / 2, 'year');
    return exact(words[0]!.end, 0.5, 'fraction');
  }
  const hyphenFraction = /^([a-z]+)-([a-z]+)$/.exec(first);
  if (hyphenFraction && NUMBER_UNITS[hyphenFraction[1]!] && FRACTION_WORDS[hyphenFraction[2]!]) {
    return exact(words[0]!.end, NUMBER_UNITS[hyphenFraction[1]!]! / FRACTION_WORDS[hyphenFraction[2]!]!, 'fraction');
  }
  if ((first === 'a' || first === 'an') && words[1]) return readArticleFigure(text, words, exact);
  if (words[1] && FRACTION_WORDS[words[1].word] && NUMBER_UNITS[first] && /s$/.test(words[1].word)) {
    return exact(words[1].end, NUMBER_UNITS[first]! / FRACTION_WORDS[words[1].word]!, 'fraction');
  }
  const cardinal = readCardinal(words, 0);
  if (!cardinal) return undefined;
  let end = cardinal.end;
  let unit: string | null = null;
  const hyphenUnit = /^-(?!in-|out-of-)(\p{L}+)(-old)?\b/u.exec(text.slice(end, end + 30));
  if (hyphenUnit) {
    const word = hyphenUnit[1]!.toLowerCase();
    // "five-year", "a two-point lead", "six-fold"; "a five-alarm fire" and "twenty-first" are no figures.
    if (!HYPHEN_UNIT_WORDS.has(word.replace(/s$/, '')) && word !== 'fold' && !hyphenUnit[2]) return undefined;
    unit = hyphenUnitName(word);
    end += hyphenUnit[0].length;
  }
  const percent = /^\s(?:percent\b|per\s?cent\b)/i.exec(text.slice(end, end + 12));
  if (percent) {
    unit = 'percent';
    end += percent[0].length;
  }
  return withMeasureUnit(text, wordFigure(start, end, cardinal.value, unit, cardinal.scale));
}

function wordFigure(start: number, end: number, value: number | null, unit: string | null, scale = 1): Figure {
  return { start, end, value, range: null, unit, vague: false, magnitude: null, form: 'words', nonClaim: null, scale };
}

/** "sixfold", "tenfold", "hundredfold". */
function foldOf(word: string): number | undefined {
  const m = /^(\p{L}+)fold$/u.exec(word);
  if (!m) return undefined;
  return NUMBER_UNITS[m[1]!] ?? NUMBER_TENS[m[1]!] ?? NUMBER_SCALES[m[1]!];
}

/** "a dozen", "a third", "a quarter of a million", "a million", "a decade"; "a third party" is an ordinal. */
function readArticleFigure(text: string, words: ReadonlyArray<{ word: string; end: number }>, exact: (end: number, value: number, unit?: string | null) => Figure): Figure | undefined {
  const second = words[1]!.word;
  const written = text.slice(words[1]!.end - second.length, words[1]!.end);
  if (second === 'dozen') return exact(words[1]!.end, 12);
  if (second === 'half-dozen') return exact(words[1]!.end, 6);
  // "a decade", "a century" ("a Century speedboat" is a name).
  if ((second === 'decade' || second === 'century') && written === second) return exact(words[1]!.end, YEAR_MULTIPLES[second]!, 'year');
  // "a half-century", "a half-decade".
  const halfOf = /^half-(decade|century)$/.exec(second);
  if (halfOf) return exact(words[1]!.end, YEAR_MULTIPLES[halfOf[1]!]! / 2, 'year');
  if (FRACTION_WORDS[second] && second !== 'halves') {
    const scale = words[2]?.word === 'of' && (words[3]?.word === 'a' || words[3]?.word === 'an') ? words[4] : undefined;
    if (scale && NUMBER_SCALES[scale.word]) return exact(scale.end, NUMBER_SCALES[scale.word]! / FRACTION_WORDS[second]!);
    // "a third party", "a third-place finish": an ordinal; "a third said", "a third of" and "by a third." a fraction.
    const next = words[2]?.word;
    if (ORDINAL_FRACTIONS.has(second) && (text[words[1]!.end] === '-' || next !== undefined && !AFTER_FRACTION.has(next) && !/ed$/.test(next))) return undefined;
    return exact(words[1]!.end, 1 / FRACTION_WORDS[second]!, 'fraction');
  }
  if (NUMBER_SCALES[second]) {
    const rest = readCardinal(words, 1);
    if (rest) return exact(rest.end, rest.value);
  }
  return undefined;
}

/** "thirty-five", "two hundred and fifty", "three million", "a hundred". */
function readCardinal(words: ReadonlyArray<{ word: string; end: number }>, from: number): { value: number; end: number; scale: number } | undefined {
  let total = 0;
  let current = 0;
  let end = -1;
  let any = false;
  let scale = 1;
  for (let k = from; k < words.length; k++) {
    const w = words[k]!.word;
    const parts = w.split('-');
    if (parts.length === 2 && NUMBER_TENS[parts[0]!] !== undefined && NUMBER_UNITS[parts[1]!] !== undefined && NUMBER_UNITS[parts[1]!]! < 10) {
      current += NUMBER_TENS[parts[0]!]! + NUMBER_UNITS[parts[1]!]!;
    } else if (NUMBER_UNITS[w] !== undefined) {
      current += NUMBER_UNITS[w]!;
    } else if (NUMBER_TENS[w] !== undefined) {
      current += NUMBER_TENS[w]!;
    } else if (NUMBER_SCALES[w] !== undefined) {
      if (!any && current === 0 && k === from) current = 1;
      else if (!any && current === 0) break;
      scale = NUMBER_SCALES[w]!;
      if (w === 'hundred') current *= 100;
      else {
        total += current * NUMBER_SCALES[w]!;
        current = 0;
      }
    } else if (w === 'and' && any && words[k + 1] && (NUMBER_UNITS[words[k + 1]!.word] !== undefined || NUMBER_TENS[words[k + 1]!.word.split('-')[0]!] !== undefined)) {
      continue;
    } else break;
    any = true;
    end = words[k]!.end;
  }
  return any ? { value: total + current, end, scale } : undefined;
}
