// Shared by the integration tests: the extension's API, fixtures, and waiting for debounced redraws.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClaimlensApi } from '../../src/extension/testApi';

const EXTENSION_ID = 'claimlens.claimlens';

export async function claimlens(): Promise<ClaimlensApi> {
  const extension = vscode.extensions.getExtension<ClaimlensApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed in the test host`);
  return extension.activate();
}

export function fixture(name: string): vscode.Uri {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, name);
}

export async function open(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fixture(name));
  return vscode.window.showTextDocument(document);
}

/** Waits until `check` passes (decorations are drawn after a debounce), or fails with its last error. */
export async function eventually(check: () => void | Promise<void>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

