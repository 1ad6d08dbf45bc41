import type { VerdictStatus } from '../review';

/** Command ids, as contributed in package.json. */
export const COMMANDS = {
  toggleHighlights: 'claimlens.toggleHighlights',
  nextClaim: 'claimlens.nextClaim',
  previousClaim: 'claimlens.previousClaim',
  nextQuote: 'claimlens.nextQuote',
  previousQuote: 'claimlens.previousQuote',
  reanalyze: 'claimlens.reanalyze',
  revealRange: 'claimlens.revealRange',
  showPanel: 'claimlens.showPanel',
  collapseAll: 'claimlens.collapseAll',
  exportAnnotations: 'claimlens.exportAnnotations',
  exportWorkspace: 'claimlens.exportWorkspace',
  exportClaimReview: 'claimlens.exportClaimReview',
  setVerdict: 'claimlens.setVerdict',
  editVerdictNote: 'claimlens.editVerdictNote',
  checkUnchecked: 'claimlens.checkUncheckedFigures',
  reattachVerdict: 'claimlens.reattachVerdict',
  deleteVerdict: 'claimlens.deleteVerdict',
} as const;

/** One command per status, for menus and quick fixes: the status is recorded at once, no prompt. */
export const STATUS_COMMANDS = {
  verified: 'claimlens.markVerified',
  disputed: 'claimlens.markDisputed',
  false: 'claimlens.markFalse',
  'needs-source': 'claimlens.markNeedsSource',
  'not-a-claim': 'claimlens.markNotAClaim',
  unchecked: 'claimlens.markUnchecked',
} as const satisfies Record<VerdictStatus, string>;
