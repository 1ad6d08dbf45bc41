/**
 * schema.org ClaimReview (JSON-LD), the markup search engines and fact-check
 * aggregators read: one ClaimReview per figure, quote or contested group with
 * a finding (verified, disputed, false, needs source). Unchecked and "not a
 * claim" are left out.
 *
 * Rating scale (`ratingValue`, worst 1, best 4): false 1, disputed 2, needs
 * source 3 (neither shown true nor false), verified 4; `alternateName` is the
 * status in words.
 */
import type { Analysis, Claim, Speaker, Span } from '../core';
import { contestedHint } from '../export/figureText';
import { readFrontMatter } from '../export/frontMatter';
import type { ArticleExport } from '../export/types';
import { isChecked, STATUS_LABELS, type VerdictStatus } from './model';
import type { ArticleReview, PlacedVerdict } from './placement';

export const RATING_VALUES: Readonly<Partial<Record<VerdictStatus, number>>> = { false: 1, disputed: 2, 'needs-source': 3, verified: 4 };
const BEST_RATING = 4;

export interface ReviewedArticle extends ArticleExport {
  readonly review: ArticleReview;
}

export interface ClaimReviewOptions {
  /** The published article's address; else the front matter's `url:`; else left out. */
  readonly url?: string;
  /** Who published the article, the author of what it states itself; else the front matter's `publication:`, `publisher:` or `site:`. */
  readonly publication?: string;
  /** The review's date (YYYY-MM-DD); else the date of each verdict's last change. */
  readonly datePublished?: string;
  /** The address when neither `url` nor the front matter gives one: `${slug}` is the file's name ("https://news.example/${slug}"). */
  readonly urlTemplate?: string;
  /** Who published the article when neither `publication` nor the front matter says. */
  readonly defaultPublication?: string;
}

/** The article's address from a template: `${slug}` is its file name without the extension ("https://news.example/${slug}"). */
export function articleUrl(template: string, fileName: string): string | undefined {
  if (!template) return undefined;
  const slug = encodeURIComponent(fileName.replace(/^.*[\\/]/, '').replace(/\.(?:md|markdown|txt)$/i, ''));
  return template.split('${slug}').join(slug);
}

/** A JSON-LD list of ClaimReviews for all the articles, in reading order. */
export function exportClaimReviews(articles: readonly ReviewedArticle[], options: ClaimReviewOptions = {}): string {
  return `${JSON.stringify(articles.flatMap((a) => claimReviews(a, options)), null, 2)}\n`;
}

export function claimReviews(article: ReviewedArticle, options: ClaimReviewOptions = {}): Record<string, unknown>[] {
  const fm = readFrontMatter(article.text);
  const url = options.url ?? fm.url ?? articleUrl(options.urlTemplate ?? '', article.file);
  const publication = options.publication ?? fm.publication ?? fm.publisher ?? fm.site ?? options.defaultPublication;
  const reviewed = [...article.review.byTarget.values()].filter((p) => isChecked(p.verdict.status)).sort((a, b) => a.span.start - b.span.start);
  return reviewed.map((placed) => {
    const { verdict } = placed;
    const item = itemReviewed(article, placed, publication);
    return {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      ...(url ? { url } : {}),
      claimReviewed: item.claim,
      reviewRating: { '@type': 'Rating', ratingValue: RATING_VALUES[verdict.status], bestRating: BEST_RATING, worstRating: 1, alternateName: STATUS_LABELS[verdict.status] },
      itemReviewed: {
        '@type': 'Claim',
        ...(item.author ? { author: item.author } : {}),
        ...(fm.date ? { datePublished: fm.date } : {}),
        ...(url ? { appearance: { '@type': 'CreativeWork', url } } : {}),
      },
      datePublished: options.datePublished ?? verdict.updated.slice(0, 10),
      ...(verdict.note ? { reviewBody: verdict.note } : {}),
      ...(verdict.evidence ? { citation: verdict.evidence } : {}),
      ...(publication ? { author: { '@type': 'Organization', name: publication } } : {}),
    };
  });
}

type Author = { '@type': 'Person' | 'Organization'; name: string };

/** What was claimed, in the article's words, and who claimed it. */
function itemReviewed(article: ReviewedArticle, placed: PlacedVerdict, publication: string | undefined): { claim: string; author: Author | undefined } {
  const { analysis, text } = article;
  const fallback = publication ? ({ '@type': 'Organization', name: publication } as const) : undefined;
  const id = placed.targetId;
  if (placed.verdict.target === 'quote') {
    const quote = analysis.quotes.find((q) => q.id === id);
    return { claim: oneLine(quote?.text ?? text.slice(placed.span.start, placed.span.end)), author: quote?.speaker ? authorOf(quote.speaker) : fallback };
  }
  if (placed.verdict.target === 'group') {
    const group = analysis.contested.find((g) => g.id === id);
    return { claim: group ? `${group.quantity}: ${contestedHint(analysis, group)}` : oneLine(text.slice(placed.span.start, placed.span.end)), author: fallback };
  }
  const claim = analysis.claims.find((c) => c.id === id);
  return { claim: claim ? sentenceOf(text, analysis, claim) : oneLine(text.slice(placed.span.start, placed.span.end)), author: claim?.source ? authorOf(claim.source) : fallback };
}

function authorOf(speaker: Speaker): Author {
  return { '@type': speaker.entity === 'person' ? 'Person' : 'Organization', name: speaker.name };
}

/** The figure's sentence: its attribution's when that holds it, else the text between the sentence ends around it. */
function sentenceOf(text: string, analysis: Analysis, claim: Claim): string {
  const attribution = claim.attributionId ? analysis.attributions.find((a) => a.id === claim.attributionId) : undefined;
  if (attribution && attribution.sentence.start <= claim.start && claim.end <= attribution.sentence.end) return oneLine(text.slice(attribution.sentence.start, attribution.sentence.end));
  const span = sentenceAround(text, claim);
  return oneLine(text.slice(span.start, span.end));
}

const REACH = 400;

/** A plain sentence guess: from after the last ". ", "! ", "? " or blank line before the span to the next one after it. */
function sentenceAround(text: string, span: Span): Span {
  const before = text.slice(Math.max(0, span.start - REACH), span.start);
  const ends = [...before.matchAll(/[.!?]["”’)]*\s+|\n\s*\n/g)];
  const last = ends[ends.length - 1];
  const start = last ? span.start - before.length + last.index! + last[0].length : Math.max(0, span.start - REACH);
  const after = /[.!?]["”’)]*(?=\s|$)|\n\s*\n/.exec(text.slice(span.end, span.end + REACH));
  const end = after ? span.end + after.index + (after[0].startsWith('\n') ? 0 : after[0].length) : Math.min(text.length, span.end + REACH);
  return { start, end };
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
