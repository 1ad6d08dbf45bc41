/** The fact-check finding on an exported figure, quote or contested group: what every exporter writes beside it. */
import { isChecked, STATUS_LABELS, type VerdictStatus } from '../review';
import type { ArticleExport } from './types';

export interface ExportedFinding {
  readonly status: VerdictStatus;
  readonly note: string;
  readonly evidence: string;
}

/** The finding on the item `id`; unchecked (no note) when it has no verdict; undefined when the export carries no verdicts. */
export function findingOf(article: ArticleExport, id: string): ExportedFinding | undefined {
  if (!article.review) return undefined;
  const verdict = article.review.byTarget.get(id)?.verdict;
  return verdict ? { status: verdict.status, note: verdict.note, evidence: verdict.evidence } : { status: 'unchecked', note: '', evidence: '' };
}

/** Whether the finding records a check (verified, disputed, false, needs source). */
export function isCheckedFinding(finding: ExportedFinding | undefined): boolean {
  return finding !== undefined && isChecked(finding.status);
}

export function findingLabel(finding: ExportedFinding): string {
  return STATUS_LABELS[finding.status];
}
