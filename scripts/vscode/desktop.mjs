// npm run test:desktop: the same integration suite (out/test/integration/index.js) in a
// desktop VS Code downloaded by @vscode/test-electron 2.5 (the last major on Node 20).
// It needs network access to download VS Code, which these build machines do not have;
// here, `npm run test:integration` runs the suite in code-server instead.
import { runTests } from '@vscode/test-electron';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
// A fresh copy of the fixture workspace, so edits made by the tests never touch the repo.
const workspace = path.join(mkdtempSync(path.join(tmpdir(), 'claimlens-desktop-')), 'workspace');
cpSync(path.join(root, 'test/fixtures/workspace'), workspace, { recursive: true });

try {
  await runTests({
    version: process.env.VSCODE_VERSION ?? 'stable',
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'out/test/integration/index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
} catch (error) {
  console.error(`test:desktop failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
