// Test runner loaded by the extension host (code-server's, via scripts/vscode/run.mjs, or
// @vscode/test-electron's): it must only depend on Node and mocha, never on the host.
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  return runTests('.test.js');
}

/** Runs the compiled test files next to this one whose names end with `suffix`. */
export async function runTests(suffix: string): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', timeout: 60_000, color: false });
  // Compiled tests sit next to this file in out/test/integration/; no glob dependency needed.
  const files = readdirSync(__dirname)
    .filter((name) => name.endsWith(suffix))
    .sort();
  // A runner that finds nothing must fail, or a broken build would look green.
  if (files.length === 0) throw new Error(`no *${suffix} files in ${__dirname}`);
  for (const name of files) mocha.addFile(path.join(__dirname, name));

  await new Promise<void>((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const { passes = 0, pending = 0 } = runner.stats ?? {};
        // A plain 'N passed, N failed' line, which CI reads; mocha's own summary is not.
        console.log(`integration: ${passes} passed, ${failures} failed${pending > 0 ? `, ${pending} skipped` : ''}`);
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else resolve();
      });
    } catch (error) {
      // Errors thrown while loading a test file surface here, not through the callback.
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
