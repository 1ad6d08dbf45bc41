/**
 * Writes `--out` so that no data is lost: a regular file is replaced
 * atomically (a temporary file beside it, renamed over it) keeping its mode and
 * owner, and the temporary file is removed on every error; a symbolic link is
 * followed and the file it names is written, the link kept; a pipe or a
 * terminal (`/dev/stdout`, `/dev/null`) is written through; a folder, socket
 * or block device is refused. The output never replaces one of the inputs.
 */
import { chmodSync, chownSync, closeSync, fsyncSync, lstatSync, mkdirSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

export class OutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputError';
  }
}

/** The input `target` would overwrite, if any: the same file (by device and inode), through links or not. */
export function inputAt(target: string, inputs: readonly string[]): string | undefined {
  const out = statOrUndefined(target);
  if (!out?.isFile()) return undefined;
  return inputs.find((input) => {
    if (input === '-') return false;
    const stat = statOrUndefined(input);
    return stat !== undefined && stat.dev === out.dev && stat.ino === out.ino;
  });
}

/** Whether `target` holds an export that a partial run must not replace without `--force`. */
export function holdsData(target: string): boolean {
  const stat = statOrUndefined(target);
  return stat !== undefined && stat.isFile() && stat.size > 0;
}

export function writeOutput(target: string, content: string): void {
  const link = lstatOrUndefined(target);
  if (link === undefined) {
    mkdirSync(dirname(resolve(target)), { recursive: true });
    replaceAtomically(target, content, undefined);
    return;
  }
  // A dangling link has nothing to write through to.
  const stat = statOrUndefined(target);
  if (stat === undefined) throw new OutputError('is a symbolic link to a file that does not exist');
  if (stat.isDirectory()) throw new OutputError('is a folder; give a file name');
  if (stat.isFIFO() || stat.isCharacterDevice()) {
    writeFileSync(target, content);
    return;
  }
  if (!stat.isFile()) throw new OutputError('is not a regular file (a socket or a device); nothing was written');
  // Through a link: replace the file it names, so the link stays a link.
  replaceAtomically(link.isSymbolicLink() ? realpathSync(target) : target, content, stat);
}

function replaceAtomically(target: string, content: string, existing: Stats | undefined): void {
  // A new name per run, created exclusively: a file left by a crashed run never gets in the way.
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.partial`);
  let renamed = false;
  try {
    // A new file gets the usual mode (umask applied); a replacement starts private and then takes the old file's.
    const fd = openSync(temp, 'wx', existing ? 0o600 : 0o666);
    try {
      writeFileSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    keepOwnership(temp, existing);
    renameSync(temp, target);
    renamed = true;
  } finally {
    if (!renamed) removeQuietly(temp);
  }
}

/** The replacement keeps the old file's mode, owner and group. */
function keepOwnership(temp: string, existing: Stats | undefined): void {
  if (existing === undefined) return;
  chmodSync(temp, existing.mode & 0o7777);
  if (existing.uid === process.getuid?.() && existing.gid === process.getgid?.()) return;
  try {
    chownSync(temp, existing.uid, existing.gid);
  } catch {
    throw new OutputError(`belongs to another user or group (uid ${existing.uid}, gid ${existing.gid}), which replacing it would change; nothing was written`);
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Never created, or already gone.
  }
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
