/** A progress bar on stderr for long runs; silent when stderr is not a terminal or there are few files. */
import { terminalText } from './terminalText';

export interface ProgressStream {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export const PROGRESS_MIN_FILES = 5;

export function createProgress(stream: ProgressStream, total: number): { tick(file: string): void; done(): void } {
  if (!stream.isTTY || total < PROGRESS_MIN_FILES) return { tick: () => undefined, done: () => undefined };
  let count = 0;
  const width = 24;
  return {
    tick(file: string) {
      count++;
      const filled = Math.round((count / total) * width);
      // Cut between code points: half an emoji prints as garbage.
      const shown = [...terminalText(file)];
      const name = shown.length > 40 ? `…${shown.slice(-39).join('')}` : shown.join('');
      const line = `[${'='.repeat(filled)}${' '.repeat(width - filled)}] ${count}/${total} ${name}`;
      stream.write(`\r${line.slice(0, (stream.columns ?? 80) - 1).padEnd(Math.min(79, (stream.columns ?? 80) - 1))}`);
    },
    done() {
      stream.write('\r\x1b[2K');
    },
  };
}
