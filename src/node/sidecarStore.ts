/**
 * Verdict sidecars on disk (Node: the CLI and the desktop extension host).
 *
 * - Where: `article.md` → `article.claimlens.json` beside it, or in folder
 *   mode `.claimlens/article.md.json` in the article's folder.
 * - Reading a file that does not parse throws `SidecarFileError` and nothing
 *   ever writes over it: the article's verdicts are read-only until it is fixed.
 * - Writing takes a lock file, reads the file again, merges (`mergeVerdicts`)
 *   and replaces it atomically (a temporary file beside it, then a rename), so
 *   two processes writing at once never lose an entry and a crash never
 *   leaves half a file.
 */
import { closeSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { writeOutput } from '../cli/output';
import { mergeVerdicts, parseSidecar, serializeSidecar, SidecarError, sidecarLocation, type SidecarLayout, type Verdict } from '../review';

export type { SidecarLayout } from '../review';

/** Where an article's verdicts are kept in the given layout. */
export function sidecarPath(article: string, layout: SidecarLayout = 'beside'): string {
  const { folder, name } = sidecarLocation(basename(article), layout);
  return folder ? join(dirname(article), folder, name) : join(dirname(article), name);
}

/** The sidecar an article has, beside it first, else in the folder; undefined when it has none yet. */
export function findSidecar(article: string): string | undefined {
  return (['beside', 'folder'] as const).map((layout) => sidecarPath(article, layout)).find(exists);
}

/** Why a sidecar cannot be used; `message` starts with its path. */
export class SidecarFileError extends Error {
  constructor(readonly path: string, readonly reason: string, readonly problem?: SidecarError) {
    super(`${path}: ${reason}`);
    this.name = 'SidecarFileError';
  }
}

/** The verdicts in the file at `path`: none when it does not exist; `SidecarFileError` when it cannot be read or parsed. */
export function readSidecar(path: string): Verdict[] {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return [];
    throw new SidecarFileError(path, code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : (error as Error).message);
  }
  try {
    return parseSidecar(content);
  } catch (error) {
    if (error instanceof SidecarError) throw new SidecarFileError(path, `${error.message}${error.kind === 'newer-version' ? '' : ' Fix it or delete it; it was left as it is.'}`, error);
    throw error;
  }
}

/**
 * Writes `ours` into the sidecar at `path`, merged with whatever another
 * writer put there since this one read `base`. Returns what the file now
 * holds (the next `base`). Throws `SidecarFileError`, writing nothing, when
 * the file on disk does not parse or the lock cannot be had.
 */
export function writeSidecar(path: string, base: readonly Verdict[], ours: readonly Verdict[]): Verdict[] {
  mkdirSync(dirname(path), { recursive: true });
  return withLock(path, () => {
    const onDisk = readSidecar(path);
    const merged = mergeVerdicts(base, ours, onDisk);
    const content = serializeSidecar(merged);
    // Nothing to keep and no file yet: an article nobody checked gets no sidecar.
    if (merged.length === 0 && !exists(path)) return merged;
    if (!exists(path) || readFileSync(path, 'utf8') !== content) writeOutput(path, content);
    return merged;
  });
}

/** A lock older than this was left by a process that died; it is taken over. */
const STALE_LOCK_MS = 10_000;
const LOCK_TIMEOUT_MS = 5_000;

function withLock<T>(path: string, work: () => T): T {
  const lock = `${path}.lock`;
  const deadline = Date.now() + LOCK_TIMEOUT_MS;
  let fd: number | undefined;
  while (fd === undefined) {
    try {
      fd = openSync(lock, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new SidecarFileError(path, `cannot lock it (${(error as Error).message})`);
      if (isStale(lock)) removeQuietly(lock);
      else if (Date.now() > deadline) throw new SidecarFileError(path, `another Claimlens is writing it (${lock}); try again, or delete the lock file if none is running`);
      else sleep(5 + Math.random() * 10);
    }
  }
  try {
    try {
      writeSync(fd, `${process.pid}\n`);
    } finally {
      closeSync(fd);
    }
    return work();
  } finally {
    removeQuietly(lock);
  }
}

function isStale(lock: string): boolean {
  try {
    return Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS;
  } catch {
    // Gone meanwhile: try again at once.
    return false;
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone.
  }
}
