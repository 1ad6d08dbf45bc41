export { analyze } from './analyze';
export { createLineIndex, type LineColumn, type LineIndex } from './lines';
export type * from './model';
