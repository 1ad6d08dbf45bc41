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
} as const;
