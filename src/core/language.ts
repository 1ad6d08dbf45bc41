/**
 * Which language an article is written in, from how often each language's
 * commonest short words occur, and the digit style that language uses.
 * Claimlens reads English; a caller tells the reader when an article is not.
 */
import { LANGUAGE_MARKERS } from './lexicon';
import type { LanguageGuess, NumberFormat } from './model';
import type { DigitStyle } from './numbers';

/** Enough words to judge; reading more changes nothing but the time taken. */
const SAMPLE_LENGTH = 6_000;
/** Marker words after which the count stops: the leader is clear by then. */
const ENOUGH_MARKERS = 80;
/** Fewer marker words than this and the language is undetermined ("und"). */
const MIN_MARKERS = 8;

const LANGUAGE_OF_WORD = new Map<string, string[]>();
for (const [language, words] of Object.entries(LANGUAGE_MARKERS)) {
  for (const word of words) LANGUAGE_OF_WORD.set(word, [...(LANGUAGE_OF_WORD.get(word) ?? []), language]);
}

export function detectLanguage(text: string): LanguageGuess {
  const counts = new Map<string, number>();
  let markers = 0;
  // Marker words are short and mostly ASCII; a word with other letters is simply read in pieces.
  for (const m of text.slice(0, SAMPLE_LENGTH).toLowerCase().matchAll(/[a-zäöüßàâçéèêëîïôûùìíóúñ]+/g)) {
    const languages = LANGUAGE_OF_WORD.get(m[0]);
    if (!languages) continue;
    if (++markers >= ENOUGH_MARKERS) break;
    for (const language of languages) counts.set(language, (counts.get(language) ?? 0) + 1 / languages.length);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || markers < MIN_MARKERS) return { language: 'und', confidence: 0 };
  // How far the best language stands above the runner-up: 1 when nothing else is close.
  const confidence = 1 - (second?.[1] ?? 0) / best[1];
  return { language: best[0], confidence: Math.round(confidence * 100) / 100 };
}

/** How sure a guess must be before a reader is told the article is not English. */
const NOTICE_CONFIDENCE = 0.5;

/**
 * The one-line notice for an article that is clearly not English ("This
 * article reads as German (de); Claimlens analyses English, so its figures
 * and quotes may be missed or misread."), or null for English or unclear text.
 */
export function languageNotice(guess: LanguageGuess): string | null {
  if (guess.language === 'en' || guess.language === 'und' || guess.confidence < NOTICE_CONFIDENCE) return null;
  return `This article reads as ${languageName(guess.language)} (${guess.language}); Claimlens analyses English, so its figures and quotes may be missed or misread.`;
}

function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The digit style to read with: as asked, or (auto) the one the article's language uses. */
/** Every `numberFormat` there is: the CLI's `--number-format`, the setting, the server's option. */
export const NUMBER_FORMATS: readonly NumberFormat[] = ['auto', 'en', 'de', 'fr'];

export function digitStyleFor(format: NumberFormat | undefined, guess: LanguageGuess): DigitStyle {
  if (format && format !== 'auto') return format;
  if (guess.confidence < 0.3) return 'en';
  if (guess.language === 'fr') return 'fr';
  if (['de', 'es', 'it', 'nl', 'pt'].includes(guess.language)) return 'de';
  return 'en';
}
