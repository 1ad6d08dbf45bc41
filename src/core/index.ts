export { analyze } from './analyze';
export { createLineIndex, type LineColumn, type LineIndex } from './lines';
export { sameMention, speakerLabel } from './mentions';
export type * from './model';
