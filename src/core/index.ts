export { analyze } from './analyze';
export { createLineIndex, type LineColumn, type LineIndex } from './lines';
export { describeChange, formatNumber, plural, ruleErrorNotice } from './format';
export { languageNotice, NUMBER_FORMATS } from './language';
export { sameMention, speakerLabel } from './mentions';
export type * from './model';
export { createIncrementalAnalyzer, type IncrementalAnalyzer, type IncrementalStats } from './incremental';
