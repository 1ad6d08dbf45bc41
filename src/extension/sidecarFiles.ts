/**
 * Verdict sidecars through `vscode.workspace.fs`, so they work on disk, over
 * remote connections and in virtual workspaces (vscode.dev) alike, with the
 * same rules as the CLI's store (src/node/sidecarStore.ts):
 *
 * - a lock file `<sidecar>.lock` while reading, merging and writing, the
 *   same name the CLI's store takes, stale after 10 s;
 * - the new content goes to a temporary file that is then renamed over the
 *   sidecar, so a crash never leaves half a file.
 *
 * `vscode.workspace.fs` has no exclusive create; the lock is taken by
 * renaming a file of our own onto the lock name without overwriting, which
 * fails when another writer holds it.
 */
import * as vscode from 'vscode';
import { sidecarLocation, type SidecarLayout } from '../review';

/** A lock older than this was left by a window that closed mid-write; it is taken over. */
const STALE_LOCK_MS = 10_000;
const LOCK_TIMEOUT_MS = 5_000;

/** The sidecar's place in a layout, beside the article. */
export function sidecarUri(article: vscode.Uri, layout: SidecarLayout): vscode.Uri {
  const { folder, name } = sidecarLocation(article.path.split('/').pop() ?? '', layout);
  return folder ? vscode.Uri.joinPath(article, '..', folder, name) : vscode.Uri.joinPath(article, '..', name);
}

/** Where an article's verdicts are: the configured layout's file, else the other layout's when only that one exists. */
export async function findSidecar(article: vscode.Uri, layout: SidecarLayout): Promise<vscode.Uri> {
  const preferred = sidecarUri(article, layout);
  if (await exists(preferred)) return preferred;
  const other = sidecarUri(article, layout === 'beside' ? 'folder' : 'beside');
  return (await exists(other)) ? other : preferred;
}

/** The file's text, or undefined when there is no file. Other failures (permissions, a folder) throw. */
export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
    throw error;
  }
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Replaces the file's content through a temporary file and a rename. */
export async function writeAtomically(uri: vscode.Uri, content: string): Promise<void> {
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
  const temporary = uri.with({ path: `${uri.path}.${randomSuffix()}.tmp` });
  await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(content));
  try {
    await vscode.workspace.fs.rename(temporary, uri, { overwrite: true });
  } catch (error) {
    await remove(temporary);
    throw error;
  }
}

/** Runs `work` holding the sidecar's lock file; throws when another writer keeps it past the timeout. */
export async function withLock<T>(sidecar: vscode.Uri, work: () => Promise<T>): Promise<T> {
  const lock = sidecar.with({ path: `${sidecar.path}.lock` });
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(sidecar, '..'));
  const deadline = Date.now() + LOCK_TIMEOUT_MS;
  for (;;) {
    const mine = sidecar.with({ path: `${sidecar.path}.${randomSuffix()}.lock-take` });
    await vscode.workspace.fs.writeFile(mine, new TextEncoder().encode('claimlens\n'));
    try {
      await vscode.workspace.fs.rename(mine, lock, { overwrite: false });
      break;
    } catch (error) {
      await remove(mine);
      if (!(error instanceof vscode.FileSystemError && error.code === 'FileExists')) throw error;
      if (await isStale(lock)) await remove(lock);
      else if (Date.now() > deadline) throw new Error(`another Claimlens is writing it (${lock.path.split('/').pop()}); try again, or delete the lock file if none is running`);
      else await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 20));
    }
  }
  try {
    return await work();
  } finally {
    await remove(lock);
  }
}

async function isStale(lock: vscode.Uri): Promise<boolean> {
  try {
    return Date.now() - (await vscode.workspace.fs.stat(lock)).mtime > STALE_LOCK_MS;
  } catch {
    // Gone meanwhile: try again at once.
    return false;
  }
}

async function remove(uri: vscode.Uri): Promise<void> {
  try {
    await vscode.workspace.fs.delete(uri);
  } catch {
    // Already gone.
  }
}

function randomSuffix(): string {
  return Math.random().toString(36).slice(2, 10);
}
