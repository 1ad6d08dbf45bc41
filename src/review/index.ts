/**
 * The fact-check workflow's pure part: verdicts, their anchors, their sidecar
 * file, progress and ClaimReview. No `vscode`, no `node:*`: it runs in the CLI,
 * the extension host and the web extension alike.
 */
export { ANCHOR_CONTEXT, createAnchor, moveAnchor, reanchor, reanchorAll, type AnchorMatch } from './anchor';
export { articleUrl, claimReviews, exportClaimReviews, RATING_VALUES, type ClaimReviewOptions, type ReviewedArticle } from './claimReview';
export { isChecked, newVerdictId, STATUS_LABELS, TARGET_KINDS, VERDICT_STATUSES, type TargetKind, type TextAnchor, type Verdict, type VerdictStatus } from './model';
export { progressText, reviewArticle, reviewProgress, statusOf, uncheckedFigures, type ArticleReview, type PlacedVerdict, type ReviewProgress, type Tally } from './placement';
export { withoutDismissed } from './dismissed';
export { mergeVerdicts, parseSidecar, serializeSidecar, SIDECAR_VERSION, SidecarError, sidecarLocation, type SidecarErrorKind, type SidecarLayout } from './sidecar';
export { createVerdict, reattachVerdict, recordFinding, targetSpan, updateVerdict, type Finding } from './verdicts';
